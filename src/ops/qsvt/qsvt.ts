/**
 * The QSVT sequence for a block encoding U of A/α (Gilyén, Su, Low, Wiebe, STOC 2019, Def. 15,
 * Thm. 17, Cor. 18), in the d-phase GSLW form:
 *
 *     U_Φ = e^{iφ_1(2Π−I)} V_1 e^{iφ_2(2Π−I)} V_2 ⋯ e^{iφ_d(2Π−I)} V_d,
 *     V_j = U when (d − j) is even, U† otherwise (V_d = U);  V_j = U for a Hermitian U,
 *
 * whose Π-block is (P + iQ)^{(SV)}(A/α) for the phases of src/math/qsp (convert.ts:
 * wxToReflectionPhases then reflectionToGslwPhases). With `realPart` one more qubit r is prepared
 * in |+⟩, the projector phases become e^{±iφ(2Π−I)} depending on r (signed projector phase), and
 * r is measured in the |+⟩ basis (H, post-select 0): the block is then ½(P_Φ + P_{−Φ}) = P(A/α)
 * exactly for a real polynomial, since the −Φ circuit is the complex conjugate on every
 * singular-vector pair (GSLW Cor. 18).
 *
 * Operands: data 0..n−1, block-encoding ancillas n..n+a−1, flag n+a, (realPart) r = n+a+1, then
 * max(0, a−2) clean work qubits of the projector phases. Post-selection: every non-data operand 0. Calls: d block-encoding queries (⌈d/2⌉ U and ⌊d/2⌋ U†
 * or d U when Hermitian), d projector phases, 2 H. Counts for large N come from this call list
 * without building the circuit (the block encoding op is never flattened here).
 */
import { InvalidArgumentError } from '../../errors';
import { Circuit, Op, OpCount, OpDef, OpStep, accumulateCalls, circuitOfSteps, hashNumbers, indexRange, makeOp } from '../../ir';
import { BlockEncoding, signalAncillaCount } from '../blockEncoding/blockEncoding';
import { makeDenseDilationBlockEncoding } from '../blockEncoding/denseDilation';
import { makeStdGate } from '../gates/stdGates';
import { invertOp } from '../inverse';
import { mcxCleanAncillaCount } from '../arith/mcxClean';
import { makeProjectorPhase } from './projectorPhase';

/** Parameters of a QSVT op. */
export interface QsvtParams {
  readonly blockEncoding: BlockEncoding;
  /** GSLW phases φ_1..φ_d (radians). */
  readonly phases: Float64Array;
  readonly realPart: boolean;
}

/** Qubit layout of a QSVT op (operand indices). */
export interface QsvtLayout {
  readonly data: readonly number[];
  readonly ancillas: readonly number[];
  readonly flag: number;
  /** The real-part qubit, or −1 when absent. */
  readonly realPart: number;
  /** Clean work qubits of the projector phases' Toffoli ladder (a − 2 of them for a ≥ 3 ancillas). */
  readonly work: readonly number[];
  readonly numQubits: number;
}

/** Width of a QSVT op on `be` (= qsvtLayout(be, realPart).numQubits, without building the operand arrays). */
export function qsvtWidth(be: BlockEncoding, realPart: boolean): number {
  return be.numDataQubits + be.numAncillas + 1 + (realPart ? 1 : 0) + mcxCleanAncillaCount(signalAncillaCount(be));
}

/** Operand layout of a QSVT op on block encoding `be`. */
export function qsvtLayout(be: BlockEncoding, realPart: boolean): QsvtLayout {
  const n = be.numDataQubits, a = be.numAncillas;
  const w0 = n + a + 1 + (realPart ? 1 : 0);
  const numWork = mcxCleanAncillaCount(signalAncillaCount(be));
  return {
    data: indexRange(0, n),
    ancillas: indexRange(n, a),
    flag: n + a,
    realPart: realPart ? n + a + 1 : -1,
    work: indexRange(w0, numWork),
    numQubits: w0 + numWork,
  };
}

function steps(op: Op<QsvtParams>): OpStep[] {
  const { blockEncoding: be, phases, realPart } = op.params;
  const lay = qsvtLayout(be, realPart);
  const d = phases.length;
  const uOps = [...lay.data, ...lay.ancillas];
  const signal = lay.ancillas.slice(0, signalAncillaCount(be));
  const phaseOps = realPart ? [...signal, lay.flag, lay.realPart, ...lay.work] : [...signal, lay.flag, ...lay.work];
  const u = be.op;
  const uDag = be.isHermitian ? be.op : invertOp(be.op);
  const out: OpStep[] = [];
  const h = makeStdGate('h');
  if (realPart) out.push([h, [lay.realPart]]);
  for (let j = d; j >= 1; j--) {
    out.push([(d - j) % 2 === 0 ? u : uDag, uOps]);
    out.push([makeProjectorPhase(signalAncillaCount(be), phases[j - 1], realPart), phaseOps]);
  }
  if (realPart) out.push([h, [lay.realPart]]);
  return out;
}

function callsOf(op: Op<QsvtParams>): readonly OpCount[] {
  const { blockEncoding: be, phases, realPart } = op.params;
  const d = phases.length;
  const calls: OpCount[] = [
    { op: be.op, count: Math.ceil(d / 2) },
    { op: be.isHermitian ? be.op : invertOp(be.op), count: Math.floor(d / 2) },
  ];
  for (let j = 0; j < d; j++) calls.push({ op: makeProjectorPhase(signalAncillaCount(be), phases[j], realPart), count: 1 });
  if (realPart) calls.push({ op: makeStdGate('h'), count: 2 });
  return accumulateCalls(calls);
}

/** Family of QSVT sequences (see file comment). */
export const QSVT_DEF: OpDef<QsvtParams> = Object.freeze({
  name: 'qsvt',
  category: 'unitary' as const,
  summary: 'QSVT sequence: alternating block-encoding calls and projector-controlled phases (GSLW 2019 Def. 15, Cor. 18)',
  decompose: (op: Op<QsvtParams>): Circuit => circuitOfSteps(op.numQubits, steps(op)),
  calls: callsOf,
  examples: () => {
    const be = makeDenseDilationBlockEncoding([0.6, 0.2, 0.2, -0.4], 2, 1);
    return [makeQsvtOp(be, Float64Array.of(0.3, -0.7, 1.1), true), makeQsvtOp(be, Float64Array.of(0.5, 0.2), false)];
  },
});

/**
 * A QSVT op on block encoding `be` with GSLW phases φ_1..φ_d (radians). With `realPart` (default)
 * the block is exactly the real polynomial P(A/α) whose Wx phases were converted.
 */
export function makeQsvtOp(be: BlockEncoding, gslwPhases: ArrayLike<number>, realPart = true): Op<QsvtParams> {
  if (gslwPhases.length < 1) throw new InvalidArgumentError('QSVT needs at least one phase (degree ≥ 1)');
  const phases = Float64Array.from(gslwPhases);
  for (const p of phases) if (!Number.isFinite(p)) throw new InvalidArgumentError('QSVT phases must be finite');
  const lay = qsvtLayout(be, realPart);
  return makeOp(QSVT_DEF, {
    name: 'qsvt', params: { blockEncoding: be, phases, realPart }, numQubits: lay.numQubits,
    paramsKey: `${be.op.key}|${be.isHermitian ? 'H' : 'U'}|${realPart ? 1 : 0}|${phases.length}:${hashNumbers(phases)}`,
  });
}
