/**
 * The exact full Hessian ∇²L (all P parameters) of the mean MLP loss over a mini-batch, built
 * column by column from exact Hessian-vector products on unit vectors (Pearlmutter R-operator,
 * see hvp.ts). O(P·B·P) time, P² memory; for P ≈ 2000 this takes about a second.
 */
import { InvalidArgumentError } from '../errors';
import { DenseMatrix, principalBlockDense } from '../math/denseMatrix';
import { makeHvpOperator } from './hvp';
import { Batch } from './mlp';
import { blockByName, MlpSpec } from './mlpSpec';

/** Largest P for which the full Hessian is formed (P² doubles = 800 MB at this size). */
export const MAX_FULL_HESSIAN_PARAMS = 10000;

/** The exact P×P Hessian of the mean loss, exactly symmetrised ((H + Hᵀ)/2; the two differ by rounding only). */
export function fullHessian(spec: MlpSpec, params: Float64Array, batch: Batch): DenseMatrix {
  const P = params.length;
  if (P > MAX_FULL_HESSIAN_PARAMS) {
    throw new InvalidArgumentError(`the full Hessian of ${P} parameters is too large to form (limit ${MAX_FULL_HESSIAN_PARAMS}); take a layer block or use Hessian-vector products`, { P });
  }
  const op = makeHvpOperator(spec, params, batch);
  const data = new Float64Array(P * P);
  const e = new Float64Array(P);
  const col = new Float64Array(P);
  for (let j = 0; j < P; j++) {
    e[j] = 1;
    op.apply(e, col);
    e[j] = 0;
    for (let i = 0; i < P; i++) data[i * P + j] = col[i];
  }
  for (let i = 0; i < P; i++) {
    for (let j = i + 1; j < P; j++) {
      const v = 0.5 * (data[i * P + j] + data[j * P + i]);
      data[i * P + j] = v;
      data[j * P + i] = v;
    }
  }
  return { rows: P, cols: P, data };
}

/** The diagonal block of a full Hessian that belongs to parameter block `name` ("W1", "b2", ...). */
export function blockOfFullHessian(spec: MlpSpec, full: DenseMatrix, name: string): DenseMatrix {
  const blk = blockByName(spec, name);
  return principalBlockDense(full, blk.offset, blk.size);
}
