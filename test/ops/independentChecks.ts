/**
 * Independent checks for op families whose declared calls are derived from their own
 * decomposition (`OpDef.callsFromDecomposition`): comparing calls with the decomposition proves
 * nothing for them, so each needs one of
 * - its own matrix (`def.unitary`, not computed from the decomposition) on an example of ≤ 6
 *   qubits, compared with the decomposition's unitary by the registry test;
 * - a closed-form count from its paper or the published definition; or
 * - a semantic check of the decomposition against a classical computation.
 * This file holds the last two kinds, keyed by family name, and the families exempt by definition.
 */
import { Circuit, Op, OpDef } from '../../src/ir';
import { estimateLogical } from '../../src/analysis';
import { makeDenseDilationBlockEncoding } from '../../src/ops/blockEncoding/denseDilation';
import { makeControlledWalk, makeQubitizedHhlOp, makeHhlOp, makeQpe, makeStdGate, hhlLayout, unitaryOfCircuit, unitaryOfOp, invertOp } from '../../src/ops';
import type { CMatrix } from '../../src/math/complexMatrix';

/** Families whose decomposition is their definition, so there is nothing independent to compare. */
export const DEFINED_BY_DECOMPOSITION: Readonly<Record<string, string>> = {
  defined: 'a user-defined gate is its body (the OpenQASM gate definition)',
};

function column(u: CMatrix, j: number): { re: number[]; im: number[] } {
  const re: number[] = [], im: number[] = [];
  for (let i = 0; i < u.dim; i++) { re.push(u.re[i * u.dim + j]); im.push(u.im[i * u.dim + j]); }
  return { re, im };
}

/**
 * HHL (Harrow, Hassidim, Lloyd 2009) on a system whose eigenvalues the clock resolves exactly:
 * A = [[1, ½], [½, 1]] (λ = ½, 3/2), t = π/2, 3 clock bits (phases k = 1, 3), C = ½. From |b⟩|0⟩|0⟩
 * the decomposition must (1) return the clock to |0⟩ on both ancilla branches (uncomputation)
 * and (2) leave the ancilla-1 branch ∝ A⁻¹b, the classical solve.
 */
export function checkHhlSemantics(decompose: (op: Op) => Circuit): void {
  const a = [1, 0.5, 0.5, 1];
  const op = makeHhlOp(a, 2, Math.PI / 2, 3, 0.5);
  const lay = hhlLayout(2, 3);
  const u = unitaryOfCircuit(decompose(op));
  const b = [0.6, 0.8];
  // |b⟩ on the data qubit (bit 0), clock and ancilla |0⟩: a combination of columns 0 and 1.
  const c0 = column(u, 0), c1 = column(u, 1);
  const out = c0.re.map((_, i) => [b[0] * c0.re[i] + b[1] * c1.re[i], b[0] * c0.im[i] + b[1] * c1.im[i]]);
  let clockLeak = 0;
  for (let i = 0; i < out.length; i++) {
    const clock = (i >> lay.clock[0]) & 0b111;
    if (clock !== 0) clockLeak += out[i][0] ** 2 + out[i][1] ** 2;
  }
  if (!(clockLeak < 1e-9)) throw new Error(`HHL leaves the clock register entangled: weight ${clockLeak.toExponential(3)} outside clock = 0`);
  const anc = 1 << lay.ancilla;
  const x = [out[anc], out[anc + 1]];
  const det = a[0] * a[3] - a[1] * a[2];
  const xTrue = [(a[3] * b[0] - a[1] * b[1]) / det, (a[0] * b[1] - a[2] * b[0]) / det];
  const nx = Math.hypot(x[0][0], x[0][1], x[1][0], x[1][1]), nt = Math.hypot(...xTrue);
  const ovRe = (x[0][0] * xTrue[0] + x[1][0] * xTrue[1]) / (nx * nt), ovIm = (x[0][1] * xTrue[0] + x[1][1] * xTrue[1]) / (nx * nt);
  const fidelity = ovRe ** 2 + ovIm ** 2;
  if (!(fidelity > 1 - 1e-9)) throw new Error(`HHL success branch is not A⁻¹b: fidelity ${fidelity}`);
}

/**
 * QPE (Nielsen & Chuang §5.2) on an eigenvector of A whose phase the clock resolves exactly:
 * A = diag(1, 3)·π/4-scaled so e^{iAt} has phases 1/4 and 3/4 at t = 1 with 2 clock bits: the clock
 * must read k = 1 and 3 with certainty (the classical eigen-decomposition gives them), and QPE†
 * must undo QPE.
 */
