/**
 * Reading and updating one parameter block (layer weight matrix or bias) of the flat parameter
 * vector, for the Q-Newton scheduler: it solves H_block·x = g_block per layer and applies the
 * Newton step θ_block ← θ_block − η·x. Pure: every update returns a new vector.
 */
import { InvalidVectorError } from '../errors';
import { blockByName, MlpSpec, ParamBlock } from './mlpSpec';

function resolve(spec: MlpSpec, block: ParamBlock | string): ParamBlock {
  return typeof block === 'string' ? blockByName(spec, block) : block;
}

/** A copy of the parameters of one block ("W1", "b1", ... or a ParamBlock). */
export function getBlockParams(spec: MlpSpec, params: Float64Array, block: ParamBlock | string): Float64Array {
  const b = resolve(spec, block);
  return params.slice(b.offset, b.offset + b.size);
}

/** A new parameter vector with one block replaced by `values` (length = block size). */
export function setBlockParams(spec: MlpSpec, params: Float64Array, block: ParamBlock | string, values: ArrayLike<number>): Float64Array {
  const b = resolve(spec, block);
  if (values.length !== b.size) throw new InvalidVectorError(`block ${b.name} has ${b.size} parameters, got ${values.length} values`);
  const out = Float64Array.from(params);
  for (let i = 0; i < b.size; i++) out[b.offset + i] = values[i];
  return out;
}

/**
 * Newton step on one block: θ_block ← θ_block − stepSize·direction, where `direction` solves
 * H_block·direction = g_block. Returns a new parameter vector. Non-finite directions throw
 * InvalidVectorError.
 */
export function applyNewtonStep(spec: MlpSpec, params: Float64Array, block: ParamBlock | string, direction: ArrayLike<number>, stepSize = 1): Float64Array {
  const b = resolve(spec, block);
  if (direction.length !== b.size) throw new InvalidVectorError(`block ${b.name} has ${b.size} parameters, got a direction of length ${direction.length}`);
  const out = Float64Array.from(params);
  for (let i = 0; i < b.size; i++) {
    if (!Number.isFinite(direction[i])) throw new InvalidVectorError(`Newton direction entry ${i} is not finite (${direction[i]})`);
    out[b.offset + i] -= stepSize * direction[i];
  }
  return out;
}
