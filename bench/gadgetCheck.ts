/**
 * Independent check of a Hadamard-gadgetized circuit (src/passes/hadamardGadgets.ts) by state-vector
 * simulation (src/sim): the post-selected operator M = (I ⊗ ⟨0|^{⊗h}) G (I ⊗ |0⟩^{⊗h}), column by
 * column from basis inputs, must equal c·U for the input's unitary U with |c| = 2^{−h/2} (each
 * gadget's ⟨+| projection contributes 1/√2). Used by bench/opt.ts and the pass tests.
 */
import { Circuit } from '../src/ir';
import { statevector, stateFromAmplitudes, unitaryOf } from '../src/sim';

/** Result of {@link checkGadgetized}. */
export interface GadgetCheck {
  readonly equivalent: boolean;
  /** max over entries of |M − c·U| (dimensionless). */
  readonly maxErrorAbs: number;
  /** |c| − 2^{−h/2}. */
  readonly normErrorAbs: number;
}

/**
 * Compare `gadgetized` (n + h qubits, ancillas last) with `input` (n ≤ 12 qubits): see the file
 * comment. Cost: 2^n simulations of 2^{n+h} amplitudes.
 */
export function checkGadgetized(input: Circuit, gadgetized: Circuit, tolAbs = 1e-8): GadgetCheck {
  const n = input.numQubits, N = gadgetized.numQubits, h = N - n;
  const U = unitaryOf(input);
  const d = 1 << n;
  const mRe = new Float64Array(d * d), mIm = new Float64Array(d * d);
  for (let x = 0; x < d; x++) {
    const re = new Float64Array(1 << N);
    re[x] = 1;
    const s = statevector(gadgetized, { initialState: stateFromAmplitudes(re) });
    for (let y = 0; y < d; y++) { mRe[y * d + x] = s.re[y]; mIm[y * d + x] = s.im[y]; }
  }
  // c = tr(U†M) / tr(U†U) = tr(U†M) / 2^n.
  let cRe = 0, cIm = 0;
  for (let i = 0; i < d * d; i++) {
    cRe += U.re[i] * mRe[i] + U.im[i] * mIm[i];
    cIm += U.re[i] * mIm[i] - U.im[i] * mRe[i];
  }
  cRe /= d; cIm /= d;
  let maxErrorAbs = 0;
  for (let i = 0; i < d * d; i++) {
    const er = mRe[i] - (cRe * U.re[i] - cIm * U.im[i]), ei = mIm[i] - (cRe * U.im[i] + cIm * U.re[i]);
    maxErrorAbs = Math.max(maxErrorAbs, Math.hypot(er, ei));
  }
  const normErrorAbs = Math.abs(Math.hypot(cRe, cIm) - 2 ** (-h / 2));
  return { equivalent: maxErrorAbs <= tolAbs && normErrorAbs <= tolAbs, maxErrorAbs, normErrorAbs };
}
