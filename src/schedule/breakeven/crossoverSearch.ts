/**
 * (b) of `qnewton breakeven`: the smallest N at which the quantum time drops below the classical
 * one on a fixed profile. N runs over a log grid (four points per decade, from the smallest grid
 * point ≥ max(2, d) up to {@link MAX_SEARCH_N} or the largest N the sparse-access oracle can index,
 * 2^(52 − ⌈log₂ d⌉), whichever is smaller, that limit included as the last point); the first grid point where quantum wins is refined
 * by integer bisection against the grid point before it, down to a bracket of relative width
 * 1e-3. The grid points above the crossing are then checked too: the first one where quantum loses
 * again is reported (to grid precision) as `losesAgainN`.
 */
import { isQnError } from '../../errors';
import { ceilLog2 } from '../../ops/arith/qrom';
import { MAX_ORACLE_INDEX_BITS } from '../price/validateShape';

/** Upper end of the N search. */
export const MAX_SEARCH_N = 1e15;
/** Grid points per decade of N. */
export const GRID_POINTS_PER_DECADE = 4;

/** The N search result. */
export interface CrossoverResult {
  /**
   * 'from': quantum wins from `crossoverN` on; 'always': already at the smallest N; 'never': not
   * up to `searchedUpToN`; 'unpriced': the pricer refuses already the smallest N (`stoppedBy` says why).
   */
  readonly outcome: 'from' | 'always' | 'never' | 'unpriced';
  /** Smallest N found where quantum wins (outcome 'from' / 'always'). */
  readonly crossoverN?: number;
  /** Largest N checked where quantum still loses (outcome 'from'): the crossover lies in (loseN, crossoverN]. */
  readonly loseN?: number;
  readonly searchedFromN: number;
  readonly searchedUpToN: number;
  /** First grid point above `crossoverN` where quantum loses again (classical wins back), if any. */
  readonly losesAgainN?: number;
  /** Why the search stopped before MAX_SEARCH_N (a pricing error), if it did. */
  readonly stoppedBy?: string;
}

/** Largest N searched for sparsity d: min(MAX_SEARCH_N, 2^(MAX_ORACLE_INDEX_BITS − ⌈log₂ d⌉)). */
export function searchLimitN(sparsity: number): number {
  return Math.min(MAX_SEARCH_N, 2 ** (MAX_ORACLE_INDEX_BITS - ceilLog2(sparsity)));
}

/** The log grid of N for sparsity d: 10^(k/4) rounded, ≥ max(2, d), ≤ {@link searchLimitN} (included), strictly increasing. */
export function searchGrid(sparsity: number): number[] {
  const out: number[] = [];
  const limit = searchLimitN(sparsity);
  const top = Math.round(Math.log10(MAX_SEARCH_N) * GRID_POINTS_PER_DECADE);
  for (let k = 0; k <= top; k++) {
    const n = Math.round(10 ** (k / GRID_POINTS_PER_DECADE));
    if (n >= Math.max(2, sparsity) && n <= limit && (!out.length || n > out[out.length - 1])) out.push(n);
  }
  if (out[out.length - 1] < limit) out.push(limit);
  return out;
}

/**
 * Search the crossover of `quantumWins(N)` over {@link searchGrid}. A QnError thrown while pricing
 * (e.g. the surface code cannot meet the budget) ends the search at the last N priced.
 */
export function searchCrossover(sparsity: number, quantumWins: (n: number) => boolean): CrossoverResult {
  const grid = searchGrid(sparsity);
  let last = grid[0];
  for (let i = 0; i < grid.length; i++) {
    let wins: boolean;
    try {
      wins = quantumWins(grid[i]);
    } catch (e) {
      if (!isQnError(e)) throw e;
      if (i === 0) return Object.freeze({ outcome: 'unpriced' as const, searchedFromN: grid[0], searchedUpToN: grid[0], stoppedBy: `N = ${grid[0]}: ${e.message}` });
      return Object.freeze({ outcome: 'never' as const, searchedFromN: grid[0], searchedUpToN: last, stoppedBy: `N = ${grid[i]}: ${e.message}` });
    }
    if (wins) {
      const tail = scanTail(grid, i, quantumWins);
      if (i === 0) return Object.freeze({ outcome: 'always' as const, crossoverN: grid[0], searchedFromN: grid[0], ...tail });
      let lo = grid[i - 1], hi = grid[i];
      while (hi - lo > Math.max(1, lo * 1e-3)) {
        const mid = Math.floor((lo + hi) / 2);
        if (quantumWins(mid)) hi = mid; else lo = mid;
      }
      return Object.freeze({ outcome: 'from' as const, crossoverN: hi, loseN: lo, searchedFromN: grid[0], ...tail });
    }
    last = grid[i];
  }
  return Object.freeze({ outcome: 'never' as const, searchedFromN: grid[0], searchedUpToN: last });
}

/** Check the grid above index `i` (a win) for the first loss; a pricing QnError ends the scan. */
function scanTail(grid: readonly number[], i: number, quantumWins: (n: number) => boolean): { searchedUpToN: number; losesAgainN?: number; stoppedBy?: string } {
  for (let j = i + 1; j < grid.length; j++) {
    try {
      if (!quantumWins(grid[j])) return { searchedUpToN: grid[j], losesAgainN: grid[j] };
    } catch (e) {
      if (!isQnError(e)) throw e;
      return { searchedUpToN: grid[j - 1], stoppedBy: `N = ${grid[j]}: ${e.message}` };
    }
  }
  return { searchedUpToN: grid[grid.length - 1] };
}
