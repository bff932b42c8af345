/**
 * Shape-only quantum linear solvers: everything the price of one solve H x = g needs, from the
 * matrix shape (N, d, κ, ε, α) alone — no matrix, no QSP phases.
 *
 * Precision split (as src/synth/qsvtSolver.ts does it): the sparse-access block encoding of
 * src/ops/blockEncoding/sparse.ts with b-bit entries has worst-case error π/2^b on A/α, which
 * perturbs the normalized solution by ≤ κ_eff·π/2^b (κ_eff = α·κ in the normalisation ‖A‖ = 1,
 * α = slots·max|A_ij|, slots = d rounded up to a power of two); the algorithm gets the rest,
 * ε_alg = ε − κ_eff·π/2^b. By default b is the smallest number of bits (≥ 4) with
 * κ_eff·π/2^b ≤ ε/2, the rule of src/synth/blockEncodingChoice.ts.
 *
 * Solvers:
 * - 'qsvt' is a COMPILED CIRCUIT shape: {@link quantumSolverCircuitShape} returns the real QSVT op
 *   tree (src/ops/qsvt, real-part variant) over the shape-only block encoding, with the degree of
 *   src/math/poly/inverse.ts at (κ_eff, ε_alg); only the phase values are placeholders.
 * - 'hhl' is a COMPILED CIRCUIT shape too: HHL by qubitization (src/ops/hhl/qubitizedHhl.ts), QPE of
 *   the walk R·U†·R·U of the same block encoding on c clock bits (2^c ≥ π·κ_eff/ε_alg, the rule
 *   of src/synth/qubitizedHhlSolver.ts at scale), 4(2^c − 1) queries per run, reciprocal rotation,
 *   inverse QPE; no dense e^{iAt}, so it is priced for every N the block encoding supports.
 * - 'das', 'costa' are QUERY MODELS: src/math/qlsa gives the block-encoding queries of one
 *   run, q; the run is counted as q alternating calls of U_A / U_A† each followed by one
 *   projector-controlled phase (the QSVT/qubitization step shape), plus two extra qubits for the
 *   adiabatic walks (an assumption: the interpolation and reflection qubits). State preparation
 *   U_b inside the walks is not counted.
 * Repetitions (expected runs until one success, amplitude amplification included for qsvt/hhl,
 * worst-case success probability) come from src/math/qlsa/models.ts.
 */
import { formatNumber, formatScientific } from '../../format';
import { BudgetUnmetError } from '../../errors';
import type { Op } from '../../ir';
import type { LogicalGateCounts } from '../../cost';
import { estimateLogical } from '../../cost';
import { amplifiedCost, qlsaQueryCount, QlsaSolver } from '../../math/qlsa';
import { BlockEncoding, signalAncillaCount } from '../../ops/blockEncoding/blockEncoding';
import { makeSparseBlockEncodingShape } from '../../ops/blockEncoding/sparse';
import { LookupConstruction, QROM_LOOKUP, lookupLabel } from '../../ops/oracles/lookupConstruction';
import { makeStdGate } from '../../ops/gates/stdGates';
import { invertOp } from '../../ops/inverse';
import { makeProjectorPhase } from '../../ops/qsvt/projectorPhase';
import { makeQubitizedHhlOp } from '../../ops/hhl/qubitizedHhl';
import { makeWalkReflection, walkReflectionWorkCount } from '../../ops/hhl/walkReflection';
import { makeQft } from '../../ops/hhl/qft';
import { makeUcryShape } from '../../ops/stateprep/ucry';
import { makeQsvtOp, qsvtWidth } from '../../ops/qsvt/qsvt';
import { ScaledCounts, sumScaledCounts } from './countsAlgebra';
import type { SolveShape } from './types';
import { checkOracleBits, checkSolverName, validateSolveShape } from './validateShape';

/**
 * Placeholder QSVT phase (radians). Phase values only decide how the leaf Rz(2φ) is classified
 * (Clifford, T or arbitrary rotation; src/cost/callGraph/leafClassification.ts); real inversion
 * phases are generic angles, so we use one that is not a multiple of π/8 (2φ = 1 rad is not a
 * multiple of π/4) and every phase counts as one arbitrary rotation.
 */
