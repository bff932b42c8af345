/**
 * Hand-built schedule reports for the renderer tests: 3 blocks × 4 steps with mixed choices, a
 * null κ (indefinite Hessian), an infinite κ (singular), a simulated-circuit solve, a block whose
 * name is an HTML injection attempt, and totals whose cumulative series are summed here from the
 * decisions (so the expected totals are computed independently of the renderer).
 */
import type { FindingCheck, ScheduleDecision, ScheduleReport, StrategyTotal } from '../../../src/schedule/scheduler/report';

export const EVIL_BLOCK = '<script>alert("x")</script>';

interface BlockSpec {
  readonly name: string;
  readonly n: number;
  readonly kappa0: number;
}

const BLOCKS: readonly BlockSpec[] = [
  { name: 'W1', n: 40, kappa0: 2.5e5 },
  { name: 'b1', n: 8, kappa0: 9000 },
  { name: EVIL_BLOCK, n: 4, kappa0: 500 },
];

/** One decision: κ falls by 10× per step (step 0 all classical, later mostly quantum); quantum when projected cheaper. */
function decision(step: number, b: BlockSpec, loss: number): ScheduleDecision {
  const kappaAfter = Math.max(1.5, b.kappa0 / 10 ** step / 5);
  const quantumSeconds = 1e-9 * kappaAfter * Math.log2(b.n);
  const classicalSeconds = 1e-9 * b.n ** 3 + 1e-7;
  // Regularization lowers κ 5-fold in this fixture.
  let kappaBefore: number | null = kappaAfter * 5;
  let kappaNote: string | undefined;
  if (b.name === 'W1' && step === 1) {
    kappaBefore = null;
    kappaNote = 'indefinite: λmin = -3e-4 <b>not bold</b>';
  }
  if (b.name === 'b1' && step === 0) {
    kappaBefore = Infinity;
    kappaNote = 'singular';
  }
  const choice = quantumSeconds < classicalSeconds ? 'quantum' : 'classical';
  const simulated = b.n === 4 && choice === 'quantum';
  return {
    step,
    block: b.name,
    n: b.n,
    kappaBefore,
    kappaAfter,
    kappaNote,
    sparsity: Math.min(b.n, 5),
    nonZeroCount: Math.min(b.n, 5) * b.n,
    alpha: 1.5 + step,
    quantumSeconds,
    classicalSeconds,
    classicalMethod: b.n > 20 ? 'cg' : 'cholesky',
    quantumQueries: Math.round(kappaAfter * 100),
    choice,
    applied: simulated ? 'simulated-circuit' : 'classical-solve',
    simulationFidelity: simulated ? 0.99875 : undefined,
    lossBefore: loss,
    lossAfter: loss * 0.9,
  };
}

/** Running sums of per-step totals. */
export function cumulative(perStep: readonly number[]): number[] {
  const out: number[] = [];
  let s = 0;
  for (const v of perStep) out.push((s += v));
  return out;
}

/** The standard fixture: `steps` steps (default 4) over the three blocks. */
export function makeFixtureReport(steps = 4): ScheduleReport {
  const lossHistory = [2.3];
  const decisions: ScheduleDecision[] = [];
  for (let step = 0; step < steps; step++) {
    let loss = lossHistory[step];
    for (const b of BLOCKS) {
      const d = decision(step, b, loss);
      decisions.push(d);
      loss = d.lossAfter;
    }
    lossHistory.push(loss);
  }
  const stepsOf = (f: (d: ScheduleDecision) => number): number[] =>
    Array.from({ length: steps }, (_, s) => decisions.filter((d) => d.step === s).reduce((acc, d) => acc + f(d), 0));
  const qCum = cumulative(stepsOf((d) => (d.choice === 'quantum' ? d.quantumSeconds : d.classicalSeconds)));
  const cCum = cumulative(stepsOf((d) => d.classicalSeconds));
  const sgdCum = cumulative(Array.from({ length: 3 * steps }, () => 2e-4));
  const totals: StrategyTotal[] = [
    { strategy: 'q-newton', steps, projectedSeconds: qCum[qCum.length - 1] ?? 0, cumulativeSeconds: qCum },
    { strategy: 'classical-newton', steps, projectedSeconds: cCum[cCum.length - 1] ?? 0, cumulativeSeconds: cCum, note: 'Cholesky/CG on one CPU core' },
    { strategy: 'sgd', steps: null, projectedSeconds: sgdCum[sgdCum.length - 1] ?? 0, cumulativeSeconds: sgdCum, note: 'did not reach the target in 12 steps' },
  ];
  const findings: FindingCheck[] = [
    { id: 'kappa-falls', statement: 'κ falls as training proceeds', holds: true, detail: 'κ after fell from 5×10⁴ to 50 on W1 & b1' },
    { id: 'high-kappa-classical', statement: 'blocks with κ > 10⁴ go classical', holds: false, detail: 'W1 at step 0 went <quantum>' },
    { id: 'attosecond-quantum-wins', statement: 'with attosecond gates quantum wins', holds: null, detail: 'not testable: no attosecond hardware profile in this run' },
  ];
  return {
    version: 1,
    config: { model: 'mlp-4-8-3 "tiny"', steps, batchSize: 32, c: 1e-3, d: 5, epsilon: 0.01, hardware: 'superconducting', seed: 20240501, simulate: true },
    lossHistory,
    decisions,
    targetLoss: 1.2,
    totals,
    findings,
    wallSeconds: 3.25,
  };
}
