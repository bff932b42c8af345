/**
 * The data-loading option of the pricing stage: which construction the sparse-access oracles of
 * the block encoding use for their table lookups (src/ops/oracles/lookupConstruction.ts), and the
 * rule that picks one. Every candidate is priced the same way as the solve itself — the
 * call-graph fold of the whole shape-only solver circuit with that construction, then the
 * un-encoded or surface-code runtime on the hardware profile — so the choice is per problem
 * (N, d, b) and per hardware.
 *
 * Candidates for an index of n = ⌈log₂N⌉ + ⌈log₂d⌉ bits: 'qrom'; 'qroam': clean and dirty
 * select-swap QROAM at every block size K = 2^k, k = 1..min(n, {@link MAX_QROAM_BLOCK_BITS});
 * 'qram': the bucket-brigade QRAM circuit (n ≤ 20); 'auto': all of them. The block sizes are
 * scanned upwards and a kind's scan stops two sizes past its runtime minimum (larger K: more
 * qubits and more time, so dominated; see scanBlockSizes in quantumPrice.ts).
 *
 * Rule ('auto' and the 'qroam' family): among the candidates whose solver circuit fits the
 * logical-qubit budget, the one with the shortest runtime of one run (= of the solve: every
 * candidate has the same queries and repetitions); ties go to fewer logical qubits.
 */
import { BudgetUnmetError, InvalidArgumentError, UnknownNameError } from '../../errors';
import { DATA_LOADING_REQUESTS, DataLoadingRequest } from '../../cost';
import { LookupConstruction, MAX_QRAM_ADDRESS_BITS, QROM_LOOKUP, lookupLabel } from '../../ops/oracles/lookupConstruction';

/** Default data-loading request of the pricing stage: the plain QROM (the compiled model before issue 12). */
export const DEFAULT_DATA_LOADING: DataLoadingRequest = 'qrom';

/** Every data-loading request name (the option's allowed values). */
export { DATA_LOADING_REQUESTS };
export type { DataLoadingRequest };

/** Largest QROAM block size considered: K = 2^20 registers. */
export const MAX_QROAM_BLOCK_BITS = 20;

/** Validated data-loading request; UnknownNameError otherwise. */
export function checkDataLoadingRequest(request: string): DataLoadingRequest {
  if (!(DATA_LOADING_REQUESTS as readonly string[]).includes(request)) throw new UnknownNameError('data-loading construction', request, DATA_LOADING_REQUESTS);
  return request as DataLoadingRequest;
}

/** Validated logical-qubit budget: a positive integer or Infinity; InvalidArgumentError otherwise. */
export function checkLogicalQubitBudget(budget: number): number {
  if (!(budget === Infinity || (Number.isInteger(budget) && budget >= 1))) {
    throw new InvalidArgumentError(`logical-qubit budget must be a positive integer, got ${budget}`, { logicalQubitBudget: budget });
  }
  return budget;
}

/** The constructions a request considers for an index of `numIndexBits` bits (see the file comment). */
export function dataLoadingCandidates(request: DataLoadingRequest, numIndexBits: number): readonly LookupConstruction[] {
  const out: LookupConstruction[] = [];
  if (request === 'qrom' || request === 'auto') out.push(QROM_LOOKUP);
  if (request === 'qroam' || request === 'auto') {
    for (let k = 1; k <= Math.min(numIndexBits, MAX_QROAM_BLOCK_BITS); k++) {
      out.push({ kind: 'qroam_clean', blockBits: k }, { kind: 'qroam_dirty', blockBits: k });
    }
  }
  if ((request === 'qram' || request === 'auto') && numIndexBits >= 1 && numIndexBits <= MAX_QRAM_ADDRESS_BITS) out.push({ kind: 'qram_bucket_brigade', blockBits: 0 });
  return out;
}

/** One priced candidate: the construction, the solver's logical qubits and the runtime of one run. */
export interface DataLoadingPoint {
  readonly construction: LookupConstruction;
  /** Display name, e.g. 'qroam_clean(K=16)'. */
  readonly label: string;
  readonly logicalQubits: number;
  /** Toffolis of one run of the solver (call-graph fold). */
  readonly toffoliCount: number;
  /** Runtime of one run on the profile, seconds (surface code or un-encoded, as priced). */
  readonly perRunSeconds: number;
  /** Within the logical-qubit budget. */
  readonly fitsBudget: boolean;
  /** Some other point has ≤ qubits and ≤ runtime, one of them strictly (not on the Pareto front). */
  readonly dominated: boolean;
}

/** Marks the points not on the qubits-vs-runtime Pareto front (minimize both). */
export function markDominated(points: readonly Omit<DataLoadingPoint, 'dominated'>[]): readonly DataLoadingPoint[] {
  return points.map((p) => ({
    ...p,
    dominated: points.some((o) => o.logicalQubits <= p.logicalQubits && o.perRunSeconds <= p.perRunSeconds
      && (o.logicalQubits < p.logicalQubits || o.perRunSeconds < p.perRunSeconds)),
  }));
}

/**
 * The rule of the file comment: the fastest candidate within the budget (ties: fewer qubits).
 * Throws BudgetUnmetError when none fits, saying how many logical qubits the smallest needs.
 */
export function chooseDataLoadingPoint(points: readonly DataLoadingPoint[], request: DataLoadingRequest, budget: number): DataLoadingPoint {
  const fits = points.filter((p) => p.fitsBudget);
  if (!fits.length) {
    if (!points.length) {
      throw new BudgetUnmetError(`no '${request}' data-loading construction exists for this index width (the QRAM circuit needs 1..${MAX_QRAM_ADDRESS_BITS} address bits); request another construction`,
        { dataLoading: request });
    }
    const smallest = points.reduce((m, p) => (p.logicalQubits < m.logicalQubits ? p : m));
    throw new BudgetUnmetError(
      `no ${request === 'auto' ? 'data-loading construction' : `'${request}' data-loading construction`} fits the budget of ${budget} logical qubits: `
      + `the smallest, ${smallest.label}, needs ${smallest.logicalQubits}; raise the logical-qubit budget to at least ${smallest.logicalQubits}`
      + (request === 'auto' ? '' : " or request 'auto'"),
      { dataLoading: request, logicalQubitBudget: budget, minLogicalQubits: smallest.logicalQubits });
  }
  return fits.reduce((best, p) => (p.perRunSeconds < best.perRunSeconds
    || (p.perRunSeconds === best.perRunSeconds && p.logicalQubits < best.logicalQubits) ? p : best));
}

/** Why a point was chosen, in words (for reports). */
export function dataLoadingReason(chosen: DataLoadingPoint, request: DataLoadingRequest, considered: number, budget: number): string {
  const within = budget === Infinity ? 'no logical-qubit budget' : `budget ${budget} logical qubits`;
  if (considered === 1) return `${chosen.label}: the only '${request}' construction (${within})`;
  return `${chosen.label}: the shortest runtime per run among ${considered} '${request}' candidates within ${within} (ties: fewer qubits)`;
}

export { lookupLabel };
