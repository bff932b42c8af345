import {
  blockByName, fullHessian, initParams, layerHessianBlocks, loadMnist, lossAndGradient, makeBlockHvpOperator, makeHvpOperator, parseModelSpec, sampleBatch,
} from '../../../src/hessian';
import {
  blockEncodingAlpha, csrFromDense, csrMaxRowNnz, DenseMatrix, makeRng, maxAbs, pruneSymmetric, regularize, symmetricEigenvalues,
} from '../../../src/math';
import {
  analyzeMatrixFreeSystem, blockHvpFlops, blockSpectrum, hvpFlops, formatScheduleReport, isMatrixFreeBlock, resolveScheduleOptions, runQNewtonSchedule, solveNewtonDirection,
} from '../../../src/schedule/scheduler';
import { renderScheduleHtml } from '../../../src/schedule/report';
import { makeFakePricer } from './fakePricer';

const TINY = 'mlp:16-4-10:tanh'; // blocks W1 (64), b1 (4), W2 (40), b2 (10)
const spec = parseModelSpec(TINY);
const data = loadMnist({ count: 300, seed: 0, inputDim: 16 });
const params = initParams(spec, 0);
const batch = sampleBatch(data, 64, makeRng(5));
const C = 0.5;

function kappaDense(a: DenseMatrix): number {
  const ev = Array.from(symmetricEigenvalues(a), Math.abs);
  return Math.max(...ev) / Math.min(...ev);
}

function relErr(x: ArrayLike<number>, y: ArrayLike<number>): number {
  let num = 0, den = 0;
  for (let i = 0; i < x.length; i++) { num += (x[i] - y[i]) ** 2; den += y[i] ** 2; }
  return Math.sqrt(num / den);
}

describe('matrix-free block system vs the formed block Hessian (every row sampled)', () => {
  it.each(['W1', 'b1', 'W2', 'b2'])('%s: κ before (singular, or to 1e-6 when converged, else a lower bound), κ after, step and α to 1e-6', (name) => {
    const pb = blockByName(spec, name);
    const g = lossAndGradient(spec, params, batch).gradient.slice(pb.offset, pb.offset + pb.size);
    const h = layerHessianBlocks(spec, params, batch, [name])[0].matrix;
    const reg = regularize(h, C);
    const sys = analyzeMatrixFreeSystem(makeBlockHvpOperator(spec, params, batch, name), g, {
      c: C, sparsity: pb.size, sampleRows: pb.size, seed: 3, cgMaxIterations: 1000,
    });
    const before = blockSpectrum(h);
    // A singular block: Lanczos proves singularity, or (on A², which resolves |λ| only down to
    // about √ε·‖A‖) reports an unconverged lower bound beyond 1/√ε ≈ 6.7e7.
    if (before.kappa === null) expect(sys.before.kappa === null || (!sys.before.converged && (sys.before.kappa as number) > 6.7e7)).toBe(true);
    else if (sys.before.converged) expect(Math.abs((sys.before.kappa as number) / before.kappa - 1)).toBeLessThan(1e-6);
    else {
      expect(sys.before.kappa as number).toBeLessThanOrEqual(before.kappa * (1 + 1e-9));
      expect(sys.before.note).toMatch(/not converged: estimate/);
    }
    expect(Math.abs((sys.after.kappa as number) / kappaDense(reg.matrix) - 1)).toBeLessThan(1e-6);
    expect(Math.abs(sys.shift / reg.shift - 1)).toBeLessThan(1e-9);
    // The dense path with d = N (nothing pruned): Cholesky on the formed H̃.
    const dense = solveNewtonDirection(csrFromDense(reg.matrix), g);
    expect(sys.cg.converged).toBe(true);
    expect(relErr(sys.cg.x, dense.direction)).toBeLessThan(1e-6);
    const exactAlpha = blockEncodingAlpha(pruneSymmetric(reg.matrix, pb.size).matrix);
    expect(sys.sparsity).toBe(exactAlpha.d);
    expect(Math.abs(sys.alpha / exactAlpha.alpha - 1)).toBeLessThan(1e-6);
  });
});

