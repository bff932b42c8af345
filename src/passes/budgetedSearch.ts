import { Circuit, CircuitBuilder } from '../ir';
import { makeRng } from '../math/rng';
import { requirePositiveFinite } from '../errors/ranges';
import { sequence } from './combinators';
import { namCounts } from './namCounts';
import { Pass } from './pass';

/** Options of {@link searchWithBudget}. */
export interface BudgetedSearchOptions {
  /** Wall-clock budget in seconds (> 0): no round starts after it. */
  readonly budgetS: number;
  /** Seed of the qubit relabelings (default 1). */
  readonly seed?: number;
  /** Cap on rounds (default 10,000): bounds the work when rounds are very fast. */
  readonly maxRounds?: number;
}

/** Result of {@link searchWithBudget}. */
export interface BudgetedSearchResult {
  readonly circuit: Circuit;
  /** Rounds run, and rounds whose result became the new best. */
  readonly rounds: number;
  readonly improvements: number;
}

/** The circuit with qubit q moved to perm[q] (registers kept: a relabeling for the passes only). */
function relabel(c: Circuit, perm: readonly number[]): Circuit {
  const b = new CircuitBuilder();
  for (const r of c.qregs) b.addQreg(r.name, r.size);
  for (const r of c.cregs) b.addCreg(r.name, r.size);
  return b.append(c, perm).build();
}

/** Lexicographic cost (T, CNOT, all gates; Nam convention): lower is better. */
function isBetter(a: Circuit, b: Circuit): boolean {
  const x = namCounts(a), y = namCounts(b);
  if (x.t !== y.t) return x.t < y.t;
  if (x.cnot !== y.cnot) return x.cnot < y.cnot;
  return x.total < y.total;
}

/**
 * Budgeted search over rewrite orders (level 4; in the spirit of GUOQ, Xu et al. ASPLOS 2025, and
 * Quartz, Xu et al. PLDI 2022, which rerun rewrites and resynthesis in randomized orders under a
 * time budget): each round relabels the qubits of the best circuit so far by a random
 * permutation (the passes' greedy choices — region growth, phase-folding roles, synthesis ties —
 * follow qubit and gate order, so they take other paths), runs `passes`, relabels back, and keeps
 * the result when it is better in (T, CNOT, total gates). The passes preserve the unitary (each
 * TODD or resynthesis rewrite is checked exactly, toddRegions.ts / regionResynthesis.ts), and a
 * relabeling is exact, so every kept circuit equals the input up to global phase. T never rises
 * above the input's. Deterministic for a given seed and number of rounds; the number of rounds
 * depends on machine speed.
 */
export function searchWithBudget(circuit: Circuit, passes: readonly Pass[], opts: BudgetedSearchOptions): BudgetedSearchResult {
  const budgetS = requirePositiveFinite(opts.budgetS, 'time budget (s)');
  const deadlineMs = Date.now() + 1000 * budgetS;
  const maxRounds = opts.maxRounds ?? 10000;
  const rng = makeRng(opts.seed ?? 1);
  const n = circuit.numQubits;
  const run = sequence('level4 round', passes);
  let best = circuit, rounds = 0, improvements = 0;
  while (rounds < maxRounds && Date.now() < deadlineMs) {
    rounds++;
    const perm = Array.from({ length: n }, (_, q) => q);
    for (let i = n - 1; i > 0; i--) { const j = rng.int(i + 1); [perm[i], perm[j]] = [perm[j], perm[i]]; }
    const inv = new Array<number>(n);
    perm.forEach((p, q) => { inv[p] = q; });
    const cand = relabel(run.run(relabel(best, perm)).circuit, inv);
    if (isBetter(cand, best)) { best = cand; improvements++; }
  }
  return { circuit: best, rounds, improvements };
}
