/**
 * Stable orderings of a report's decisions for charts and tables: blocks in order of first
 * appearance (the scheduler's block order), steps ascending.
 */
import type { ScheduleDecision } from '../scheduler/report';

/** Block names in order of first appearance in the decisions. */
export function blockOrder(decisions: readonly ScheduleDecision[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const d of decisions) {
    if (!seen.has(d.block)) {
      seen.add(d.block);
      out.push(d.block);
    }
  }
  return out;
}

/** Distinct step numbers, ascending. */
export function stepOrder(decisions: readonly ScheduleDecision[]): number[] {
  return [...new Set(decisions.map((d) => d.step))].sort((a, b) => a - b);
}