export const GENERIC_PHASE_RAD = 0.5;

/** Extra qubits assumed for the adiabatic walks 'das' and 'costa' (interpolation + reflection qubit). */
export const ADIABATIC_EXTRA_QUBITS = 2;

/** Everything about one shape-only quantum solve except gate counts. */
export interface QuantumSolvePlan {
  readonly solver: QlsaSolver;
  /** The validated shape (defaults filled in). */
  readonly shape: Required<SolveShape>;
  /** N rounded up to a power of two (the data register holds 2^⌈log₂N⌉ amplitudes). */
  readonly paddedDim: number;
  /** Slots per row of the block encoding: d rounded up to a power of two. */
  readonly slotCount: number;
  /** Entry precision b of the oracles, bits. */
  readonly oracleBits: number;
  /** Data-loading construction of the oracles' table lookups (QROM unless chosen otherwise). */
  readonly lookup: LookupConstruction;
  /** Index bits of those lookups: ⌈log₂N⌉ + ⌈log₂d⌉ (table of N·d entries). */
  readonly lookupIndexBits: number;
  /** True when b was derived from ε and κ_eff (no explicit oracleBits). */
  readonly oracleBitsDerived: boolean;
  /** The shape-only sparse block encoding (α = slots·max|A_ij|). */
  readonly blockEncoding: BlockEncoding;
  /** α of the block encoding. */
  readonly alpha: number;
  /** κ_eff = α·κ (‖A‖ = 1): bounds the inverse of the smallest singular value of A/α. */
  readonly kappaEff: number;
  /** Part of ε used by the block-encoding rounding: κ_eff·π/2^b. */
  readonly epsilonBlockEncoding: number;
  /** Part of ε left to the algorithm (QSVT: polynomial error). */
  readonly epsilonAlgorithm: number;
  /** U_A / U_A† calls in one run (QSVT: the polynomial degree; models: ⌈queries per run⌉). */
  readonly queriesPerRun: number;
  /** Expected U_A calls until one success (repetitions / amplitude amplification included). */
  readonly expectedQueries: number;
  /** Success probability of one run (worst case for qsvt/hhl). */
  readonly successProbability: number;
  /** Expected runs until one success: expectedQueries / (model's queries per run). */
  readonly repetitions: number;
  /** QSVT inversion polynomial degree (qsvt only). */
  readonly degree?: number;
  /** HHL clock register size (hhl only). */
  readonly clockBits?: number;
  /** Qubits beyond the QSVT-shaped register (HHL clock + ancilla, walk qubits). */
  readonly extraQubitCount: number;
  /** True for 'qsvt' and 'hhl' (compiled op trees), false for the query models. */
  readonly isCompiledCircuit: boolean;
  /** Assumptions and references, human-readable. */
  readonly notes: readonly string[];
}

/**
 * Smallest entry precision b ≥ 4 (≤ 52) with κ_eff·π/2^b ≤ ε/2, i.e. the block-encoding error
 * takes at most half of ε (src/synth/blockEncodingChoice.ts: b = ⌈log₂(π/errorBound)⌉ for
 * errorBound = ε/(2κ_eff)).
 */
export function derivedOracleBits(kappaEff: number, epsilon: number): number {
  return Math.max(4, Math.min(52, Math.ceil(Math.log2((2 * Math.PI * kappaEff) / epsilon))));
}

/**
 * Plan a shape-only quantum solve: block encoding, precision split, query count, repetitions (see
 * the file comment). `oracleBits` overrides the derived precision. Throws InvalidArgumentError /
 * UnknownNameError for bad shapes or solver names, and {@link BudgetUnmetError} when the oracle
 * precision leaves no error for the algorithm.
 */
