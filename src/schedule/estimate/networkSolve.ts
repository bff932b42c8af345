/**
 * `qnewton estimate`: the cost of one Newton-system solve H x = g of a network (P parameters →
 * N = P) or of a given N×N d-sparse system, quantum (logical counts, surface-code or un-encoded
 * runtime, end-to-end state preparation and read-out shown separately) against classical
 * (dense Cholesky and CG at a measured or given FLOP rate), as a plain-data report. The quantum
 * side is priced by the compiled circuit (default) or by the Q-Newton paper's query model
 * (queries × one assumed QRAM access, src/schedule/price/queryModel.ts), labelled in the report.
 */
import { InvalidArgumentError } from '../../errors';
import type { HardwareProfile } from '../../cost';
import { getHardwareProfile, measureFlopRate } from '../../cost';
import { priceClassicalSolveDetailed } from '../price/classicalPrice';
import { DEFAULT_ERROR_BUDGET, priceQuantumSolveDetailed } from '../price/quantumPrice';
import { queryLayerCount } from '../price/queryModel';
import type { CostModel, QecChoice, SolveShape } from '../price/types';
import { checkCostModel, checkQecChoice, checkSolverName } from '../price/validateShape';
import { DEFAULT_DATA_LOADING, DataLoadingPoint, DataLoadingRequest } from '../price/dataLoading';
import type { LookupConstruction } from '../../ops/oracles/lookupConstruction';

/** Defaults of {@link estimateNetworkSolve}. */
export const ESTIMATE_DEFAULTS = Object.freeze({
  sparsity: 8, kappa: 100, epsilon: 1e-3, solver: 'qsvt', hardware: 'qubit_gate_ns_e3', qec: 'surface_code' as QecChoice,
  errorBudget: DEFAULT_ERROR_BUDGET, costModel: 'compiled' as CostModel, dataLoading: DEFAULT_DATA_LOADING,
  /** qec when none is given and costModel is 'query' (the query model is priced un-encoded only). */
  queryQec: 'none' as QecChoice,
});

/** Input of {@link estimateNetworkSolve}: exactly one of `params` (N = P) and `n`. */
export interface NetworkSolveInput {
  /** Parameters P of the network: the full Newton system has N = P. */
  readonly params?: number;
  /** Matrix dimension N. */
  readonly n?: number;
  /** Row sparsity d after pruning (default 8). */
  readonly sparsity?: number;
  /** Condition number κ (default 100). */
  readonly kappa?: number;
  /** Target solution error ε (default 1e-3). */
  readonly epsilon?: number;
  /** 'qsvt' | 'hhl' | 'das' | 'costa' (default 'qsvt'). */
  readonly solver?: string;
  /** Built-in profile name or a profile (default 'qubit_gate_ns_e3'). */
  readonly hardware?: string | HardwareProfile;
  /** 'surface_code' | 'none' (default 'surface_code'; 'none' under costModel 'query', the only one it accepts). */
  readonly qec?: string;
  /** 'compiled' | 'query' (default 'compiled'); see {@link CostModel}. */
  readonly costModel?: string;
  /** Total error budget of the surface-code estimate (default 1e-3). */
  readonly errorBudget?: number;
  /** Classical FLOP rate, flops/s (default: measured on this machine). */
  readonly flopRatePerSecond?: number;
  /** α = d·max|A_ij| (default d). */
  readonly alpha?: number;
  /** Entry-oracle precision, bits (default derived from ε and κ_eff). */
  readonly oracleBits?: number;
  /** Data-loading construction of the oracles: 'qrom' (default) | 'qroam' | 'qram' | 'auto' (src/schedule/price/dataLoading.ts). */
  readonly dataLoading?: string;
  /** Logical-qubit budget the data-loading choice must fit (default: none). */
  readonly logicalQubitBudget?: number;
  /** Price every data-loading construction for the Pareto front (default true; false prices only the request's candidates). */
  readonly dataLoadingFront?: boolean;
}

