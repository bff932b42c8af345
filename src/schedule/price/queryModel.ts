/**
 * The 'query' cost model of a quantum linear solve — the Q-Newton paper's accounting (Li, Liu,
 * Wang, Chen, arXiv:2405.00252: a solve costs O(d·κ·log(N·κ/ε)) block-encoding queries, each
 * query charged like one gate). Runtime = expected block-encoding queries (repetitions and
 * amplitude amplification included, exactly as in the compiled model) × the time of one query.
 *
 * ASSUMPTION (not a compiled circuit): one query = one oracle access through an efficient QRAM,
 * modelled as {@link queryLayerCount} = ⌈log₂(N·d)⌉ two-qubit-gate layers, because a bucket-brigade
 * style QRAM routes an address through a binary tree whose depth is log₂ of the table size (N·d
 * stored entries). The compiled model instead builds the oracle as a QROM lookup with O(N·d)
 * Toffolis per query; the difference between the two prices is what the QRAM assumption buys.
 *
 * Only the queries are timed: the non-oracle gates of a run (projector phases, HHL's clock) are
 * reported as logical counts but not added to the time, as in the paper's query complexity.
 * Priced un-encoded only (qec 'none'): a fault-tolerant QRAM has no agreed surface-code cost and
 * we would have to invent one (checkCostModelQec in validateShape.ts rejects 'surface_code').
 */
import type { HardwareProfile } from '../../cost';
import { ceilLog2 } from '../../ops/arith/qrom';
import type { QuantumSolvePlan } from './solverPlan';
import type { QueryModelDetails } from './types';

/**
 * Two-qubit-gate layers of ONE block-encoding query under the QRAM assumption: ⌈log₂(N·d)⌉
 * (at least 1), the depth of a binary address tree over the N·d stored entries. `n` = N, `sparsity` = d.
 */
export function queryLayerCount(n: number, sparsity: number): number {
  return Math.max(1, ceilLog2(n * sparsity));
}

/** Time of one block-encoding query on `profile`, ns: {@link queryLayerCount} × two-qubit gate time. */
export function queryTimeNs(n: number, sparsity: number, profile: HardwareProfile): number {
  return queryLayerCount(n, sparsity) * profile.twoQubitGateTimeNs;
}

/** Query-model numbers of a plan: layers per query, time per query (ns), expected queries. */
export function queryModelDetails(plan: QuantumSolvePlan, profile: HardwareProfile): QueryModelDetails {
  const { n, sparsity } = plan.shape;
  return Object.freeze({
    layersPerQuery: queryLayerCount(n, sparsity), queryTimeNs: queryTimeNs(n, sparsity, profile),
    expectedQueries: plan.queriesPerRun * plan.repetitions,
  });
}

/** Un-encoded time of ONE run under the query model, seconds: queries per run × query time. */
export function queryModelRunSeconds(plan: QuantumSolvePlan, profile: HardwareProfile): number {
  return (plan.queriesPerRun * queryTimeNs(plan.shape.n, plan.shape.sparsity, profile)) / 1e9;
}
