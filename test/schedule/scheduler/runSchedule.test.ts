import { InvalidArgumentError, QnError, SingularMatrixError, UnknownNameError } from '../../../src/errors';
import { parameterCount, parseModelSpec } from '../../../src/hessian';
import { csrMaxRowNnz, isExactlySymmetricCsr } from '../../../src/math';
import {
  BlockSystem, blockSpectrum, formatScheduleReport, gradientStepFlops, newtonTotals, runQNewtonSchedule, ScheduleDecision, ScheduleReport, ScheduleOptions,
} from '../../../src/schedule/scheduler';
import { fakeQueries, makeFakePricer } from './fakePricer';

const TINY = 'mlp:16-4-10:tanh'; // blocks W1 (64), b1 (4), W2 (40), b2 (10)
const FLOPS = 1e9;
/** Short baselines for tests that are not about them (one learning rate each, small caps). */
const QUICK: ScheduleOptions = { sgdLearningRates: [0.3], adamLearningRates: [0.01], sgdMaxSteps: 20, hfMaxSteps: 3, testCount: 200 };

/** JSON of a report without the measured wall-clock times. */
function stableJson(r: ScheduleReport): string {
  return JSON.stringify({ ...r, wallSeconds: 0, measured: null });
}

describe('runQNewtonSchedule on a tiny model', () => {
  // Quantum costs a constant 3e-6 s: with N³/3/1e9 classical, N = 40 and 64 go quantum, N = 4 and 10 classical.
  const crossover = makeFakePricer(0, FLOPS, 3e-6);
  const base: ScheduleOptions = { ...QUICK, model: TINY, steps: 3, batchSize: 64, c: 0.5, sparsity: 8, epsilon: 1e-2, seed: 0, readout: false };
  let report: ScheduleReport;
  const progress: Array<[number, number, string]> = [];
  const phases: Array<[number, number, string]> = [];
  beforeAll(() => {
    report = runQNewtonSchedule(base, crossover, { onProgress: (d, t, l) => progress.push([d, t, l]), onPhaseProgress: (d, t, l) => phases.push([d, t, l]) });
  });

  it('reports fractional progress inside blocks (Hessian formation, pruning), never past the block', () => {
    expect(phases.some((p) => /^step 1\/3 W1 Hessian \d+%$/.test(p[2]))).toBe(true);
    expect(phases.some((p) => /^step 3\/3 W2 prune 100%$/.test(p[2]))).toBe(true);
    for (let i = 1; i < phases.length; i++) expect(phases[i][0]).toBeGreaterThanOrEqual(phases[i - 1][0]);
    expect(phases.every((p) => p[1] === 12 && p[0] <= 12)).toBe(true);
  });

  it('makes one decision per (step, block) in order and reports progress for each', () => {
    expect(report.decisions.map((d) => `${d.step}${d.block}`)).toEqual(
      [0, 1, 2].flatMap((s) => ['W1', 'b1', 'W2', 'b2'].map((b) => `${s}${b}`)));
    expect(progress.map((p) => p[0])).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(progress.every((p) => p[1] === 12)).toBe(true);
    expect(progress[5][2]).toBe('step 2/3 b1');
  });

  it('picks the cheaper price, and the crossover splits the blocks by N', () => {
    for (const d of report.decisions) {
      expect(d.quantumSeconds).toBe(3e-6);
      expect(d.classicalSeconds).toBeCloseTo(d.n ** 3 / 3 / FLOPS, 15);
      expect(d.choice).toBe(d.quantumSeconds < d.classicalSeconds ? 'quantum' : 'classical');
      expect(d.choice).toBe(d.n >= 40 ? 'quantum' : 'classical');
    }
  });

  it('passes the pruned block\'s shape to the pricer (queries recomputed from the logged κ, d, N)', () => {
    for (const d of report.decisions) {
      expect(d.sparsity).toBeLessThanOrEqual(Math.min(8, d.n));
      expect(d.nonZeroCount).toBeLessThanOrEqual(d.n * d.sparsity);
      expect(d.quantumQueries).toBeCloseTo(fakeQueries({ n: d.n, sparsity: d.sparsity, kappa: d.kappaAfter, epsilon: 1e-2 }), 6);
      expect(d.alpha).toBeGreaterThanOrEqual(1 - 1e-12);
    }
  });

  it('Newton updates lower the evaluation loss by a clear margin', () => {
    const ev = report.evalLossHistory as readonly number[];
    expect(ev).toHaveLength(4);
    expect(ev[3]).toBeLessThan(ev[0] - 0.3);
    expect(report.targetLoss).toBe(ev[3]);
    for (const d of report.decisions) expect(d.lossAfter).toBeLessThanOrEqual(d.lossBefore);
    expect(report.lossHistory).toHaveLength(4);
  });

  it('every decision\'s account follows the FLOP model, recomputed here from P, B and N', () => {
    const P = parameterCount(parseModelSpec(TINY)), B = 64;
    for (const d of report.decisions) {
      const a = d.account!;
      expect(a.gradient.flops).toBe(6 * P * B);
      if (d.block.startsWith('b')) expect(a.hessian.flops).toBe(2 * B * d.n * d.n + 6 * P * B); // bias: dense sum of the G_s
      else {
        // Weight blocks: 2·(the kernel's multiply-adds) + N² + 6·P·B (formationFlops.test.ts checks the count itself).
        const madds = (a.hessian.flops - d.n * d.n - 6 * P * B) / 2;
        expect(Number.isInteger(madds) && madds > 0).toBe(true);
        expect(madds).toBeLessThan(B * d.n * d.n);
      }
      expect(a.prune.flops).toBe(2 * d.n * d.n);
      expect(a.kappa.flops).toBe(Math.min(d.n, 300) * (2 * d.nonZeroCount + 10 * d.n));
      expect(a.classicalSolve.seconds).toBe(d.classicalSeconds);
      expect(a.lineSearch.flops % (2 * P * B)).toBe(0);
      for (const p of [a.gradient, a.hessian, a.prune, a.kappa, a.lineSearch]) expect(p.seconds).toBeCloseTo(p.flops / 1e10, 18);
      expect(a.quantumSolve.readout).toBe(false);
      expect(a.quantumSolve.totalSeconds).toBe(d.quantumSeconds);
      expect(a.quantumSolve.readoutSeconds + a.quantumSolve.statePreparationSeconds).toBe(0);
      expect(d.solveConverged).toBe(true);
      expect(d.solveIterations).toBe(1);
    }
  });

  it('Newton totals add every phase of every decision; classical Newton skips κ and solves classically', () => {
    const q = report.totals.find((t) => t.strategy === 'q-newton')!;
    const c = report.totals.find((t) => t.strategy === 'classical-newton')!;
    const shared = (d: ScheduleDecision): number => d.account!.gradient.seconds + d.account!.hessian.seconds + d.account!.prune.seconds + d.account!.lineSearch.seconds;
    const qOf = (d: ScheduleDecision): number => shared(d) + d.account!.kappa.seconds + Math.min(d.quantumSeconds, d.classicalSeconds);
    const sumQ = report.decisions.reduce((s, d) => s + qOf(d), 0);
    const sumC = report.decisions.reduce((s, d) => s + shared(d) + d.classicalSeconds, 0);
    expect(q.projectedSeconds).toBeCloseTo(sumQ, 15);
    expect(c.projectedSeconds).toBeCloseTo(sumC, 15);
    expect(q.phases!.reduce((s, p) => s + p.seconds, 0)).toBeCloseTo(sumQ, 15);
    expect(c.phases!.map((p) => p.phase)).not.toContain('kappa');
    expect(q.solveSeconds).toBeCloseTo(report.decisions.reduce((s, d) => s + Math.min(d.quantumSeconds, d.classicalSeconds), 0), 15);
    expect(q.cumulativeSeconds).toHaveLength(3);
    expect(q.cumulativeSeconds[2]).toBe(q.projectedSeconds);
    const step1 = report.decisions.filter((d) => d.step === 1).reduce((s, d) => s + qOf(d), 0);
    expect(q.cumulativeSeconds[1] - q.cumulativeSeconds[0]).toBeCloseTo(step1, 15);
    // Gradients and Hessians dominate this tiny model: the solves alone would understate both totals.
    expect(q.projectedSeconds).toBeGreaterThan(2 * q.solveSeconds!);
    expect(gradientStepFlops(parseModelSpec(TINY), 64)).toBe(6 * parameterCount(parseModelSpec(TINY)) * 64);
  });

  it('baselines start from the same parameters and pay 6·P·B (SGD) or 6·P·B + 10·P (Adam) per step', () => {
    const P = parameterCount(parseModelSpec(TINY));
    const sgd = report.totals.find((t) => t.strategy === 'sgd')!;
    const adam = report.totals.find((t) => t.strategy === 'adam')!;
    expect(sgd.projectedSeconds).toBeCloseTo((sgd.steps ?? 20) * (6 * P * 64) / 1e10, 15);
    expect(adam.projectedSeconds).toBeCloseTo((adam.steps ?? 20) * (6 * P * 64 + 10 * P) / 1e10, 15);
    expect(sgd.sweep!.map((x) => x.learningRate)).toEqual([0.3]);
    const hf = report.totals.find((t) => t.strategy === 'hessian-free-newton')!;
    expect(hf.solves).toBeLessThanOrEqual(3);
    for (const b of [sgd, adam, hf]) expect(b.phases!.reduce((x, p) => x + p.seconds, 0)).toBeCloseTo(b.projectedSeconds, 15);
    for (const t of report.totals) {
      expect(t.testAccuracy).toBeGreaterThanOrEqual(0);
      expect(t.testAccuracy).toBeLessThanOrEqual(1);
    }
    expect(report.totals.find((t) => t.strategy === 'q-newton')!.testAccuracy).toBe(report.testAccuracy);
  });

  it('newtonTotals agrees with a hand-built pair of decisions without accounts (solve prices only)', () => {
    const mk = (step: number, q: number, c: number): ScheduleDecision => ({
      ...report.decisions[0], step, quantumSeconds: q, classicalSeconds: c, choice: q < c ? 'quantum' : 'classical', account: undefined,
    });
    const [qn, cn] = newtonTotals([mk(0, 1, 2), mk(1, 5, 3)], 2);
    expect(qn.cumulativeSeconds).toEqual([1, 4]);
    expect(cn.cumulativeSeconds).toEqual([2, 5]);
  });

  it('the text report lists every strategy with its phases, the sweeps and the accounting label', () => {
    const text = formatScheduleReport(report);
    const header = text.findIndex((l) => /^\s*strategy\s+steps to loss/.test(l));
    expect(header).toBeGreaterThan(0);
    expect(text[header]).toMatch(/gradient s.*Hessian s.*κ s.*solves only s.*measured s.*test acc\./);
    const rows = text.slice(header + 2, header + 2 + report.totals.length);
    rows.forEach((r, i) => expect(r.trim().startsWith(report.totals[i].strategy)).toBe(true));
    expect(text.join('\n')).toContain(`accounting: ${report.accounting!.label}`);
    expect(text.join('\n')).toMatch(/sgd learning-rate sweep \(picked η = 0\.3\): η = 0\.3:/);
  });

  it('is deterministic: two runs give byte-identical JSON except wallSeconds', () => {
    const again = runQNewtonSchedule(base, crossover);
    expect(stableJson(again)).toBe(stableJson(report));
  });

  it('records the configuration and the accounting, and checks all four findings', () => {
    expect(report.config.model).toBe(TINY);
    expect(report.config.c).toBe(0.5);
    expect(report.config.readout).toBe(false);
    expect(report.accounting!.readout).toBe(false);
    expect(report.accounting!.label).toMatch(/--no-readout/);
    expect(report.findings.map((f) => f.id)).toEqual(['kappa-falls', 'high-kappa-classical', 'less-training-time', 'attosecond-quantum-wins']);
    expect(report.findings[3].holds).toBeNull();
    expect(report.measured!.decisions).toHaveLength(report.decisions.length);
  });
});

