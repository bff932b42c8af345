/**
 * A transparent fake SolvePricer for scheduler tests, with a crossover the test controls:
 * quantum seconds = d·κ·log₂(N·κ/ε)·queryTimeSeconds (the QSVT query scaling of Gilyén et al.
 * with a per-query cost), classical seconds = N³/3 / flopRate (dense Cholesky). With
 * `fixedQuantumSeconds` the quantum price is that constant instead, so the crossover is at
 * N³/3 = fixedQuantumSeconds·flopRate: blocks above that N go quantum. With `endToEnd` (default
 * true, as a real pricer made with endToEnd: true) the price also carries a read-out of
 * ⌈N/ε²⌉ shots, each one solver run plus a state preparation of `statePreparationSeconds`.
 */
import type { ClassicalPrice, QuantumPrice, SolvePricer, SolveShape } from '../../../src/schedule/price/types';

/** Block-encoding queries of the fake: d·κ·log₂(N·κ/ε). */
export function fakeQueries(s: SolveShape): number {
  return s.sparsity * s.kappa * Math.log2((s.n * s.kappa) / s.epsilon);
}

/** The fake pricer (see the module comment). */
export function makeFakePricer(queryTimeSeconds: number, flopRate: number, fixedQuantumSeconds?: number, endToEnd = true, statePreparationSeconds = 0): SolvePricer {
  return {
    quantum(s: SolveShape): QuantumPrice {
      const q = fakeQueries(s);
      const seconds = fixedQuantumSeconds ?? q * queryTimeSeconds;
      const shots = Math.ceil(s.n / (s.epsilon * s.epsilon));
      const total = shots * (seconds + statePreparationSeconds);
      return {
        solver: 'qsvt', blockEncodingQueries: q, repetitions: 1, solverSeconds: seconds,
        ...(endToEnd ? { endToEndSeconds: total - seconds, statePreparationSeconds, readoutShotCount: shots, totalSeconds: total } : { totalSeconds: seconds }),
        logical: {
          logicalQubitCount: 0, totalGateCount: 0, cliffordCount: 0, cnotCount: 0, twoQubitGateCount: 0, tCount: 0, toffoliCount: 0, rotationCount: 0,
          measurementCount: 0, resetCount: 0, otherCount: 0, depthUpperBound: 0, tDepthUpperBound: 0, rotationDepthUpperBound: 0, byName: {},
        },
      };
    },
    classical(s: SolveShape): ClassicalPrice {
      const flops = (s.n ** 3) / 3;
      return { method: 'cholesky', flops, seconds: flops / flopRate };
    },
  };
}
