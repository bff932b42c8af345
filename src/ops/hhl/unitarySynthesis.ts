/**
 * Exact synthesis of a small dense unitary (optionally with extra controls) into multi-controlled
 * single-qubit rotations, by Givens elimination in Gray-code order.
 *
 * Method (Nielsen & Chuang, §4.5.1, two-level unitaries; Vartiainen, Möttönen, Salomaa,
 * PRL 92, 177902 (2004), Gray-code ordering): permute the basis by the Gray code g(k) = k ⊕ (k≫1)
 * so that neighbouring positions differ in one bit. Eliminate the strictly lower triangle column
 * by column, bottom-up, with SU(2) rotations G on neighbouring positions (g(k−1), g(k)); the rotation
 * acting on the column vector (x, y) is G = [[x*, y*], [−y, x]]/r, which leaves r ≥ 0 on top, so
 * every diagonal entry ends at exactly 1 except the last, a phase e^{iθ}. Hence
 * U = G_1†·…·G_m†·diag(1, …, 1, e^{iθ}). Each G† acts on two basis states differing in one bit b:
 * a single-qubit SU(2) on qubit b fully controlled on the other bits' values, implemented as
 * mcrz·mcry·mcrz (or one mcry when the rotation is real), with X conjugation of zero-valued
 * controls. The phase is one multi-controlled phase on basis state g(D−1) = 10…0.
 *
 * Extra controls (all active on |1⟩) are prepended to every gate, which gives the controlled unitary
 * C(U) = |0⟩⟨0| ⊗ I + |1⟩⟨1| ⊗ U exactly (including phase) without synthesizing the larger matrix.
 * Cost O(4ⁿ) multi-controlled rotations on n qubits: for the small exact constructions only.
 */
import { InvalidCircuitError } from '../../errors';
import { Circuit, CircuitBuilder, Op } from '../../ir';
import type { CMatrix } from '../../math/complexMatrix';
import { makeMultiControlled } from '../gates/multiControlled';
import { makeStdGate } from '../gates/stdGates';

/** Largest unitary (in qubits) {@link synthesizeUnitary} accepts. */
export const MAX_SYNTHESIS_QUBITS = 8;

const ZERO_TOL = 1e-15;
const ANGLE_TOL = 1e-14;

interface TwoLevel {
  /** Gray positions k−1, k; the rotation G (row-major 2×2 complex) as applied to V. */
  readonly pos: number;
  readonly gr: readonly [number, number, number, number];
  readonly gi: readonly [number, number, number, number];
}

/**
 * A circuit on numExtraControls + n qubits equal to C^{numExtraControls}(U) (controls are qubits
 * 0..numExtraControls−1; U acts on the next n qubits, qubit j of U = bit j of U's index).
 * `u` must be unitary to ~1e-12 (not re-checked).
 */
