import {
  initParams, layerHessianBlocks, loadMnist, lossOf, parseModelSpec, sampleBatch, lossAndGradient, blockByName,
} from '../../../src/hessian';
import { conjugateGradient, csrFromDense, denseFromRows, makeRng, pruneSymmetric, regularize, symmetricEigenvalues } from '../../../src/math';
import {
  blockSpectrum, checkAttosecondQuantumWins, checkHighKappaClassical, checkKappaFalls, checkLessTrainingTime,
  dampedNewtonUpdate, firstOrderToTarget, hessianFreeToTarget, ScheduleDecision, sgdToTargetLoss, simulatedNewtonDirection,
  solveNewtonDirection, StrategyTotal, sweepLearningRates,
} from '../../../src/schedule/scheduler';
import { csrMatVec } from '../../../src/math/csrMatrix';
import { makeHvpOperator } from '../../../src/hessian/hvp';
import { solveDense } from '../../../src/math/qsp/linear';
import { classicalSolution } from '../../../src/synth';

const spec = parseModelSpec('mlp:16-4-10:tanh');
const data = loadMnist({ count: 300, seed: 0, inputDim: 16 });
const params = initParams(spec, 0);
const batch = sampleBatch(data, 64, makeRng(5));

describe('blockSpectrum', () => {
  it.each<[string, number[][], number | null, RegExp]>([
    ['positive definite', [[2, 0], [0, 0.5]], 4, /^dense-eigen$/],
    ['indefinite', [[2, 0], [0, -0.5]], 4, /indefinite: λmin = -0\.5, λmax = 2$/],
    ['singular', [[1, 1], [1, 1]], null, /singular/],
  ])('%s', (_name, rows, kappa, note) => {
    const s = blockSpectrum(denseFromRows(rows));
    if (kappa === null) expect(s.kappa).toBeNull(); else expect(s.kappa).toBeCloseTo(kappa, 12);
    expect(s.note).toMatch(note);
  });
});

describe('blockSpectrum above the dense limit (Lanczos)', () => {
  const n = 2100;
  const diag = (values: (i: number) => number) => ({
    n, rowPtr: Int32Array.from({ length: n + 1 }, (_, i) => i), colIdx: Int32Array.from({ length: n }, (_, i) => i), values: Float64Array.from({ length: n }, (_, i) => values(i)),
  });
  it('finds κ of a definite diagonal matrix', () => {
    const s = blockSpectrum(diag((i) => 1 + i));
    expect(Math.abs((s.kappa as number) / n - 1)).toBeLessThan(1e-6);
    expect(s.note).toMatch(/^lanczos/);
  });
  it('reports a singular matrix as κ = null instead of throwing', () => {
    const s = blockSpectrum(diag((i) => (i === 0 ? 0 : i)));
    expect(s.kappa).toBeNull();
    expect(s.note).toMatch(/singular/);
  });
});

describe('regularization of a real block Hessian (output layer, PSD and singular)', () => {
  it.each(['W2', 'b2'])('%s: κ_before is infinite, κ_after = (λmax+s)/(λmin+s) and is far smaller', (name) => {
    const h = layerHessianBlocks(spec, params, batch, [name])[0].matrix;
    const before = blockSpectrum(h);
    expect(before.kappa).toBeNull(); // softmax: the all-ones direction of each output is a null vector
    const reg = regularize(h, 0.05);
    const after = blockSpectrum(reg.matrix);
    const ev = symmetricEigenvalues(h);
    const expected = (ev[ev.length - 1] + reg.shift) / (Math.max(ev[0], 0) + reg.shift);
    expect(after.kappa).not.toBeNull();
    expect(Math.abs((after.kappa as number) / expected - 1)).toBeLessThan(1e-6);
    expect(after.kappa as number).toBeLessThanOrEqual(1 + ev[ev.length - 1] / reg.shift + 1e-9);
    expect(after.isPositiveDefinite).toBe(true);
  });

  // Only without pruning: pruning a regularized block to d = 8 can move an eigenvalue close to 0
  // (measured: W2, c = 0.1 gives κ 1.8e3 > κ at c = 0.01), so monotonicity in c holds for H + cmI only.
  it('larger c gives smaller κ_after on the unpruned PSD block (d = N)', () => {
    const h = layerHessianBlocks(spec, params, batch, ['W2'])[0].matrix;
    const k = [0.01, 0.1, 1].map((c) => blockSpectrum(pruneSymmetric(regularize(h, c).matrix, h.rows).matrix).kappa as number);
    expect(k[1]).toBeLessThan(k[0]);
    expect(k[2]).toBeLessThan(k[1]);
  });
});

