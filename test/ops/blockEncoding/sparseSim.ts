/**
 * Test helper: sparse state-vector simulation (basis index → amplitude map) of an op, flattened
 * to gates with a gateSpec. Independent of src/sim and of the reference dense unitaries; the
 * block-encoding circuits keep tiny supports (≤ 2·d·2^b basis states), so this scales to
 * 20+ qubit encodings of 16×16 matrices.
 */
import { Circuit, Op, circuitOfOp, flatten } from '../../../src/ir';

export type SparseState = Map<number, [number, number]>;

/** Flatten an op to gates that have a gateSpec. */
export function flattenToSpecGates(op: Op): Circuit {
  return flatten(circuitOfOp(op), (g) => g.def.gateSpec !== undefined);
}

/** Apply a flattened circuit to a sparse state (numQubits ≤ 30). */
export function applySparse(c: Circuit, input: SparseState): SparseState {
  let st = input;
  for (const ins of c.instructions) {
    const spec = ins.op.def.gateSpec!(ins.op);
    const nc = spec.numControls, q = ins.qubits, tq = q.slice(nc);
    const td = spec.target.dim;
    const next: SparseState = new Map();
    const add = (k: number, re: number, im: number): void => {
      const e = next.get(k);
      if (e) { e[0] += re; e[1] += im; } else next.set(k, [re, im]);
    };
    for (const [basis, [ar, ai]] of st) {
      let on = true;
      for (let i = 0; i < nc; i++) if (!((basis >> q[i]) & 1)) { on = false; break; }
      if (!on) { add(basis, ar, ai); continue; }
      let col = 0, rest = basis;
      for (let j = 0; j < tq.length; j++) { if ((basis >> tq[j]) & 1) col |= 1 << j; rest &= ~(1 << tq[j]); }
      for (let row = 0; row < td; row++) {
        const mr = spec.target.re[row * td + col], mi = spec.target.im[row * td + col];
        if (mr === 0 && mi === 0) continue;
        let out = rest;
        for (let j = 0; j < tq.length; j++) if ((row >> j) & 1) out |= 1 << tq[j];
        add(out, mr * ar - mi * ai, mr * ai + mi * ar);
      }
    }
    for (const [k, [re, im]] of next) if (Math.abs(re) < 1e-300 && Math.abs(im) < 1e-300) next.delete(k);
    st = next;
  }
  if (c.globalPhaseRad !== 0) {
    const pr = Math.cos(c.globalPhaseRad), pi = Math.sin(c.globalPhaseRad);
    for (const [k, [re, im]] of st) st.set(k, [re * pr - im * pi, re * pi + im * pr]);
  }
  return st;
}

/**
 * The top-left 2^numDataQubits block of op's unitary (ancillas = the high operands, all |0⟩),
 * as real and imaginary row-major arrays, plus the largest norm left on non-zero `scratch`
 * qubits (which must return to |0⟩).
 */
export function topLeftBlock(op: Op, numDataQubits: number, scratchQubits: readonly number[] = []): { re: Float64Array; im: Float64Array; scratchLeak: number } {
  const c = flattenToSpecGates(op);
  const N = 1 << numDataQubits;
  const re = new Float64Array(N * N), im = new Float64Array(N * N);
  let scratchMask = 0;
  for (const q of scratchQubits) scratchMask |= 1 << q;
  let leak = 0;
  for (let j = 0; j < N; j++) {
    const out = applySparse(c, new Map([[j, [1, 0]]]));
    let l = 0;
    for (const [k, [r, i]] of out) {
      if (k < N) { re[k * N + j] = r; im[k * N + j] = i; }
      if (k & scratchMask) l += r * r + i * i;
    }
    leak = Math.max(leak, Math.sqrt(l));
  }
  return { re, im, scratchLeak: leak };
}

/** Output state of op on |0…0⟩ (sparse). */
export function stateFromZero(op: Op): SparseState {
  return applySparse(flattenToSpecGates(op), new Map([[0, [1, 0]]]));
}