describe('runQNewtonSchedule: read-out on by default', () => {
  it('prices each quantum solve as ⌈N/ε²⌉ shots of state preparation + solver, split into its parts', () => {
    const prep = 1e-7, solver = 3e-6;
    const r = runQNewtonSchedule({ ...QUICK, model: TINY, steps: 1, c: 0.5 }, makeFakePricer(0, FLOPS, solver, true, prep));
    expect(r.accounting!.readout).toBe(true);
    expect(r.config.readout).toBe(true);
    for (const d of r.decisions) {
      const shots = Math.ceil(d.n / 1e-4);
      const qa = d.account!.quantumSolve;
      expect(d.quantumSeconds).toBeCloseTo(shots * (solver + prep), 12);
      expect(qa.readoutShotCount).toBe(shots);
      expect(qa.statePreparationSeconds).toBe(prep);
      expect(qa.solverSeconds).toBe(solver);
      expect(qa.statePreparationSeconds + qa.solverSeconds + qa.readoutSeconds).toBeCloseTo(qa.totalSeconds, 12);
    }
  });

  it('refuses a pricer that does not price read-out, naming both fixes', () => {
    expect(() => runQNewtonSchedule({ ...QUICK, model: TINY, steps: 1 }, makeFakePricer(0, FLOPS, 3e-6, false))).toThrow(/endToEnd: true.*readout: false/);
  });
});

