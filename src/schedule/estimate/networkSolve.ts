/**
 * `qnewton estimate`: the cost of one Newton-system solve H x = g of a network (P parameters →
 * N = P) or of a given N×N d-sparse system, quantum (logical counts, surface-code or un-encoded
 * runtime, end-to-end state preparation and read-out shown separately) against classical
 * (dense Cholesky and CG at a measured or given FLOP rate), as a plain-data report. The quantum
 * side is priced by the compiled circuit (default) or by the Q-Newton paper's query model
 * (queries × one assumed QRAM access, src/schedule/price/queryModel.ts), labelled in the report.
 */
import { measureFlopRate } from '../../cost';
import { priceClassicalSolveDetailed } from '../price/classicalPrice';
import { priceQuantumSolveDetailed } from '../price/quantumPrice';
import { queryLayerCount } from '../price/queryModel';
import type { CostModel, QecChoice } from '../price/types';
import type { DataLoadingPoint, DataLoadingRequest } from '../price/dataLoading';
import type { LookupConstruction } from '../../ops/oracles/lookupConstruction';
import {
  DataLoadingInput, ProblemInput, SolverInput, resolveDataLoadingOptions, resolveProblemOptions, resolveSolverOptions,
} from './problemOptions';

/**
 * Input of {@link estimateNetworkSolve}: the problem (exactly one of `params` (N = P) and `n`), the
 * solver and the data loading; every option, its default and its range are declared in problemOptions.ts.
 */
export interface NetworkSolveInput extends ProblemInput, SolverInput, DataLoadingInput {
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

function queryNote(n: number, sparsity: number): string {
  return `cost model 'query' (Q-Newton, arXiv:2405.00252): ASSUMES efficient oracle access (QRAM); each block-encoding query ` +
    `= ⌈log₂(N·d)⌉ = ${queryLayerCount(n, sparsity)} two-qubit layers; the O(N·d)-Toffoli QROM oracles of the compiled circuit ` +
    'are not priced and their gates are left out of the logical counts (the compiled cost model shows them)';
}

function verdictOf(quantumSeconds: number, classicalSeconds: number): { cheaper: 'quantum' | 'classical'; ratio: number } {
  const cheaper = quantumSeconds < classicalSeconds ? 'quantum' as const : 'classical' as const;
  return { cheaper, ratio: Math.max(quantumSeconds, classicalSeconds) / Math.min(quantumSeconds, classicalSeconds) };
}

/**
 * Estimate one Newton-system solve (see the file comment and {@link NetworkSolveInput} for the
 * defaults). Throws InvalidArgumentError / UnknownNameError / BudgetUnmetError from the pricing
 * stage, with messages naming the quantity to change.
 */
export function estimateNetworkSolve(input: NetworkSolveInput): NetworkSolveEstimate {
  const { source, shape, profile, errorBudget, oracleBits, flopRatePerSecond: givenRate } = resolveProblemOptions(input);
  const n = shape.n;
  const { solver, costModel, qec } = resolveSolverOptions(input);
  const { dataLoading, logicalQubitBudget } = resolveDataLoadingOptions(input);
  const q = priceQuantumSolveDetailed(shape, {
    solver, profile, qec, errorBudget, oracleBits, endToEnd: true, costModel,
    dataLoading, logicalQubitBudget, dataLoadingFront: input.dataLoadingFront ?? true,
  });
  const flopRateSource = givenRate === undefined ? 'measured' as const : 'given' as const;
  const flopRatePerSecond = givenRate ?? measureFlopRate();
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
