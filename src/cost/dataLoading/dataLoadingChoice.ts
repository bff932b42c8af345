import { BudgetUnmetError, UnknownNameError } from '../../errors';
import {
  bucketBrigadeCounts, bucketBrigadeLayout, qroamBlockCount, qroamCleanToffoliCount, qroamDirtyWidth, qroamSwapCount, qroamWidth,
  unaryIterationCounts,
} from '../../ops';

/** Data-loading constructions for one table lookup of L entries of b bits. */
export type DataLoadingKind = 'qrom' | 'qroam_clean' | 'qroam_dirty' | 'qram_bucket_brigade';

/** What `--oracle` may ask for: one family or 'auto' (cheapest that fits). */
export type DataLoadingRequest = 'qrom' | 'qroam' | 'qram' | 'auto';

/** Every request name, for messages. */
export const DATA_LOADING_REQUESTS: readonly DataLoadingRequest[] = ['qrom', 'qroam', 'qram', 'auto'];

/** One construction with its per-lookup cost. */
export interface DataLoadingOption {
  readonly kind: DataLoadingKind;
  /** log₂ K for QROAM (0 for QROM and QRAM). */
  readonly blockBits: number;
  /** Logical qubits of the op (QRAM: including the N·b memory qubits; dirty QROAM: including its K·b borrowed registers). */
  readonly qubitCount: number;
  /**
   * Toffolis per lookup, measurement-based AND uncompute for the unary iterations (Berry et al.
   * 2019 convention); QRAM: its ccx + controlled swaps as compiled (exact uncompute).
   */
  readonly toffoliCount: number;
}

function ceilLog2(x: number): number {
  let n = 0;
  while (2 ** n < x) n++;
  return n;
}

/**
 * All constructions for L entries of b bits: QROM, clean and dirty select-swap QROAM for every
 * block size K = 2^k (k = 1..⌈log₂ L⌉), and the bucket-brigade QRAM (n = ⌈log₂ L⌉ ≤ 20). Counts
 * come from the ops' own closed forms (ops/oracles/qroam.ts, bucketBrigade.ts), so they agree with
 * their decompositions (registry test).
 */
export function dataLoadingOptions(length: number, numOutBits: number): readonly DataLoadingOption[] {
  const n = ceilLog2(length);
  const out: DataLoadingOption[] = [{ kind: 'qrom', blockBits: 0, qubitCount: qroamWidth(n, numOutBits, 0), toffoliCount: qroamCleanToffoliCount(length, numOutBits, 0) }];
  for (let k = 1; k <= n; k++) {
    out.push({ kind: 'qroam_clean', blockBits: k, qubitCount: qroamWidth(n, numOutBits, k), toffoliCount: qroamCleanToffoliCount(length, numOutBits, k) });
    const ands = unaryIterationCounts(n - k, qroamBlockCount(length, k)).ccx / 2;
    out.push({ kind: 'qroam_dirty', blockBits: k, qubitCount: qroamDirtyWidth(n, numOutBits, k), toffoliCount: 2 * ands + 4 * qroamSwapCount(numOutBits, k) });
  }
  if (n >= 1 && n <= 20) {
    const c = bucketBrigadeCounts(n, numOutBits);
    out.push({ kind: 'qram_bucket_brigade', blockBits: 0, qubitCount: bucketBrigadeLayout(n, numOutBits).width, toffoliCount: c.ccx + c.cswap });
  }
  return out;
}

/** The qubits-vs-Toffolis Pareto front of {@link dataLoadingOptions}, by increasing qubits. */
export function dataLoadingParetoFront(options: readonly DataLoadingOption[]): readonly DataLoadingOption[] {
  const sorted = [...options].sort((a, b) => a.qubitCount - b.qubitCount || a.toffoliCount - b.toffoliCount);
  const front: DataLoadingOption[] = [];
  for (const o of sorted) if (!front.length || o.toffoliCount < front[front.length - 1].toffoliCount) front.push(o);
  return front;
}

const FAMILY: Readonly<Record<Exclude<DataLoadingRequest, 'auto'>, readonly DataLoadingKind[]>> = {
  qrom: ['qrom'], qroam: ['qroam_clean', 'qroam_dirty'], qram: ['qram_bucket_brigade'],
};

/**
 * The Toffoli-cheapest construction of the requested family (or of all, for 'auto') whose qubit
 * count fits `qubitBudget` (ties: fewer qubits). Throws {@link UnknownNameError} for an unknown
 * request and {@link BudgetUnmetError} when nothing fits, naming the smallest qubit count needed.
 */
export function chooseDataLoading(length: number, numOutBits: number, request: string, qubitBudget: number): DataLoadingOption {
  if (!(DATA_LOADING_REQUESTS as readonly string[]).includes(request)) throw new UnknownNameError('data-loading oracle', request, DATA_LOADING_REQUESTS);
  const req = request as DataLoadingRequest;
  const all = dataLoadingOptions(length, numOutBits).filter((o) => req === 'auto' || FAMILY[req].includes(o.kind));
  const fits = all.filter((o) => o.qubitCount <= qubitBudget);
  if (!fits.length) {
    const minQubits = all.reduce((m, o) => Math.min(m, o.qubitCount), Infinity);
    throw new BudgetUnmetError(
      `no ${req === 'auto' ? 'data-loading construction' : `'${req}' construction`} for ${length} entries of ${numOutBits} bits fits ${qubitBudget} logical qubits `
      + `(the smallest needs ${Number.isFinite(minQubits) ? minQubits : 'an address of 1..20 bits'}); raise the qubit budget${req === 'auto' ? '' : " or request 'auto'"}`,
      { length, numOutBits, request: req, qubitBudget, minQubits });
  }
  return fits.reduce((best, o) => (o.toffoliCount < best.toffoliCount || (o.toffoliCount === best.toffoliCount && o.qubitCount < best.qubitCount) ? o : best));
}