describe('solveNewtonDirection', () => {
  it.each<[string, number[][], string]>([
    ['SPD → Cholesky', [[4, 1, 0], [1, 3, 1], [0, 1, 2]], 'cholesky'],
    ['indefinite → LU', [[1, 2, 0], [2, -1, 1], [0, 1, 3]], 'lu'],
  ])('%s matches the independent LU solve', (_n, rows, method) => {
    const a = csrFromDense(denseFromRows(rows));
    const g = [1, -2, 0.5];
    const r = solveNewtonDirection(a, g);
    expect(r.method).toBe(method);
    const ref = classicalSolution({ matrix: a, rhs: g });
    for (let i = 0; i < 3; i++) expect(r.direction[i]).toBeCloseTo(ref[i], 12);
    expect(r.relativeResidual).toBeLessThan(1e-12);
  });
});

describe('dampedNewtonUpdate', () => {
  const pb = blockByName(spec, 'b2');
  const { loss, gradient } = lossAndGradient(spec, params, batch);
  const g = gradient.slice(pb.offset, pb.offset + pb.size);
  it('skips a non-descent direction', () => {
    const up = dampedNewtonUpdate(spec, params, 'b2', g.map((x) => -x), g, batch, loss, 1, 4);
    expect(up.stepSize).toBe(0);
    expect(up.params).toBe(params);
    expect(up.note).toMatch(/not a descent direction/);
  });
  it('backtracks an overlong step until the loss falls (Armijo)', () => {
    const up = dampedNewtonUpdate(spec, params, 'b2', g.map((x) => 1e3 * x), g, batch, loss, 1, 20);
    expect(up.stepSize).toBeGreaterThan(0);
    expect(up.stepSize).toBeLessThan(1);
    expect(up.lossAfter).toBeCloseTo(lossOf(spec, up.params, batch), 12);
    expect(up.lossAfter).toBeLessThan(loss - 1e-4 * up.stepSize * up.slope + 1e-15);
  });
});

describe('simulatedNewtonDirection', () => {
  it('the simulated QSVT direction of a real regularized b2 block matches the classical one', () => {
    const pb = blockByName(spec, 'b2');
    const h = layerHessianBlocks(spec, params, batch, ['b2'])[0].matrix;
    const a = pruneSymmetric(regularize(h, 0.5).matrix, 8).matrix;
    const g = lossAndGradient(spec, params, batch).gradient.slice(pb.offset, pb.offset + pb.size);
    const xc = classicalSolution({ matrix: a, rhs: g });
    const sim = simulatedNewtonDirection(a, g, xc, 'qsvt', 1e-2, 20);
    expect(sim.fidelity).toBeGreaterThan(0.99);
    let num = 0, den = 0;
    for (let i = 0; i < xc.length; i++) { num += (sim.direction[i] - xc[i]) ** 2; den += xc[i] ** 2; }
    expect(Math.sqrt(num / den)).toBeLessThan(0.05);
  });
});

describe('sgdToTargetLoss', () => {
  const evalSet = sampleBatch(data, 100, makeRng(9));
  const o = { batchSize: 32, learningRate: 0.1, maxSteps: 20, seed: 3 };
  it('returns 0 steps when the start already meets the target and null when the cap is hit', () => {
    expect(sgdToTargetLoss(spec, data, evalSet, params, 1e9, o).steps).toBe(0);
    const capped = sgdToTargetLoss(spec, data, evalSet, params, -1, o);
    expect(capped.steps).toBeNull();
    expect(capped.evalLossHistory).toHaveLength(21);
  });
  it('stops at the first step whose evaluation loss reaches the target', () => {
    const full = sgdToTargetLoss(spec, data, evalSet, params, -1, o).evalLossHistory;
    const target = full[12];
    const r = sgdToTargetLoss(spec, data, evalSet, params, target, o);
    const first = full.findIndex((l) => l <= target);
    expect(r.steps).toBe(first);
  });
});

describe('conjugateGradient (the one CG, as the scheduler calls it): capped, and says whether it converged', () => {
  // SPD tridiagonal 2, −1 (1-D Laplacian): κ ≈ 4n²/π², slow enough for the cap to bite.
  const n = 60;
  const dense = new Float64Array(n * n);
  for (let i = 0; i < n; i++) { dense[i * n + i] = 2.01; if (i > 0) { dense[i * n + i - 1] = -1; dense[(i - 1) * n + i] = -1; } }
  const a = csrFromDense({ rows: n, cols: n, data: dense });
  const b = Float64Array.from({ length: n }, (_, i) => Math.sin(i + 1));
  const op = { n, apply: (p: Float64Array, out: Float64Array): void => { csrMatVec(a, p, out); } };
  it('converges to the LU solution within its cap', () => {
    const r = conjugateGradient(op, b, { tol: 1e-10, maxIterations: 10 * n });
    expect(r.converged).toBe(true);
    expect(r.stop).toBe('converged');
    const x = solveDense(Float64Array.from(dense), Float64Array.from(b), n);
    for (let i = 0; i < n; i++) expect(r.x[i]).toBeCloseTo(x[i], 7);
  });
  it('stops at the cap and reports it', () => {
    const r = conjugateGradient(op, b, { tol: 1e-10, maxIterations: 5 });
    expect(r.iterations).toBe(5);
    expect(r.converged).toBe(false);
    expect(r.stop).toBe('iteration-cap');
  });
  it('stops at negative curvature on an indefinite matrix', () => {
    const r = conjugateGradient({ n: 2, apply: (p, out) => { out[0] = p[0]; out[1] = -p[1]; } }, [1, 1], { tol: 1e-10, maxIterations: 10 });
    expect(r.stop).toBe('negative-curvature');
    expect(r.converged).toBe(false);
  });
});

