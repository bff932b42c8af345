import { CMatrix, identityC } from '../../math/complexMatrix';

/**
 * The full matrix of a gate with `numControls` leading control operands (active on |1⟩) and
 * `target` on the remaining operands: identity except the block where every control bit is 1.
 * Operand j is bit j of the index, so the controls are the low bits.
 */
export function controlledMatrix(numControls: number, target: CMatrix): CMatrix {
  if (numControls === 0) return target;
  const dim = target.dim << numControls;
  const out = identityC(dim);
  const ctrlMask = (1 << numControls) - 1;
  for (let tr = 0; tr < target.dim; tr++) {
    for (let tc = 0; tc < target.dim; tc++) {
      const r = (tr << numControls) | ctrlMask;
      const c = (tc << numControls) | ctrlMask;
      out.re[r * dim + c] = target.re[tr * target.dim + tc];
      out.im[r * dim + c] = target.im[tr * target.dim + tc];
    }
  }
  return out;
}