export function checkQpeSemantics(decompose: (op: Op) => Circuit): void {
  const a = [Math.PI / 2, 0, 0, 3 * Math.PI / 2]; // eigenvalues λ with λ·t/2π = 1/4, 3/4 at t = 1
  const op = makeQpe(a, 2, 1, 2);
  const u = unitaryOfCircuit(decompose(op));
  for (const [eigen, k] of [[0, 1], [1, 3]] as const) {
    const col = column(u, eigen);
    const want = eigen | (k << 1); // data bit 0, clock bits 1..2
    const p = col.re[want] ** 2 + col.im[want] ** 2;
    if (!(p > 1 - 1e-9)) throw new Error(`QPE on eigenvector ${eigen} reads clock ${k} with probability ${p}, not 1`);
  }
  const inv = unitaryOfCircuit(decompose(invertOp(op)));
  const id = multiply(inv, u);
  for (let i = 0; i < id.dim; i++) for (let j = 0; j < id.dim; j++) {
    const e = Math.hypot(id.re[i * id.dim + j] - (i === j ? 1 : 0), id.im[i * id.dim + j]);
    if (!(e < 1e-9)) throw new Error('QPE† does not undo QPE');
  }
}

function multiply(x: CMatrix, y: CMatrix): CMatrix {
  const n = x.dim;
  const re = new Float64Array(n * n), im = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let k = 0; k < n; k++) {
    const ar = x.re[i * n + k], ai = x.im[i * n + k];
    if (ar === 0 && ai === 0) continue;
    for (let j = 0; j < n; j++) { re[i * n + j] += ar * y.re[k * n + j] - ai * y.im[k * n + j]; im[i * n + j] += ar * y.im[k * n + j] + ai * y.re[k * n + j]; }
  }
  return { dim: n, re, im } as unknown as CMatrix;
}

/**
 * The relative-phase Toffoli of qelib1.inc (Maslov 2016): 3 CNOTs, 4 T-like phases and 2 H-type
 * gates (closed form of the published definition), and |U_ij| = |CCX_ij| (a Toffoli up to phases).
 */
export function checkRelativePhaseToffoli(op: Op): void {
  const c = estimateLogical(op);
  if (c.cnotCount !== 3 || c.tCount !== 4 || c.totalGateCount !== 9) {
    throw new Error(`${op.name}: counts ${c.cnotCount} CNOT / ${c.tCount} T / ${c.totalGateCount} gates, published 3 / 4 / 9`);
  }
  const u = unitaryOfCircuit(op.def.decompose!(op));
  const ccx = unitaryOfOp(makeStdGate('ccx'));
  for (let i = 0; i < u.re.length; i++) {
    if (Math.abs(Math.hypot(u.re[i], u.im[i]) - Math.hypot(ccx.re[i], ccx.im[i])) > 1e-9) throw new Error(`${op.name} is not a Toffoli up to phases`);
  }
}

/** Semantic / closed-form checks by family name (see the file comment). */
export const INDEPENDENT_CHECKS: Readonly<Record<string, (def: OpDef, op: Op) => void>> = {
  hhl: (def) => checkHhlSemantics((op) => def.decompose!(op)),
  qpe: (def) => checkQpeSemantics((op) => def.decompose!(op)),
  rccx: (_def, op) => checkRelativePhaseToffoli(op),
  walk_reflection: (_def, op) => checkWalkReflection(op),
  c_walk: () => checkControlledWalk(),
  hhl_walk: () => checkQubitizedHhl(),
  rccxdg: (_def, op) => checkRelativePhaseToffoli(op),
};

/** Column `col` of a unitary as (re, im) arrays. */
function columnOf(u: { dim: number; re: Float64Array; im: Float64Array }, col: number): [Float64Array, Float64Array] {
  const re = new Float64Array(u.dim), im = new Float64Array(u.dim);
  for (let r = 0; r < u.dim; r++) { re[r] = u.re[r * u.dim + col]; im[r] = u.im[r * u.dim + col]; }
  return [re, im];
}

/**
 * walk_reflection: on flag = work = 0 the decomposition is diagonal with −1 exactly where the
 * control is 1 and every ancilla is 0 (the definition of C(I − 2Π)), and keeps flag and work at 0.
 */
