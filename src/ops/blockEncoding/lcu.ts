import { InvalidMatrixError } from '../../errors';
import { Circuit, CircuitBuilder, Op, OpCount, OpDef, indexRange, makeOp } from '../../ir';
import { ceilLog2 } from '../arith/qrom';
import { emitUnaryIteration, unaryIterationAncillaCount, unaryIterationCounts } from '../arith/unaryIteration';
import { makeStdGate } from '../gates/stdGates';
import { invertOp } from '../inverse';
import { MatrixInput, toDense, validateMatrix } from '../oracles/matrixInput';
import { makeStatePrep } from '../stateprep/statePrep';
import type { BlockEncoding } from './blockEncoding';
import { PauliTerm, pauliDecomposition } from './pauli';

/** Parameters of SELECT: Pauli strings with signs (coefficient magnitudes live in PREPARE). */
export interface LcuSelectParams {
  readonly numDataQubits: number;
  readonly numSelectQubits: number;
  readonly paulis: readonly string[];
  readonly negative: readonly boolean[];
}

/**
 * SELECT = Σ_t |t⟩⟨t| ⊗ sign_t P_t (identity for t ≥ m) by unary iteration over the m terms
 * (Babbush et al. 2018, Sec. III.B): each term applies its controlled Paulis (cx / cy / cz from
 * the iteration's control) and, for a negative coefficient, a Z on the control. Operands: data
 * (n), select (s), s − 1 clean ancillas.
 */
export const LCU_SELECT_DEF: OpDef<LcuSelectParams> = Object.freeze({
  name: 'lcu_select',
  category: 'unitary' as const,
  summary: 'SELECT of signed Pauli strings by unary iteration',
  calls: (op: Op<LcuSelectParams>): readonly OpCount[] => {
    const p = op.params, s = p.numSelectQubits, m = p.paulis.length;
    const counts = new Map<string, number>();
    const add = (name: string, c: number): void => { if (c > 0) counts.set(name, (counts.get(name) ?? 0) + c); };
    const ui = unaryIterationCounts(s, m);
    add('ccx', ui.ccx); add('cx', ui.cx); add('x', ui.x);
    const ctl = s > 0 ? 'c' : '';
    p.paulis.forEach((str, t) => {
      for (const ch of str) if (ch !== 'I') add(ctl + ch.toLowerCase(), 1);
      if (p.negative[t] && s > 0) add('z', 1);
    });
    return [...counts.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, count]) => ({ op: makeStdGate(name), count }));
  },
  decompose: (op: Op<LcuSelectParams>): Circuit => {
    const p = op.params, n = p.numDataQubits, s = p.numSelectQubits;
    const b = CircuitBuilder.withQubits(op.numQubits);
    const sel = indexRange(n, s), anc = indexRange(n + s, unaryIterationAncillaCount(s));
    emitUnaryIteration(b, { selectQubits: sel, ancillaQubits: anc, length: p.paulis.length }, (bb, t, ctrl) => {
      const str = p.paulis[t];
      for (let q = 0; q < n; q++) {
        const ch = str[q];
        if (ch === 'I') continue;
        if (ctrl === null) bb.apply(makeStdGate(ch.toLowerCase()), [q]);
        else bb.apply(makeStdGate('c' + ch.toLowerCase()), [ctrl, q]);
      }
      if (p.negative[t]) {
        if (ctrl === null) bb.addGlobalPhase(Math.PI);
        else bb.apply(makeStdGate('z'), [ctrl]);
      }
    });
    return b.build();
  },
  examples: () => [
    makeLcuSelect(1, ['X', 'Z', 'I'], [false, true, false]),
    makeLcuSelect(2, ['XY', 'ZZ', 'IX', 'YI'], [true, false, false, true]),
    makeLcuSelect(1, ['Z'], [true]),
  ],
});

/** A SELECT op over the given Pauli strings (each of length numDataQubits) and signs. */
export function makeLcuSelect(numDataQubits: number, paulis: readonly string[], negative: readonly boolean[]): Op<LcuSelectParams> {
  const s = ceilLog2(paulis.length);
  const params: LcuSelectParams = Object.freeze({ numDataQubits, numSelectQubits: s, paulis: Object.freeze([...paulis]), negative: Object.freeze([...negative]) });
  return makeOp(LCU_SELECT_DEF, {
    name: 'lcu_select', params, numQubits: numDataQubits + s + unaryIterationAncillaCount(s),
    paramsKey: `${numDataQubits};${paulis.map((q, i) => (negative[i] ? '-' : '+') + q).join(',')}`,
  });
}

/** Parameters of the LCU block encoding. */
export interface LcuParams {
  readonly select: Op<LcuSelectParams>;
  /** PREPARE amplitudes √(|c_t|/λ), padded with zeros to 2^s; absent when s = 0. */
  readonly prepare?: Op;
}