/** Plain-data report of one estimate (all times in seconds). */
export interface NetworkSolveEstimate {
  readonly problem: {
    readonly source: 'params' | 'n';
    readonly params?: number;
    readonly n: number;
    readonly paddedDim: number;
    readonly sparsity: number;
    readonly nonZeroCount: number;
    readonly kappa: number;
    readonly epsilon: number;
    /** α of the block encoding (slots·max|A_ij|). */
    readonly alpha: number;
    readonly kappaEff: number;
    readonly oracleBits: number;
    readonly epsilonBlockEncoding: number;
    readonly epsilonAlgorithm: number;
  };
  readonly solver: {
    readonly name: string;
    /** Which model priced the quantum side: 'compiled' circuit counts or the paper's 'query' model. */
    readonly costModel: CostModel;
    /** True for the compiled op trees (QSVT, qubitized HHL), false for query models. */
    readonly compiledCircuit: boolean;
    readonly degree?: number;
    readonly clockBits?: number;
    readonly successProbability: number;
    readonly repetitions: number;
    readonly expectedBlockEncodingQueries: number;
    readonly notes: readonly string[];
  };
  readonly logical: {
    readonly qubits: number;
    readonly totalGates: number;
    readonly clifford: number;
    readonly cnot: number;
    readonly t: number;
    readonly toffoli: number;
    readonly rotations: number;
    readonly depthUpperBound: number;
    readonly tDepthUpperBound: number;
    /** U_A / U_A† calls of one run. */
    readonly blockEncodingQueries: number;
    /** False under the 'query' model: the gate counts exclude the U_A / U_A† calls (not modelled). */
    readonly gatesIncludeOracle: boolean;
  };
  /** Query-model numbers (costModel 'query' only). */
  readonly queryModel?: {
    /** Two-qubit layers per query, ⌈log₂(N·d)⌉ (assumed QRAM access). */
    readonly layersPerQuery: number;
    readonly queryTimeNs: number;
    /** Queries until one success (repetitions included). */
    readonly expectedQueries: number;
  };
  /**
   * The data-loading construction of the oracles' table lookups and why, with the qubits-vs-runtime
   * Pareto front of every construction for this problem (costModel 'compiled' only).
   */
  readonly dataLoading?: {
    readonly request: DataLoadingRequest;
    readonly construction: LookupConstruction;
    readonly label: string;
    readonly reason: string;
    readonly logicalQubitBudget?: number;
    /** Every construction priced (time of one run; only the request's candidates when dataLoadingFront is false), dominated points marked; by increasing logical qubits. */
    readonly front: readonly DataLoadingPoint[];
  };
  readonly hardware: { readonly name: string; readonly description: string };
  readonly qec: QecChoice;
  readonly errorBudget: number;
  /** Surface-code numbers of one run (qec 'surface_code' only). */
  readonly physical?: {
    readonly codeDistance: number;
    readonly physicalQubits: number;
    readonly algorithmPhysicalQubits: number;
    readonly factoryPhysicalQubits: number;
    readonly factoryCount: number;
    readonly tStates: number;
    readonly logicalCycleTimeNs: number;
    readonly runtimePerRunSeconds: number;
  };
  readonly runtime: {
    /** How the run time was obtained (surface code or un-encoded critical path). */
    readonly model: string;
    readonly perRunSeconds: number;
    /** perRunSeconds × repetitions: one successful solution state. */
    readonly solverSeconds: number;
  };
  readonly endToEnd: {
    readonly statePreparationSeconds: number;
    readonly perShotSeconds: number;
    readonly readoutShots: number;
    /** Every shot, every repetition: the time to read x out classically. */
    readonly totalSeconds: number;
  };
  readonly classical: {
    readonly choleskyFlops: number;
    readonly choleskySeconds: number;
    readonly cgIterations: number;
    readonly cgFlops: number;
    readonly cgSeconds: number;
    readonly best: 'cholesky' | 'cg';
    readonly bestSeconds: number;
    readonly flopRatePerSecond: number;
    readonly flopRateSource: 'measured' | 'given';
  };
  readonly verdict: {
    /** Cheaper option comparing the quantum solver alone (a solution STATE) with the classical solve. */
    readonly cheaper: 'quantum' | 'classical';
    /** Slower / faster time, ≥ 1. */
    readonly ratio: number;
    /** The same comparison with state preparation and read-out of x included. */
    readonly cheaperEndToEnd: 'quantum' | 'classical';
    readonly ratioEndToEnd: number;
  };
}