describe('first-order baselines', () => {
  const evalSet = sampleBatch(data, 100, makeRng(9));
  it('one Adam step moves every weight by η·g/(|g| + 1e-8) against the gradient (m̂ = g, √v̂ = |g| after bias correction)', () => {
    const o = { rule: 'adam' as const, batchSize: 32, learningRate: 0.01, maxSteps: 1, seed: 3 };
    const r = firstOrderToTarget(spec, data, evalSet, params, -1, o);
    const g = lossAndGradient(spec, params, sampleBatch(data, 32, makeRng(3))).gradient;
    let checked = 0;
    for (let i = 0; i < params.length; i++) {
      if (Math.abs(g[i]) < 1e-6) continue;
      expect(r.params[i] - params[i]).toBeCloseTo(-0.01 * g[i] / (Math.abs(g[i]) + 1e-8), 12);
      checked++;
    }
    expect(checked).toBeGreaterThan(50);
  });
  it('the sweep picks the learning rate with the fewest steps to the target and logs every rate', () => {
    const o = { rule: 'sgd' as const, batchSize: 32, maxSteps: 40, seed: 3 };
    const target = sgdToTargetLoss(spec, data, evalSet, params, -1, { ...o, learningRate: 0.5 }).evalLossHistory[25];
    const sweep = sweepLearningRates(spec, data, evalSet, params, target, o, [0.05, 0.5, 1]);
    expect(sweep.trials.map((t) => t.learningRate)).toEqual([0.05, 0.5, 1]);
    const reached = sweep.trials.filter((t) => t.run.steps !== null);
    const fewest = Math.min(...reached.map((t) => t.run.steps as number));
    expect(sweep.best.run.steps).toBe(fewest);
    expect(sweep.best.learningRate).toBe(reached.find((t) => t.run.steps === fewest)!.learningRate);
  });
  it('keeps going until the test accuracy target is reached too, and reports when', () => {
    const testSet = loadMnist({ count: 200, offset: 300, seed: 0, inputDim: 16 });
    const o = { rule: 'sgd' as const, batchSize: 32, learningRate: 0.5, maxSteps: 60, seed: 3 };
    const r = firstOrderToTarget(spec, data, evalSet, params, 1e9, o, { testSet, accuracy: 0.3 });
    expect(r.steps).toBe(0);
    if (r.stepsToTestAccuracy !== null) {
      expect(r.stepsRun).toBe(r.stepsToTestAccuracy);
      expect(r.testAccuracy).toBeGreaterThanOrEqual(0.3);
    } else {
      expect(r.stepsRun).toBe(60);
    }
  });
});

describe('hessianFreeToTarget', () => {
  const evalSet = sampleBatch(data, 100, makeRng(9));
  const o = { batchSize: 64, maxSteps: 4, cgIterations: 3, c: 0.5, stepSize: 1, maxBacktracks: 8, seed: 11 };
  const r = hessianFreeToTarget(spec, data, evalSet, params, -1, o);
  it('never runs more CG steps than its cap, and counts the solves that hit it', () => {
    expect(r.stepsRun).toBe(4);
    expect(r.steps).toBeNull();
    for (const k of r.cgIterations) expect(k).toBeLessThanOrEqual(3);
    expect(r.unconvergedSolves).toBeGreaterThan(0);
    expect(r.unconvergedSolves).toBeLessThanOrEqual(4);
    expect(r.cappedSolves + r.negativeCurvatureSolves).toBe(r.unconvergedSolves);
    // A solve that stopped at the cap ran exactly the cap.
    expect(r.cgIterations.filter((k) => k === 3).length).toBeGreaterThanOrEqual(r.cappedSolves);
  });
  it('lowers the evaluation loss (each update passes the line search or is skipped)', () => {
    expect(r.evalLossHistory[4]).toBeLessThan(r.evalLossHistory[0]);
  });
  it('charges the gradient, 1 + CG-steps HVPs and the line search per step', () => {
    const P = params.length, B = 64;
    const hvpTotal = r.cgIterations.reduce((s, k) => s + 12 * P * B + k * (12 * P * B + 10 * P), 0);
    expect(r.flops.gradient).toBe(4 * 6 * P * B);
    expect(r.flops.hvp).toBe(hvpTotal);
    expect(r.stepFlops.reduce((s, f) => s + f, 0)).toBe(r.flops.gradient + r.flops.hvp + r.flops.lineSearch);
  });
  it('its HVPs agree with the exact block Hessian (the operator CG runs on)', () => {
    const op = makeHvpOperator(spec, params, batch);
    const blk = blockByName(spec, 'b2');
    const v = new Float64Array(params.length);
    v[blk.offset + 3] = 1;
    const out = new Float64Array(params.length);
    op.apply(v, out);
    const h = layerHessianBlocks(spec, params, batch, ['b2'])[0].matrix;
    for (let i = 0; i < blk.size; i++) expect(out[blk.offset + i]).toBeCloseTo(h.data[i * blk.size + 3], 10);
  });
});

