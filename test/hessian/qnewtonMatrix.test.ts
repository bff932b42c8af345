import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildQNewtonMatrix } from '../../src/hessian/qnewtonMatrix';
import { csrGet, csrMaxRowNnz, isExactlySymmetricCsr } from '../../src/math/csrMatrix';
import { kappaExact } from '../../src/math/kappa';
import { loadMatrixFile } from '../../src/math/io/loadMatrixFile';
import { runCli } from '../../src/cli/main';
import { CliIo } from '../../src/cli/io';
import { InvalidArgumentError, UnknownNameError } from '../../src/errors';

function captureIo(): CliIo & { lines: string[]; errors: string[] } {
  const lines: string[] = [], errors: string[] = [];
  return { lines, errors, out: (l) => lines.push(l), err: (l) => errors.push(l), isTty: false };
}

describe('Q-Newton preprocessing job', () => {
  it.each([['b1', 'exact', 6], ['W2', 'fisher', 5], ['full', 'exact', 12]] as const)('block %s (%s) is regularized, pruned to d=%i and analyzed', (block, curvature, d) => {
    const job = buildQNewtonMatrix({ model: 'mlp:16-8-10:tanh', block, curvature, trainSteps: 20, batchSize: 16, trainCount: 300, d, c: 5e-3, seed: 1 });
    const N = job.hessian.rows;
    expect(N).toBe(block === 'b1' ? 8 : block === 'W2' ? 80 : 16 * 8 + 8 + 80 + 10);
    expect(job.regularized.shift).toBeCloseTo(5e-3 * job.regularized.maxAbs, 15);
    const m = job.pruned.matrix;
    expect(isExactlySymmetricCsr(m)).toBe(true);
    expect(csrMaxRowNnz(m)).toBeLessThanOrEqual(d);
    for (let i = 0; i < N; i++) expect(csrGet(m, i, i)).toBe(job.regularized.matrix.data[i * N + i]);
    expect(job.analysis.n).toBe(N);
    expect(job.analysis.kappa.exact.value).toBeCloseTo(kappaExact(m).kappa, 6);
    expect(job.meta.regularizationShift).toBe(job.regularized.shift);
    expect(job.lossHistory.length).toBe(20);
  });

  it('reproduces the bundled circuits/hessian-default.mtx from the parameters recorded in its metadata', () => {
    const file = path.join(__dirname, '..', '..', 'circuits', 'hessian-default.mtx');
    const bundled = loadMatrixFile(file);
    const m = bundled.meta as Record<string, number & string>;
    const job = buildQNewtonMatrix({
      model: m.model, block: m.block, curvature: m.curvature, batchSize: m.batchSize, trainSteps: m.trainSteps,
      seed: m.seed, c: m.regularizationC, d: m.rowSparsity,
    });
    expect(bundled.matrix.n).toBe(16);
    expect(Array.from(job.pruned.matrix.values)).toEqual(Array.from(bundled.matrix.values));
    expect(Array.from(job.pruned.matrix.colIdx)).toEqual(Array.from(bundled.matrix.colIdx));
    expect(job.meta.regularizationShift).toBe(m.regularizationShift);
  });

  it('is deterministic for a seed', () => {
    const a = buildQNewtonMatrix({ model: 'mlp:16-4-10:relu', block: 'b1', trainSteps: 5, batchSize: 8, trainCount: 100, seed: 3 });
    const b = buildQNewtonMatrix({ model: 'mlp:16-4-10:relu', block: 'b1', trainSteps: 5, batchSize: 8, trainCount: 100, seed: 3 });
    expect(a.hessian.data).toEqual(b.hessian.data);
  });

  it.each([
    ['unknown model', { model: 'resnet:18', block: 'b1' }, UnknownNameError],
    ['unknown block', { model: 'mlp:16-4-10', block: 'W7' }, UnknownNameError],
    ['d > N', { model: 'mlp:16-4-10', block: 'b1', d: 5 }, InvalidArgumentError],
    ['d < 1', { model: 'mlp:16-4-10', block: 'b1', d: 0 }, InvalidArgumentError],
    ['negative c', { model: 'mlp:16-4-10', block: 'b1', c: -1 }, InvalidArgumentError],
    ['batch too large', { model: 'mlp:16-4-10', block: 'b1', batchSize: 500, trainCount: 100 }, InvalidArgumentError],
  ])('%s -> typed error', (_name, opts, cls) => {
    expect(() => buildQNewtonMatrix({ trainSteps: 2, batchSize: 4, trainCount: 100, ...opts })).toThrow(cls);
  });
  it('batch too large: the library message says what and how to fix in its own terms, no CLI flag', () => {
    const f = () => buildQNewtonMatrix({ model: 'mlp:16-4-10', block: 'b1', trainSteps: 2, batchSize: 500, trainCount: 100 });
    expect(f).toThrow('batch size 500 exceeds the 100 training examples loaded; lower the batch size or load more training examples (at least 500)');
    expect(f).not.toThrow(/--/);
  });
});

