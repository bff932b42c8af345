import type { Circuit } from '../../ir';
import { CMatrix, zerosC } from '../../math/complexMatrix';

/**
 * Classical (bit-level) evaluation of a reversible circuit made of x, cx, ccx, swap, cswap and
 * multi-controlled X gates (any op whose gateSpec target is Pauli X, or a swap). Used to build
 * permutation unitaries of lookup-style ops on basis states the op's specification leaves open
 * (dirty ancillas). `basis` is the input basis index (qubit q = bit q); returns the output index.
 * Throws on any other gate.
 */
export function evalReversibleCircuit(c: Circuit, basis: number): number {
  let v = basis;
  for (const ins of c.instructions) {
    const op = ins.op;
    const q = ins.qubits;
    const bit = (i: number): number => (v >> q[i]) & 1;
    if (op.name === 'swap' || op.name === 'cswap') {
      const off = op.name === 'cswap' ? 1 : 0;
      if (off && !bit(0)) continue;
      const a = bit(off), b = bit(off + 1);
      if (a !== b) v ^= (1 << q[off]) | (1 << q[off + 1]);
      continue;
    }
    const spec = op.def.gateSpec?.(op);
    const isX = spec && spec.target.dim === 2 && spec.target.re[1] === 1 && spec.target.re[2] === 1 && spec.target.re[0] === 0;
    if (!spec || !isX) throw new Error(`evalReversibleCircuit: '${op.name}' is not a classical reversible gate`);
    let on = true;
    for (let i = 0; i < spec.numControls; i++) if (!bit(i)) { on = false; break; }
    if (on) v ^= 1 << q[spec.numControls];
  }
  return v;
}

/**
 * The 2^n × 2^n permutation matrix of a map f on basis indices (column x has its 1 in row f(x)).
 * Throws if f is not a bijection (a bug in the caller's specification).
 */
export function permutationUnitary(numQubits: number, f: (basis: number) => number): CMatrix {
  const dim = 1 << numQubits;
  const m = zerosC(dim);
  const seen = new Uint8Array(dim);
  for (let x = 0; x < dim; x++) {
    const y = f(x);
    if (!Number.isInteger(y) || y < 0 || y >= dim || seen[y]) throw new Error(`permutationUnitary: map is not a bijection at ${x} → ${y}`);
    seen[y] = 1;
    m.re[y * dim + x] = 1;
  }
  return m;
}

/** Number of set bits of a non-negative integer < 2^53. */
export function popcount53(value: number): number {
  let v = value, c = 0;
  while (v > 0) {
    const lo = v % 4294967296;
    let w = lo >>> 0;
    while (w) { w &= w - 1; c++; }
    v = Math.floor(v / 4294967296);
  }
  return c;
}