export function planQuantumSolve(shapeIn: SolveShape, solverName: string, oracleBits?: number, lookup: LookupConstruction = QROM_LOOKUP): QuantumSolvePlan {
  const shape = validateSolveShape(shapeIn);
  const solver = checkSolverName(solverName);
  if (oracleBits !== undefined) checkOracleBits(oracleBits);
  const { n, sparsity, kappa, epsilon } = shape;
  const maxAbsEntry = shape.alpha / sparsity;
  const slotCount = 2 ** Math.ceil(Math.log2(sparsity));
  const alpha = slotCount * maxAbsEntry;
  const kappaEff = alpha * kappa;
  const bits = oracleBits ?? derivedOracleBits(kappaEff, epsilon);
  const blockEncoding = makeSparseBlockEncodingShape({ matrixDim: n, sparsity, bits, maxAbsEntry, lookup });
  const epsilonBlockEncoding = kappaEff * blockEncoding.errorBound;
  const epsilonAlgorithm = epsilon - epsilonBlockEncoding;
  if (!(epsilonAlgorithm > 0)) {
    throw new BudgetUnmetError(
      `a ${bits}-bit entry oracle has block-encoding error π/2^${bits} = ${formatScientific(blockEncoding.errorBound, 4)}, which at ` +
      `κ_eff = α·κ = ${formatNumber(kappaEff, 4)} already uses the whole ε = ${epsilon}; raise the oracle precision to ≥ ` +
      `${derivedOracleBits(kappaEff, epsilon)} bits (or leave it unset) or loosen the target error ε`,
      { oracleBits: bits, kappaEff, epsilon });
  }
  const isHhl = solver === 'hhl';
  const q = isHhl ? qubitizedHhlQueries(kappaEff, epsilonAlgorithm) : qlsaQueryCount(solver, { kappa, epsilon: epsilonAlgorithm, alpha });
  const isQsvt = solver === 'qsvt';
  const queriesPerRun = Math.ceil(q.queriesPerRun - 1e-9);
  const clockBits = isHhl ? qubitizedHhlClockBits(kappaEff, epsilonAlgorithm) : undefined;
  // HHL: the walk register's flag and reflection work, the clock and the rotation ancilla
  const extraQubitCount = isHhl ? 1 + walkReflectionWorkCount(signalAncillaCount(blockEncoding)) + clockBits! + 1 : isQsvt ? 0 : ADIABATIC_EXTRA_QUBITS;
  const notes = [
    `sparse-access block encoding (GSLW 2019 Lemma 48), ${slotCount} slots, ${bits}-bit entries: α = ${formatNumber(alpha, 4)}, κ_eff = α·κ = ${formatNumber(kappaEff, 4)}`,
    `table lookups of the oracles (N·d = 2^${blockEncoding.numDataQubits + Math.log2(slotCount)} entries): ${lookupLabel(lookup)}`,
    `precision split: block encoding ${formatScientific(epsilonBlockEncoding, 3)}, algorithm ${formatScientific(epsilonAlgorithm, 3)}`,
    ...q.notes,
    isQsvt
      ? 'counts are those of the compiled QSVT op tree (placeholder phases: each counts as one arbitrary rotation)'
      : isHhl
        ? `HHL by qubitization (ops/hhl/qubitizedHhl.ts): QPE of the walk R·U†·R·U on ${clockBits} clock bits (2^c ≥ π·κ_eff/ε_alg), ` +
          `${queriesPerRun} block-encoding queries per run, 2^${clockBits} reciprocal rotations, inverse QPE; counts of that op tree; ` +
          'success probability ≥ 1/κ_eff² per run, amplitude amplification'
        : `counts are a MODEL: ${queriesPerRun} × (U_A or U_A† + projector-controlled phase) + ${ADIABATIC_EXTRA_QUBITS} walk qubits (assumed); U_b not counted`,
  ];
  return Object.freeze({
    solver, shape, paddedDim: 2 ** blockEncoding.numDataQubits, slotCount, oracleBits: bits, oracleBitsDerived: oracleBits === undefined,
    lookup, lookupIndexBits: blockEncoding.numDataQubits + Math.log2(slotCount),
    blockEncoding, alpha, kappaEff, epsilonBlockEncoding, epsilonAlgorithm, queriesPerRun,
    expectedQueries: q.queries, successProbability: q.successProbability, repetitions: q.queries / q.queriesPerRun,
    ...(isQsvt ? { degree: queriesPerRun } : {}), ...(clockBits !== undefined ? { clockBits } : {}),
    extraQubitCount, isCompiledCircuit: isQsvt || isHhl, notes: Object.freeze(notes),
  });
}