/**
 * Linear combination of unitaries over the Pauli decomposition A = Σ_t c_t P_t (Childs & Wiebe
 * 2012; GSLW 2019 Lemma 52): U = PREPARE† · SELECT · PREPARE with PREPARE|0⟩ = Σ_t √(|c_t|/λ)|t⟩
 * (exact Möttönen state preparation) and SELECT applying sign(c_t)·P_t; the block is A/λ with
 * α = λ = Σ_t |c_t|. Operands: data (n), select (s = ⌈log2 m⌉), s − 1 clean ancillas.
 */
export const LCU_DEF: OpDef<LcuParams> = Object.freeze({
  name: 'lcu_be',
  category: 'unitary' as const,
  summary: 'Pauli LCU block encoding PREPARE†·SELECT·PREPARE, α = Σ|c_P|',
  calls: (op: Op<LcuParams>): readonly OpCount[] => {
    const { select, prepare } = op.params;
    return prepare
      ? [{ op: prepare, count: 1 }, { op: select, count: 1 }, { op: invertOp(prepare), count: 1 }]
      : [{ op: select, count: 1 }];
  },
  decompose: (op: Op<LcuParams>): Circuit => {
    const { select, prepare } = op.params;
    const n = select.params.numDataQubits, s = select.params.numSelectQubits;
    const b = CircuitBuilder.withQubits(op.numQubits);
    const sel = indexRange(n, s);
    if (prepare) b.apply(prepare, sel);
    b.apply(select, indexRange(0, op.numQubits));
    if (prepare) b.apply(invertOp(prepare), sel);
    return b.build();
  },
  examples: () => [
    makeLcuBlockEncoding({ n: 2, data: Float64Array.from([0.5, -1, -1, 0.25]) }).op,
    makeLcuBlockEncoding({ n: 2, data: Float64Array.from([1, 0, 0, 1]) }).op,
    makeLcuBlockEncoding({ n: 4, data: Float64Array.from([2, 1, 0, 0.5, 1, -2, 1, 0, 0, 1, 2, 1, 0.5, 0, 1, 0.5]) }).op,
  ],
});

/** Options of {@link makeLcuBlockEncoding}. */
export interface LcuOptions {
  /** Drop Pauli terms with |c| ≤ dropBelow (absolute); the dropped sum enters errorBound. Default 1e-14·max|A|. */
  readonly dropBelow?: number;
}

/**
 * Pauli-LCU block encoding of a real symmetric matrix (power-of-two N; small dense matrices —
 * the decomposition costs O(N³) and may have up to ~N²/2 terms). errorBound = Σ dropped |c|/α.
 * Throws InvalidMatrixError for non-symmetric (use hermitianDilation), non-finite, empty,
 * all-zero or non-power-of-two input (use padToPowerOfTwo).
 */
export function makeLcuBlockEncoding(m: MatrixInput, opts: LcuOptions = {}): BlockEncoding & { readonly terms: readonly PauliTerm[] } {
  const maxAbs = validateMatrix(m, { usedBy: 'Pauli LCU' });
  const a = toDense(m);
  const all = pauliDecomposition(a, 0);
  const drop = opts.dropBelow ?? 1e-14 * maxAbs;
  const terms = all.filter((t) => Math.abs(t.coefficient) > drop);
  let droppedSum = 0;
  for (const t of all) if (Math.abs(t.coefficient) <= drop) droppedSum += Math.abs(t.coefficient);
  if (terms.length === 0) throw new InvalidMatrixError(`Pauli LCU: every Pauli coefficient is ≤ dropBelow = ${drop}; lower dropBelow`);
  const lambda = terms.reduce((s, t) => s + Math.abs(t.coefficient), 0);
  const n = Math.log2(a.n);
  const select = makeLcuSelect(n, terms.map((t) => t.pauli), terms.map((t) => t.coefficient < 0));
  const s = select.params.numSelectQubits;
  let prepare: Op | undefined;
  if (s > 0) {
    const amps = new Float64Array(2 ** s);
    terms.forEach((t, i) => { amps[i] = Math.sqrt(Math.abs(t.coefficient) / lambda); });
    prepare = makeStatePrep(amps);
  }
  const params: LcuParams = Object.freeze({ select, prepare });
  const op = makeOp(LCU_DEF, { name: 'lcu_be', params, numQubits: select.numQubits, paramsKey: `${select.key}|${prepare?.key ?? ''}` });
  return Object.freeze({
    op, alpha: lambda, numDataQubits: n, numAncillas: op.numQubits - n,
    errorBound: droppedSum / lambda, isHermitian: false, method: 'lcu', terms: Object.freeze(terms),
  });
}