function resolveHardware(h: string | HardwareProfile): HardwareProfile {
  return typeof h === 'string' ? getHardwareProfile(h) : h;
}

/** N from exactly one of `params` (N = P) and `n`; InvalidArgumentError otherwise. */
export function resolveDimension(input: NetworkSolveInput): { source: 'params' | 'n'; n: number } {
  const hasParams = input.params !== undefined, hasN = input.n !== undefined;
  if (hasParams === hasN) {
    throw new InvalidArgumentError(hasParams
      ? 'give either --params P (the full Newton system of a P-parameter network, N = P) or --n N, not both'
      : 'give the problem size: --params P (network parameters, N = P) or --n N (matrix dimension)');
  }
  if (hasParams) {
    const p = input.params!;
    if (!(Number.isInteger(p) && p >= 2)) throw new InvalidArgumentError(`--params must be an integer ≥ 2, got ${p}`, { params: p });
    return { source: 'params', n: p };
  }
  return { source: 'n', n: input.n! };
}

function queryNote(n: number, sparsity: number): string {
  return `cost model 'query' (Q-Newton, arXiv:2405.00252): ASSUMES efficient oracle access (QRAM); each block-encoding query ` +
    `= ⌈log₂(N·d)⌉ = ${queryLayerCount(n, sparsity)} two-qubit layers; the O(N·d)-Toffoli QROM oracles of the compiled circuit ` +
    'are not priced and their gates are left out of the logical counts (use --cost-model compiled to see them)';
}

function verdictOf(quantumSeconds: number, classicalSeconds: number): { cheaper: 'quantum' | 'classical'; ratio: number } {
  const cheaper = quantumSeconds < classicalSeconds ? 'quantum' as const : 'classical' as const;
  return { cheaper, ratio: Math.max(quantumSeconds, classicalSeconds) / Math.min(quantumSeconds, classicalSeconds) };
}

/**
 * Estimate one Newton-system solve (see the file comment and {@link NetworkSolveInput} for the
 * defaults). Throws InvalidArgumentError / UnknownNameError / BudgetUnmetError from the pricing
 * stage, with messages naming the option to change.
 */