/**
 * The same plan with another data-loading construction: only the block encoding (and its note)
 * changes — queries, precision split and repetitions do not depend on how the tables are read.
 * Throws InvalidArgumentError for a construction that does not exist at the plan's index width.
 */
export function withLookup(plan: QuantumSolvePlan, lookup: LookupConstruction): QuantumSolvePlan {
  const { n, sparsity } = plan.shape;
  const blockEncoding = makeSparseBlockEncodingShape({ matrixDim: n, sparsity, bits: plan.oracleBits, maxAbsEntry: plan.shape.alpha / sparsity, lookup });
  const prefix = 'table lookups of the oracles';
  const notes = plan.notes.map((t) => (t.startsWith(prefix) ? `${t.slice(0, t.lastIndexOf(': '))}: ${lookupLabel(lookup)}` : t));
  return Object.freeze({ ...plan, blockEncoding, lookup, notes: Object.freeze(notes) });
}

/**
 * Clock size of HHL by qubitization at scale: the eigenvalue-resolution rule of
 * src/synth/qubitizedHhlSolver.ts, 2^c ≥ π·α/(ε·σ_min) = π·κ_eff/ε_alg, at least 3 bits.
 */
export function qubitizedHhlClockBits(kappaEff: number, epsilonAlgorithm: number): number {
  return Math.max(3, Math.ceil(Math.log2((Math.PI * kappaEff) / epsilonAlgorithm)));
}

/**
 * Queries of HHL by qubitization: 4(2^c − 1) per run (2^c − 1 controlled walk steps of 2 block-encoding
 * calls, forward and inverse QPE); success ≥ (C/λ)² ≥ 1/κ_eff² per run (C = σ_min, λ ≤ α), then
 * amplitude amplification (src/math/qlsa/models.ts amplifiedCost).
 */
function qubitizedHhlQueries(kappaEff: number, epsilonAlgorithm: number): { queriesPerRun: number; queries: number; successProbability: number; notes: readonly string[] } {
  const c = qubitizedHhlClockBits(kappaEff, epsilonAlgorithm);
  const queriesPerRun = 4 * (2 ** c - 1);
  const p = Math.min(1, 1 / (kappaEff * kappaEff));
  const amp = amplifiedCost(p, true);
  return { queriesPerRun, queries: queriesPerRun * amp.expectedCircuits, successProbability: p, notes: [] };
}

/** A shape-only solver: the plan, and for 'qsvt' the QSVT op tree (undefined for the query models). */
export interface SolverCircuitShape {
  readonly plan: QuantumSolvePlan;
  readonly op?: Op;
}

/**
 * The shape-only solver of an N×N d-sparse system (see the file comment): for 'qsvt' the real
 * QSVT op (src/ops/qsvt) over makeSparseBlockEncodingShape with `degree` placeholder phases
 * ({@link GENERIC_PHASE_RAD}); estimateLogical(op) equals {@link solverLogicalCounts}(plan).
 * Building the op costs O(degree); the pricer uses the closed form instead.
 */
export function quantumSolverCircuitShape(shape: SolveShape, solver: string, oracleBits?: number, lookup?: LookupConstruction): SolverCircuitShape {
  const plan = planQuantumSolve(shape, solver, oracleBits, lookup);
  if (!plan.isCompiledCircuit) return Object.freeze({ plan });
  if (plan.solver === 'hhl') {
    // C = σ_min in units of A: α/κ_eff (only the rotation angles depend on it)
    return Object.freeze({ plan, op: makeQubitizedHhlOp(plan.blockEncoding, plan.clockBits!, plan.alpha / plan.kappaEff) });
  }
  const op = makeQsvtOp(plan.blockEncoding, new Float64Array(plan.queriesPerRun).fill(GENERIC_PHASE_RAD), true);
  return Object.freeze({ plan, op });
}