describe('sampled-row estimates of d and α vs exact', () => {
  const name = 'W1';
  const pb = blockByName(spec, name);
  const g = lossAndGradient(spec, params, batch).gradient.slice(pb.offset, pb.offset + pb.size);
  const h = layerHessianBlocks(spec, params, batch, [name])[0].matrix;
  const reg = regularize(h, C);
  it('d of the pruned matrix (d = 8) equals the exact pruned row sparsity from 16 of 64 rows', () => {
    const sys = analyzeMatrixFreeSystem(makeBlockHvpOperator(spec, params, batch, name), g, { c: C, sparsity: 8, sampleRows: 16, seed: 11, cgMaxIterations: 200 });
    expect(sys.sparsity).toBe(csrMaxRowNnz(pruneSymmetric(reg.matrix, 8).matrix));
    expect(sys.rows.applications).toBe(16);
  });
  it.each([16, 32])('%d of 64 rows: max|H_ij| is a lower bound, α within 25%% of exact (d = N)', (rows) => {
    const sys = analyzeMatrixFreeSystem(makeBlockHvpOperator(spec, params, batch, name), g, { c: C, sparsity: pb.size, sampleRows: rows, seed: 11, cgMaxIterations: 200 });
    expect(sys.rows.maxAbs).toBeLessThanOrEqual(maxAbs(h));
    const exactAlpha = blockEncodingAlpha(pruneSymmetric(reg.matrix, pb.size).matrix).alpha;
    expect(Math.abs(sys.alpha / exactAlpha - 1)).toBeLessThan(0.25);
  });
  // Measured on this model (seed 11): α estimate / exact α of the pruned matrix 0.73–0.97 over
  // W1, W2 × d ∈ {2, 8, 16} × 8–64 sampled rows; the estimate errs low (sampled max|H_ij| ≤ true).
  it.each([['W1', 16], ['W1', 64], ['W2', 16], ['W2', 40]] as const)('%s, d = 8, %d sampled rows: α of the pruned matrix within [0.7, 1.05]× exact', (blk, rows) => {
    const b = blockByName(spec, blk);
    const gb = lossAndGradient(spec, params, batch).gradient.slice(b.offset, b.offset + b.size);
    const hb = layerHessianBlocks(spec, params, batch, [blk])[0].matrix;
    const exact = blockEncodingAlpha(pruneSymmetric(regularize(hb, C).matrix, 8).matrix);
    const sys = analyzeMatrixFreeSystem(makeBlockHvpOperator(spec, params, batch, blk), gb, { c: C, sparsity: 8, sampleRows: rows, seed: 11, cgMaxIterations: 10 });
    expect(sys.alpha / exact.alpha).toBeGreaterThan(0.7);
    expect(sys.alpha / exact.alpha).toBeLessThan(1.05);
    expect(sys.alpha).toBeGreaterThanOrEqual(1);
  });
});

describe('matrix-free on the full-network Hessian', () => {
  it('κ after and the Newton step agree with the formed P×P Hessian (P = 118)', () => {
    const { gradient } = lossAndGradient(spec, params, batch);
    const full = fullHessian(spec, params, batch);
    const reg = regularize(full, C);
    const sys = analyzeMatrixFreeSystem(makeHvpOperator(spec, params, batch), gradient, { c: C, sparsity: 8, sampleRows: full.rows, seed: 2, cgMaxIterations: 2000 });
    expect(Math.abs((sys.after.kappa as number) / kappaDense(reg.matrix) - 1)).toBeLessThan(1e-6);
    const dense = solveNewtonDirection(csrFromDense(reg.matrix), gradient);
    expect(sys.cg.stop).toBe(dense.method === 'cholesky' ? 'converged' : 'negative-curvature');
    if (sys.cg.converged) expect(relErr(sys.cg.x, dense.direction)).toBeLessThan(1e-6);
  });
});