export function estimateNetworkSolve(input: NetworkSolveInput): NetworkSolveEstimate {
  const { source, n } = resolveDimension(input);
  const solver = checkSolverName(input.solver ?? ESTIMATE_DEFAULTS.solver);
  const costModel = checkCostModel(input.costModel ?? ESTIMATE_DEFAULTS.costModel);
  const qec = checkQecChoice(input.qec ?? (costModel === 'query' ? ESTIMATE_DEFAULTS.queryQec : ESTIMATE_DEFAULTS.qec));
  const profile = resolveHardware(input.hardware ?? ESTIMATE_DEFAULTS.hardware);
  const errorBudget = input.errorBudget ?? ESTIMATE_DEFAULTS.errorBudget;
  const shape: SolveShape = {
    n, sparsity: input.sparsity ?? ESTIMATE_DEFAULTS.sparsity, kappa: input.kappa ?? ESTIMATE_DEFAULTS.kappa,
    epsilon: input.epsilon ?? ESTIMATE_DEFAULTS.epsilon, ...(input.alpha !== undefined ? { alpha: input.alpha } : {}),
  };
  const q = priceQuantumSolveDetailed(shape, {
    solver, profile, qec, errorBudget, oracleBits: input.oracleBits, endToEnd: true, costModel,
    dataLoading: input.dataLoading ?? ESTIMATE_DEFAULTS.dataLoading, logicalQubitBudget: input.logicalQubitBudget, dataLoadingFront: input.dataLoadingFront ?? true,
  });
  const flopRateSource = input.flopRatePerSecond === undefined ? 'measured' as const : 'given' as const;
  const flopRatePerSecond = input.flopRatePerSecond ?? measureFlopRate();
  const c = priceClassicalSolveDetailed(shape, flopRatePerSecond);
  const { plan, price } = q;
  const e2e = q.endToEnd!;
  const lg = price.logical;
  const ph = price.physical;
  const v = verdictOf(price.solverSeconds, c.best.seconds);
  const ve = verdictOf(e2e.totalSeconds, c.best.seconds);
  return {
    problem: {
      source, ...(source === 'params' ? { params: n } : {}), n, paddedDim: plan.paddedDim, sparsity: plan.shape.sparsity,
      nonZeroCount: plan.shape.nonZeroCount, kappa: plan.shape.kappa, epsilon: plan.shape.epsilon, alpha: plan.alpha,
      kappaEff: plan.kappaEff, oracleBits: plan.oracleBits, epsilonBlockEncoding: plan.epsilonBlockEncoding, epsilonAlgorithm: plan.epsilonAlgorithm,
    },
    solver: {
      name: solver, costModel, compiledCircuit: plan.isCompiledCircuit, ...(plan.degree !== undefined ? { degree: plan.degree } : {}),
      ...(plan.clockBits !== undefined ? { clockBits: plan.clockBits } : {}),
      successProbability: plan.successProbability, repetitions: plan.repetitions, expectedBlockEncodingQueries: plan.expectedQueries,
      notes: costModel === 'query' ? [...plan.notes, queryNote(plan.shape.n, plan.shape.sparsity)] : plan.notes,
    },
    logical: {
      qubits: lg.logicalQubitCount, totalGates: lg.totalGateCount, clifford: lg.cliffordCount, cnot: lg.cnotCount, t: lg.tCount,
      toffoli: lg.toffoliCount, rotations: lg.rotationCount, depthUpperBound: lg.depthUpperBound, tDepthUpperBound: lg.tDepthUpperBound,
      blockEncodingQueries: price.blockEncodingQueries, gatesIncludeOracle: costModel === 'compiled',
    },
    ...(price.queryModel ? { queryModel: { ...price.queryModel } } : {}),
    ...(price.dataLoading ? {
      dataLoading: {
        request: price.dataLoading.request, construction: price.dataLoading.construction, label: price.dataLoading.label,
        reason: price.dataLoading.reason,
        ...(price.dataLoading.logicalQubitBudget !== undefined ? { logicalQubitBudget: price.dataLoading.logicalQubitBudget } : {}),
        front: [...(price.dataLoading.front ?? price.dataLoading.candidates)].sort((a, b) => a.logicalQubits - b.logicalQubits || a.perRunSeconds - b.perRunSeconds),
      },
    } : {}),
    hardware: { name: profile.name, description: profile.description },
    qec, errorBudget,
    ...(ph ? {
      physical: {
        codeDistance: ph.codeDistance, physicalQubits: ph.physicalQubitCount, algorithmPhysicalQubits: ph.physicalQubitsForAlgorithm,
        factoryPhysicalQubits: ph.physicalQubitsForFactories, factoryCount: ph.factoryCopyCount, tStates: ph.tStateCount,
        logicalCycleTimeNs: ph.logicalCycleTimeNs, runtimePerRunSeconds: ph.runtimeNs / 1e9,
      },
    } : {}),
    runtime: {
      model: costModel === 'query'
        ? 'query model (paper): queries × one assumed QRAM access, no error correction'
        : qec === 'surface_code' ? 'surface code, Azure RE model' : 'no error correction, critical-path upper bound',
      perRunSeconds: q.perRunSeconds, solverSeconds: price.solverSeconds,
    },
    endToEnd: {
      statePreparationSeconds: e2e.statePreparationSeconds, perShotSeconds: e2e.perShotSeconds, readoutShots: e2e.readoutShotCount,
      totalSeconds: e2e.totalSeconds,
    },
    classical: {
      choleskyFlops: c.cholesky.totalFlops, choleskySeconds: c.cholesky.timeSeconds, cgIterations: c.conjugateGradient.iterationCount,
      cgFlops: c.conjugateGradient.totalFlops, cgSeconds: c.conjugateGradient.timeSeconds, best: c.best.method, bestSeconds: c.best.seconds,
      flopRatePerSecond, flopRateSource,
    },
    verdict: { cheaper: v.cheaper, ratio: v.ratio, cheaperEndToEnd: ve.cheaper, ratioEndToEnd: ve.ratio },
  };
}