/** Memo of call-graph counts by op key (one per pricer; no module-level state). */
export type OpCountsCache = Map<string, LogicalGateCounts>;

function countsOf(op: Op, cache?: OpCountsCache): LogicalGateCounts {
  const hit = cache?.get(op.key);
  if (hit) return hit;
  const c = estimateLogical(op);
  cache?.set(op.key, c);
  return c;
}

/**
 * Scaled counts of everything in one run except the U_A / U_A† calls: q projector-controlled
 * phases (+ 2 H for QSVT's real part), plus the HHL clock extras.
 */
function nonOracleTerms(plan: QuantumSolvePlan, cache?: OpCountsCache): ScaledCounts[] {
  const be = plan.blockEncoding;
  const q = plan.queriesPerRun;
  if (plan.solver === 'hhl') {
    // Qubitized HHL (ops/hhl/qubitizedHhl.ts): per walk step two controlled reflections; per QPE c H and a QFT;
    // the reciprocal rotation as one uniformly controlled Ry on the clock (2^c Ry + 2^c CNOT).
    const c = plan.clockBits!;
    return [
      { counts: countsOf(makeWalkReflection(signalAncillaCount(be)), cache), count: q },
      { counts: countsOf(makeStdGate('h'), cache), count: 2 * c },
      { counts: countsOf(makeQft(c, true), cache), count: 1 },
      { counts: countsOf(makeQft(c), cache), count: 1 },
      { counts: countsOf(makeUcryShape(c), cache), count: 1 },
    ];
  }
  const realPart = plan.isCompiledCircuit;
  const terms: ScaledCounts[] = [{ counts: countsOf(makeProjectorPhase(signalAncillaCount(be), GENERIC_PHASE_RAD, realPart), cache), count: q }];
  if (realPart) terms.push({ counts: countsOf(makeStdGate('h'), cache), count: 2 });
  return terms;
}

function solverQubitCount(plan: QuantumSolvePlan): number {
  const be = plan.blockEncoding;
  if (plan.solver === 'hhl') return be.numDataQubits + be.numAncillas + plan.extraQubitCount;
  return qsvtWidth(be, plan.isCompiledCircuit) + plan.extraQubitCount;
}

/**
 * Logical counts of ONE run of the planned solver (clifford+t basis), in O(1) op-tree folds:
 * ⌈q/2⌉·U_A + ⌊q/2⌋·U_A† + q·phase (+ 2 H for QSVT's real part), plus the HHL extras; the
 * same sum the call-graph fold computes for the QSVT op (see countsAlgebra.ts). Counts are
 * doubles (exact below 2^53).
 */
export function solverLogicalCounts(plan: QuantumSolvePlan, cache?: OpCountsCache): LogicalGateCounts {
  const be = plan.blockEncoding;
  const q = plan.queriesPerRun;
  const terms: ScaledCounts[] = [
    { counts: countsOf(be.op, cache), count: Math.ceil(q / 2) },
    { counts: countsOf(be.isHermitian ? be.op : invertOp(be.op), cache), count: Math.floor(q / 2) },
    ...nonOracleTerms(plan, cache),
  ];
  return sumScaledCounts(terms, solverQubitCount(plan));
}

/**
 * Logical counts of ONE run WITHOUT the U_A / U_A† calls (the 'query' cost model prices those as
 * oracle accesses and does not model their gates): the projector phases (+ QSVT's 2 H, HHL's
 * clock extras) on the full solver register width. solverLogicalCounts = these + q U_A-type calls.
 */
export function solverNonOracleLogicalCounts(plan: QuantumSolvePlan, cache?: OpCountsCache): LogicalGateCounts {
  return sumScaledCounts(nonOracleTerms(plan, cache), solverQubitCount(plan));
}
