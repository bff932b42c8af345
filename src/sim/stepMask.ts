import type { SimStep } from './program';

/** Qubit mask of a step's operands (0 for a scalar or a block-local table step). */
export function stepMask(s: SimStep): number {
  if (s.kind === 'scalar' || s.kind === 'diagTable' || s.kind === 'monomial') return 0;
  if (s.kind === 'phaseProduct') return (1 << s.fRe.length) - 1;
  if (s.kind === 'measure' || s.kind === 'reset') return 1 << s.qubit;
  let m = 0;
  for (let k = 0; k < s.pos.length; k++) m |= 1 << s.pos[k];
  return m;
}