export function checkWalkReflection(op: Op): void {
  const a = (op.params as { numAncillas: number }).numAncillas;
  const u = unitaryOfCircuit(op.def.decompose!(op));
  for (let x = 0; x < 2 ** (a + 1); x++) {
    const want = (x & 1) === 1 && (x >> 1) === 0 ? -1 : 1;
    for (let r = 0; r < u.dim; r++) {
      const expect = r === x ? want : 0;
      if (Math.abs(u.re[r * u.dim + x] - expect) > 1e-9 || Math.abs(u.im[r * u.dim + x]) > 1e-9) throw new Error(`walk_reflection(${a}) differs from C(I − 2Π) at (${r}, ${x})`);
    }
  }
}

/**
 * c_walk on a 2×2 dense-dilation encoding of B = A/α: control 0 is the identity; with control 1
 * the ancilla-0 block of W = R·U†·R·U is the Chebyshev polynomial T₂(B) = 2B² − I (qubitization,
 * Low & Chuang 2019 Lemma 8), computed here from B directly.
 */
export function checkControlledWalk(): void {
  const bMat = [0.6, 0.2, 0.2, 0.4];
  const be = makeDenseDilationBlockEncoding(bMat, 2, 1);
  const u = unitaryOfOp(makeControlledWalk(be));
  // operands: control 0, data 1, ancilla 2, flag 3
  for (let d = 0; d < 2; d++) {
    const [re0, im0] = columnOf(u, d << 1);
    for (let r = 0; r < u.dim; r++) if (Math.abs(re0[r] - (r === d << 1 ? 1 : 0)) > 1e-9 || Math.abs(im0[r]) > 1e-9) throw new Error('c_walk with control 0 is not the identity');
    const [re1, im1] = columnOf(u, 1 | (d << 1));
    for (let e = 0; e < 2; e++) {
      const t2 = 2 * (bMat[e * 2] * bMat[d] + bMat[e * 2 + 1] * bMat[2 + d]) - (e === d ? 1 : 0);
      const r = 1 | (e << 1);
      if (Math.abs(re1[r] - t2) > 1e-9 || Math.abs(im1[r]) > 1e-9) throw new Error(`c_walk block (${e}, ${d}) is ${re1[r]}, T₂(B) gives ${t2}`);
    }
  }
}

/**
 * hhl_walk on A with eigenvalues α·cos(π/8), α·cos(3π/8) (exactly on the 3-bit walk clock grid):
 * the branch clock = 0, HHL ancilla = 1 (walk ancilla, flag = 0) is exactly ∝ A⁻¹b (fidelity 1).
 */
export function checkQubitizedHhl(): void {
  const l1 = Math.cos(Math.PI / 8), l2 = Math.cos((3 * Math.PI) / 8), c = Math.cos(0.3), s = Math.sin(0.3);
  // A = Q diag(l1, l2) Qᵀ, Q = rotation by 0.3
  const a = [c * c * l1 + s * s * l2, c * s * (l1 - l2), c * s * (l1 - l2), s * s * l1 + c * c * l2];
  const be = makeDenseDilationBlockEncoding(a, 2, 1);
  const op = makeQubitizedHhlOp(be, 3, l2);
  const u = unitaryOfCircuit(op.def.decompose!(op));
  const b = [0.8, 0.6];
  // operands: data 0, ancilla 1, flag 2, clock 3..5, hhl ancilla 6; input |b⟩ on data, rest 0
  const outRe = [0, 0], outIm = [0, 0];
  for (let d = 0; d < 2; d++) {
    const row = d | (1 << 6);
    for (let i = 0; i < 2; i++) { outRe[d] += u.re[row * u.dim + i] * b[i]; outIm[d] += u.im[row * u.dim + i] * b[i]; }
  }
  const det = a[0] * a[3] - a[1] * a[2];
  const x = [(a[3] * b[0] - a[1] * b[1]) / det, (a[0] * b[1] - a[2] * b[0]) / det];
  const ip2 = (x[0] * outRe[0] + x[1] * outRe[1]) ** 2 + (x[0] * outIm[0] + x[1] * outIm[1]) ** 2;
  const fidelity = ip2 / ((x[0] ** 2 + x[1] ** 2) * (outRe[0] ** 2 + outRe[1] ** 2 + outIm[0] ** 2 + outIm[1] ** 2));
  if (!(fidelity > 1 - 1e-9)) throw new Error(`hhl_walk success branch is not A⁻¹b: fidelity ${fidelity}`);
}