describe('CLI: qnewton hessian and qnewton analyze', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qn-hessian-cli-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('hessian writes a matrix file that analyze reads back with the same numbers', async () => {
    const out = path.join(dir, 'h.mtx');
    const io = captureIo();
    const code = await runCli(['hessian', '--model', 'mlp:16-6-10:tanh', '--layer', 'b1', '--steps', '10', '--batch-size', '8', '--train-count', '200', '-d', '4', '--out', out], io);
    expect(io.errors).toEqual([]);
    expect(code).toBe(0);
    expect(io.lines.join('\n')).toMatch(/norm-det bound/);
    const loaded = loadMatrixFile(out);
    expect(loaded.matrix.n).toBe(6);
    expect(csrMaxRowNnz(loaded.matrix)).toBeLessThanOrEqual(4);
    const io2 = captureIo();
    expect(await runCli(['analyze', out, '--json'], io2)).toBe(0);
    const report = JSON.parse(io2.lines.join('\n'));
    expect(report.analysis.n).toBe(6);
    expect(report.analysis.kappa.powerBound.shiftKnown).toBe(true);
    expect(report.analysis.kappa.powerBound.shift).toBe(loaded.meta.regularizationShift);
    expect(report.analysis.kappa.exact.value).toBeCloseTo(kappaExact(loaded.matrix).kappa, 8);
  });

  it.each([
    [['analyze', '/nonexistent/m.mtx'], /FILE_NOT_FOUND/],
    [['analyze', 'matrix.csv'], /UNSUPPORTED_FORMAT/],
    [['hessian', '--model', 'mlp:16-4-10', '--layer', 'b1', '-d', '9', '--steps', '1', '--train-count', '100'], /INVALID_ARGUMENT.*row sparsity/],
    [['hessian', '--model', 'transformer', '--steps', '1'], /UNKNOWN_NAME/],
    [['hessian', '--model', 'mlp:16-4-10', '--layer', 'b1', '--steps', '1', '--batch-size', '500', '--train-count', '100'],
      /INVALID_ARGUMENT.*--batch-size 500 exceeds the 100 training examples loaded \(--train-count 100\); lower --batch-size to at most 100 or raise --train-count to at least 500/],
  ])('%p fails with exit code 1 and a typed error', async (argv, msg) => {
    const io = captureIo();
    const out = path.join(dir, 'never.mtx');
    const code = await runCli(argv[0] === 'hessian' ? [...argv, '--out', out] : argv, io);
    expect(code).toBe(1);
    expect(io.errors.join('\n')).toMatch(msg);
    expect(fs.existsSync(out)).toBe(false);
  });

  it('analyze reports a singular matrix with SINGULAR_MATRIX', async () => {
    const file = path.join(dir, 'sing.json');
    fs.writeFileSync(file, '[[1,1],[1,1]]');
    const io = captureIo();
    expect(await runCli(['analyze', file], io)).toBe(1);
    expect(io.errors.join('\n')).toMatch(/SINGULAR_MATRIX/);
  });
});