describe('runQNewtonSchedule: simulated circuits and a second pricer', () => {
  it('solves tiny quantum blocks by simulating the QSVT circuit with fidelity > 0.99', () => {
    const cheapQuantum = makeFakePricer(1e-15, FLOPS);
    const atto = makeFakePricer(1e-18, FLOPS);
    const r = runQNewtonSchedule({ ...QUICK, model: TINY, steps: 1, c: 0.5, simulateMaxN: 16, attosecondPricer: atto }, cheapQuantum);
    const sim = r.decisions.filter((d) => d.applied === 'simulated-circuit');
    expect(sim.map((d) => d.block)).toEqual(['b1', 'b2']);
    for (const d of sim) {
      expect(d.choice).toBe('quantum');
      expect(d.simulationFidelity).toBeGreaterThan(0.99);
      expect(d.simulationFidelity).toBeLessThanOrEqual(1 + 1e-9);
      expect(d.lossAfter).toBeLessThan(d.lossBefore);
    }
    for (const d of r.decisions.filter((x) => x.n > 16)) expect(d.applied).toBe('classical-solve');
    const f = r.findings.find((x) => x.id === 'attosecond-quantum-wins')!;
    const qn = r.decisions.reduce((s, d) => s + Math.min(d.attosecondQuantumSeconds!, d.attosecondClassicalSeconds!), 0);
    const cn = r.decisions.reduce((s, d) => s + d.attosecondClassicalSeconds!, 0);
    expect(f.holds).toBe(qn < cn);
    // Read-out is on by default: ⌈N/ε²⌉ = 640000 shots of the N = 64 solve.
    expect(r.decisions[0].attosecondQuantumSeconds).toBeCloseTo(fakeQueries({ n: 64, sparsity: r.decisions[0].sparsity, kappa: r.decisions[0].kappaAfter, epsilon: 1e-2 }) * 1e-18 * 640000, 24);
  });

  it('hands every solved system to onBlockSystem, consistent with its decision', () => {
    const systems: BlockSystem[] = [];
    const r = runQNewtonSchedule({ ...QUICK, model: TINY, steps: 1, c: 0.5 }, makeFakePricer(1e-6, FLOPS), { onBlockSystem: (s) => systems.push(s) });
    expect(systems.map((s) => s.block)).toEqual(['W1', 'b1', 'W2', 'b2']);
    systems.forEach((s, i) => {
      const d = r.decisions[i];
      expect(s.decision).toBe(d);
      expect(s.matrix.n).toBe(d.n);
      expect(s.rhs).toHaveLength(d.n);
      expect(csrMaxRowNnz(s.matrix)).toBe(d.sparsity);
      expect(isExactlySymmetricCsr(s.matrix)).toBe(true);
      expect(Math.abs((blockSpectrum(s.matrix).kappa as number) / d.kappaAfter - 1)).toBeLessThan(1e-12);
    });
  });

  it('schedules only the requested blocks', () => {
    const r = runQNewtonSchedule({ ...QUICK, model: TINY, steps: 1, blocks: ['b2', 'W2'] }, makeFakePricer(1e-6, FLOPS));
    expect(r.decisions.map((d) => d.block)).toEqual(['b2', 'W2']);
  });
});