export function synthesizeUnitary(u: CMatrix, numExtraControls = 0): Circuit {
  const dim = u.dim;
  const n = Math.round(Math.log2(dim));
  if (dim < 2 || 2 ** n !== dim) throw new InvalidCircuitError(`unitary synthesis needs a 2^n × 2^n matrix, got dimension ${dim}`);
  if (n > MAX_SYNTHESIS_QUBITS) throw new InvalidCircuitError(`unitary synthesis is limited to ${MAX_SYNTHESIS_QUBITS} qubits, got ${n}`);
  const gray = Array.from({ length: dim }, (_, k) => k ^ (k >> 1));
  // V[k][l] = U[g(k)][g(l)]
  const vr = new Float64Array(dim * dim), vi = new Float64Array(dim * dim);
  for (let k = 0; k < dim; k++) {
    for (let l = 0; l < dim; l++) {
      vr[k * dim + l] = u.re[gray[k] * dim + gray[l]];
      vi[k * dim + l] = u.im[gray[k] * dim + gray[l]];
    }
  }
  const steps: TwoLevel[] = [];
  for (let c = 0; c < dim - 1; c++) {
    for (let k = dim - 1; k > c; k--) {
      const xr = vr[(k - 1) * dim + c], xi = vi[(k - 1) * dim + c];
      const yr = vr[k * dim + c], yi = vi[k * dim + c];
      const yAbs = Math.hypot(yr, yi);
      if (yAbs <= ZERO_TOL && (k - 1 > c || (Math.abs(xi) <= ZERO_TOL && xr > 0))) continue;
      const r = Math.hypot(xr, xi, yr, yi);
      if (r <= ZERO_TOL) continue;
      // G = [[x*, y*], [−y, x]] / r
      const gr: [number, number, number, number] = [xr / r, yr / r, -yr / r, xr / r];
      const gi: [number, number, number, number] = [-xi / r, -yi / r, -yi / r, xi / r];
      for (let l = c; l < dim; l++) {
        const ar = vr[(k - 1) * dim + l], ai = vi[(k - 1) * dim + l];
        const br = vr[k * dim + l], bi = vi[k * dim + l];
        vr[(k - 1) * dim + l] = gr[0] * ar - gi[0] * ai + gr[1] * br - gi[1] * bi;
        vi[(k - 1) * dim + l] = gr[0] * ai + gi[0] * ar + gr[1] * bi + gi[1] * br;
        vr[k * dim + l] = gr[2] * ar - gi[2] * ai + gr[3] * br - gi[3] * bi;
        vi[k * dim + l] = gr[2] * ai + gi[2] * ar + gr[3] * bi + gi[3] * br;
      }
      steps.push({ pos: k, gr, gi });
    }
  }
  const e = numExtraControls;
  const b = CircuitBuilder.withQubits(e + n);
  const extra = Array.from({ length: e }, (_, i) => i);
  // diag(1, …, 1, e^{iθ}) first (rightmost factor).
  const thetaRad = Math.atan2(vi[dim * dim - 1], vr[dim * dim - 1]);
  if (Math.abs(thetaRad) > ANGLE_TOL) {
    const target = gray[dim - 1]; // = 2^{n−1}: bit n−1 set, others 0
    applyControlled(b, extra, e, n, n - 1, target, (k) => makeMultiControlled('mcp', k, [thetaRad]));
  }
  for (let s = steps.length - 1; s >= 0; s--) {
    const st = steps[s];
    const p = gray[st.pos - 1], q = gray[st.pos];
    const bit = 31 - Math.clz32(p ^ q);
    // M = G† in the (p, q) order; reorder to (bit = 0, bit = 1).
    let m00r = st.gr[0], m00i = -st.gi[0], m01r = st.gr[2], m01i = -st.gi[2];
    let m10r = st.gr[1], m10i = -st.gi[1], m11r = st.gr[3], m11i = -st.gi[3];
    if ((p >> bit) & 1) {
      [m00r, m11r] = [m11r, m00r]; [m00i, m11i] = [m11i, m00i];
      [m01r, m10r] = [m10r, m01r]; [m01i, m10i] = [m10i, m01i];
    }
    // M = [[a, −b*], [b, a*]] ∈ SU(2).
    const isReal = Math.abs(m00i) <= ANGLE_TOL && Math.abs(m10i) <= ANGLE_TOL && Math.abs(m01i) <= ANGLE_TOL && Math.abs(m11i) <= ANGLE_TOL;
    const gates: Array<(k: number) => Op> = [];
    if (isReal) {
      const gamma = 2 * Math.atan2(m10r, m00r);
      if (Math.abs(gamma) > ANGLE_TOL) gates.push((k) => makeMultiControlled('mcry', k, [gamma]));
    } else {
      const aAbs = Math.hypot(m00r, m00i), bAbs = Math.hypot(m10r, m10i);
      const gamma = 2 * Math.atan2(bAbs, aAbs);
      const argA = aAbs > ZERO_TOL ? Math.atan2(m00i, m00r) : 0;
      const argB = bAbs > ZERO_TOL ? Math.atan2(m10i, m10r) : 0;
      // Rz(β)Ry(γ)Rz(δ): a = e^{−i(β+δ)/2} cos(γ/2), b = e^{i(β−δ)/2} sin(γ/2).
      const beta = argB - argA, delta = -argA - argB;
      if (Math.abs(delta) > ANGLE_TOL) gates.push((k) => makeMultiControlled('mcrz', k, [delta]));
      if (Math.abs(gamma) > ANGLE_TOL) gates.push((k) => makeMultiControlled('mcry', k, [gamma]));
      if (Math.abs(beta) > ANGLE_TOL) gates.push((k) => makeMultiControlled('mcrz', k, [beta]));
    }
    if (gates.length === 0) continue;
    applyControlledSequence(b, extra, e, n, bit, p, gates);
  }
  return b.build();
}

function applyControlled(b: CircuitBuilder, extra: readonly number[], e: number, n: number, bit: number, pattern: number, make: (k: number) => Op): void {
  applyControlledSequence(b, extra, e, n, bit, pattern, [make]);
}

/** Apply gates on qubit e+bit controlled by the extra qubits (=1) and data bits ≠ bit (= pattern's bits). */
function applyControlledSequence(
  b: CircuitBuilder, extra: readonly number[], e: number, n: number, bit: number, pattern: number, gates: ReadonlyArray<(k: number) => Op>,
): void {
  const ctrls = [...extra];
  const zeros: number[] = [];
  for (let j = 0; j < n; j++) {
    if (j === bit) continue;
    ctrls.push(e + j);
    if (((pattern >> j) & 1) === 0) zeros.push(e + j);
  }
  const x = makeStdGate('x');
  for (const z of zeros) b.apply(x, [z]);
  for (const g of gates) b.apply(g(ctrls.length), [...ctrls, e + bit]);
  for (const z of zeros) b.apply(x, [z]);
}