describe('scheduler: --hessian matrix-free vs exact', () => {
  const pricer = makeFakePricer(1e-9, 1e9);
  // d = 64 ≥ every N, so the exact path prunes nothing and both paths solve the same H̃.
  const base = { model: TINY, steps: 2, batchSize: 64, c: C, sparsity: 64, trainCount: 300, seed: 0, hessianSampleRows: 64, cgMaxIterations: 1000 } as const;
  const exact = runQNewtonSchedule({ ...base, hessian: 'exact' }, pricer);
  const free = runQNewtonSchedule({ ...base, hessian: 'matrix-free' }, pricer);
  it('same decisions: κ to 1e-6, α to 1e-6, the same choice and loss after each update to 1e-6', () => {
    expect(free.decisions.length).toBe(exact.decisions.length);
    free.decisions.forEach((d, i) => {
      const e = exact.decisions[i];
      expect([d.step, d.block]).toEqual([e.step, e.block]);
      expect(Math.abs(d.kappaAfter / e.kappaAfter - 1)).toBeLessThan(1e-6);
      if (e.kappaBefore === null) expect(d.kappaBefore === null || (/not converged/.test(d.kappaNote ?? '') && (d.kappaBefore as number) > 6.7e7)).toBe(true);
      else if (!/not converged/.test(d.kappaNote ?? '')) expect(Math.abs((d.kappaBefore as number) / e.kappaBefore - 1)).toBeLessThan(1e-6);
      else expect(d.kappaBefore as number).toBeLessThanOrEqual(e.kappaBefore * (1 + 1e-9));
      expect(Math.abs(d.alpha / e.alpha - 1)).toBeLessThan(1e-6);
      expect(d.choice).toBe(e.choice);
      expect(Math.abs(d.lossAfter - e.lossAfter)).toBeLessThan(1e-6);
    });
  });
  it('flags matrix-free decisions as estimated, with convergence of every iterative method', () => {
    for (const d of free.decisions) {
      expect(d.hessianMode).toBe('matrix-free');
      expect(d.estimated).toEqual(expect.arrayContaining(['sparsity', 'alpha']));
      expect(d.solveMethod).toBe('hvp-cg');
      expect(d.matrixFree).toMatchObject({ cgStop: 'converged', kappaAfterConverged: true });
      expect(d.matrixFree?.hvpCount).toBeGreaterThan(d.matrixFree?.cgIterations as number);
    }
    for (const d of exact.decisions) expect(d.hessianMode).toBeUndefined();
    expect(free.config.hessian).toBe('matrix-free');
  });
  it('prices matrix-free decisions in HVPs under the one FLOP model and times every phase', () => {
    const perHvp = hvpFlops(spec, 64);
    free.decisions.forEach((d, i) => {
      const a = d.account;
      const mf = d.matrixFree;
      if (!a || !mf) throw new Error('matrix-free decision without account');
      // Formation = one HVP per sampled row; the classical solve = the CG steps, each an HVP + 10·N vector work.
      expect(a.hessian.flops).toBe(blockHvpFlops(spec, 64, mf.sampledRows));
      expect(a.classicalSolve.flops).toBe(mf.cgIterations * (perHvp + 10 * d.n));
      expect(a.prune.flops).toBe(0);
      // One model: the classical price the choice compared with is the account's CG on HVPs.
      expect(d.classicalSeconds).toBe(a.classicalSolve.seconds);
      expect(d.choice).toBe(a.quantumSolve.totalSeconds < a.classicalSolve.seconds ? 'quantum' : 'classical');
      // κ after: one HVP per Lanczos step (two when it runs on A² for an indefinite operator).
      const kappaHvps = a.kappa.flops / (perHvp + 10 * d.n);
      expect(Number.isInteger(kappaHvps)).toBe(true);
      expect(kappaHvps).toBeGreaterThanOrEqual(mf.kappaAfterIterations);
      expect(kappaHvps).toBeLessThanOrEqual(2 * mf.kappaAfterIterations);
      expect(mf.sampledRows + kappaHvps + mf.cgIterations).toBeLessThanOrEqual(mf.hvpCount);
      expect(a.gradient.flops).toBe(exact.decisions[i].account?.gradient.flops);
      const t = free.measured?.decisions[i];
      expect(t && t.classicalSolve > 0 && t.kappa > 0 && t.hessian > 0).toBe(true);
    });
    const q = free.totals.find((t) => t.strategy === 'q-newton');
    const hessianPhase = q?.phases?.find((p) => p.phase === 'hessian');
    expect(hessianPhase?.flops).toBe(free.decisions.reduce((s, d) => s + (d.account?.hessian.flops ?? NaN), 0));
  });
});

describe('hessian: auto', () => {
  it('is matrix-free exactly for blocks whose dense N×N float64 copy exceeds the budget', () => {
    const o = resolveScheduleOptions({ model: TINY, hessianMemoryBytes: 8 * 50 * 50 });
    expect(o.hessian).toBe('auto');
    expect([64, 40, 10].map((n) => isMatrixFreeBlock(o, n))).toEqual([true, false, false]);
    expect(isMatrixFreeBlock(resolveScheduleOptions({ model: 'mlp:784-54-54-10:relu' }), 784 * 54)).toBe(true);
    expect(isMatrixFreeBlock(resolveScheduleOptions({ model: 'mlp:784-16-10:relu' }), 784 * 16)).toBe(false);
  });
  it('goes matrix-free exactly where exact formation is refused, under the same budget', () => {
    const pricer = makeFakePricer(1e-9, 1e9);
    const base = { model: TINY, steps: 1, batchSize: 64, c: C, trainCount: 300, blocks: ['W1', 'b1'], hessianMemoryBytes: 8 * 50 * 50 } as const;
    let err: unknown;
    try { runQNewtonSchedule({ ...base, hessian: 'exact' }, pricer); } catch (e) { err = e; }
    expect((err as { code?: string } | undefined)?.code).toBe('BLOCK_TOO_LARGE');
    const auto = runQNewtonSchedule({ ...base, hessian: 'auto' }, pricer);
    expect(auto.decisions.map((d) => d.hessianMode ?? 'exact')).toEqual(['matrix-free', 'exact']);
    expect(() => runQNewtonSchedule({ ...base, blocks: ['b1'], hessian: 'exact' }, pricer)).not.toThrow();
  });
  it('rejects an unknown mode naming the choices', () => {
    expect(() => resolveScheduleOptions({ model: TINY, hessian: 'dense' as never })).toThrow(/unknown Hessian mode 'dense'; known: exact, matrix-free, auto/);
  });
});

describe('report rendering of matrix-free decisions', () => {
  it('marks estimated fields with ≈ in the text table and the HTML report', () => {
    const r = runQNewtonSchedule({ model: TINY, steps: 1, batchSize: 64, c: C, trainCount: 300, blocks: ['b1'], hessian: 'matrix-free' }, makeFakePricer(1e-9, 1e9));
    const text = formatScheduleReport(r).join('\n');
    expect(text).toMatch(/≈\d+\s+≈\d+\.\d\d/);
    expect(text).toMatch(/1 matrix-free decisions .* d and α from 4 sampled Hessian rows/);
    const html = renderScheduleHtml(r);
    expect(html).toContain('CG on Hessian-vector products (matrix-free; ≈ = estimated)');
  });
});