describe('runQNewtonSchedule: bad input', () => {
  const pricer = makeFakePricer(1e-6, FLOPS);
  it.each<[string, ScheduleOptions, new (...a: never[]) => QnError]>([
    ['unknown model kind', { model: 'cnn:16-10' }, UnknownNameError],
    ['bad widths', { model: 'mlp:17-4-10' }, InvalidArgumentError],
    ['steps < 1', { model: TINY, steps: 0 }, InvalidArgumentError],
    ['non-integer steps', { model: TINY, steps: 1.5 }, InvalidArgumentError],
    ['d < 1', { model: TINY, sparsity: 0 }, InvalidArgumentError],
    ['epsilon = 0', { model: TINY, epsilon: 0 }, InvalidArgumentError],
    ['epsilon = 1', { model: TINY, epsilon: 1 }, InvalidArgumentError],
    ['c < 0', { model: TINY, c: -0.1 }, InvalidArgumentError],
    ['unknown block', { model: TINY, blocks: ['W9'] }, UnknownNameError],
    ['batch > data', { model: TINY, batchSize: 100, trainCount: 50 }, InvalidArgumentError],
    ['step size > 1', { model: TINY, stepSize: 2 }, InvalidArgumentError],
    ['empty learning-rate sweep', { model: TINY, sgdLearningRates: [] }, InvalidArgumentError],
    ['negative learning rate', { model: TINY, adamLearningRates: [0.01, -1] }, InvalidArgumentError],
    ['test set larger than the held-out digits', { model: TINY, trainCount: 9500, testCount: 600 }, InvalidArgumentError],
    ['no held-out digits left', { model: TINY, trainCount: 10000 }, InvalidArgumentError],
    ['c = 0 leaves the unpruned softmax block singular', { ...QUICK, model: TINY, steps: 1, c: 0, sparsity: 10, blocks: ['b2'] }, SingularMatrixError],
  ])('%s → typed error', (_name, options, cls) => {
    expect(() => runQNewtonSchedule(options, pricer)).toThrow(cls);
  });
  it('batch > data: the message names the fix in library terms (no CLI flag)', () => {
    expect(() => runQNewtonSchedule({ model: TINY, batchSize: 100, trainCount: 50 }, pricer))
      .toThrow(/^batch size 100 exceeds the 50 training examples loaded; lower the batch size or load more training examples \(at least 100\)$/);
  });
});