describe('findings', () => {
  const d = (step: number, block: string, kappaAfter: number, choice: 'quantum' | 'classical', extra: Partial<ScheduleDecision> = {}): ScheduleDecision => ({
    step, block, n: 10, kappaBefore: null, kappaAfter, sparsity: 4, nonZeroCount: 40, alpha: 2, quantumSeconds: 1, classicalSeconds: 2,
    classicalMethod: 'cholesky', quantumQueries: 10, choice, applied: 'classical-solve', lossBefore: 1, lossAfter: 0.9, ...extra,
  });
  it.each<[string, ScheduleDecision[], number, boolean | null]>([
    ['falls', [d(0, 'a', 100, 'classical'), d(1, 'a', 10, 'classical')], 2, true],
    ['rises', [d(0, 'a', 10, 'classical'), d(1, 'a', 100, 'classical')], 2, false],
    ['one step', [d(0, 'a', 10, 'classical')], 1, null],
    ['within the noise band', [d(0, 'a', 100, 'classical'), d(1, 'a', 95, 'classical')], 2, null],
    ['two blocks, mean falls', [d(0, 'a', 100, 'classical'), d(0, 'b', 10, 'classical'), d(1, 'a', 200, 'classical'), d(1, 'b', 1, 'classical')], 2, true],
  ])('kappa-falls: %s', (_n, ds, steps, holds) => {
    expect(checkKappaFalls(ds, steps).holds).toBe(holds);
  });
  it.each<[string, ScheduleDecision[], boolean | null]>([
    ['none high', [d(0, 'a', 10, 'quantum')], null],
    ['high went classical', [d(0, 'a', 2e4, 'classical'), d(0, 'b', 10, 'quantum')], true],
    ['high went quantum', [d(0, 'a', 2e4, 'quantum')], false],
  ])('high-kappa-classical: %s', (_n, ds, holds) => {
    expect(checkHighKappaClassical(ds).holds).toBe(holds);
  });
  it.each<[string, ScheduleDecision[], boolean | null]>([
    ['no pricer', [d(0, 'a', 10, 'classical')], null],
    ['quantum cheaper once', [d(0, 'a', 10, 'classical', { attosecondQuantumSeconds: 1, attosecondClassicalSeconds: 2 })], true],
    ['never cheaper', [d(0, 'a', 10, 'classical', { attosecondQuantumSeconds: 3, attosecondClassicalSeconds: 2 })], false],
  ])('attosecond-quantum-wins: %s', (_n, ds, holds) => {
    expect(checkAttosecondQuantumWins(ds).holds).toBe(holds);
  });
  const t = (strategy: StrategyTotal['strategy'], projectedSeconds: number, solveSeconds?: number): StrategyTotal =>
    ({ strategy, steps: 1, projectedSeconds, cumulativeSeconds: [projectedSeconds], solveSeconds });
  it.each<[string, StrategyTotal[], boolean | null, RegExp]>([
    ['91 % saved', [t('q-newton', 9, 1), t('classical-newton', 100, 90)], true, /saving 91\.0%; linear solves alone.*saving 98\.9%/],
    ['only 50 % saved', [t('q-newton', 50), t('classical-newton', 100)], false, /saving 50\.0%/],
    ['slower', [t('q-newton', 120), t('classical-newton', 100)], false, /saving -20\.0%/],
    ['no classical total', [t('q-newton', 1)], null, /no Q-Newton/],
  ])('less-training-time: %s', (_n, totals, holds, detail) => {
    const f = checkLessTrainingTime(totals, true);
    expect(f.holds).toBe(holds);
    expect(f.detail).toMatch(detail);
  });
});
