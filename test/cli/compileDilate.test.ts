import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCapture } from './helpers';
import { loadSolverProblem } from '../../src/cli/commands/compile';
import { csrToDense } from '../../src/math/csrMatrix';

// A non-symmetric 3×3 system in Matrix Market "general" form (A_01 = 2, A_10 = 0).
const ROWS = [[4, 2, 0], [0, 3, -1], [0.5, 0, 2]];
const MTX = ['%%MatrixMarket matrix coordinate real general', '3 3 6', '1 1 4', '1 2 2', '2 2 3', '2 3 -1', '3 1 0.5', '3 3 2', ''].join('\n');

describe('qnewton compile / validate --dilate on a non-symmetric matrix file', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qn-dilate-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const mat = path.join(dir, 'nonsym.mtx');
  fs.writeFileSync(mat, MTX);

  it('loadSolverProblem with dilate keeps the matrix as stored', () => {
    const { input, options } = loadSolverProblem({ file: mat, solver: 'qsvt', epsilon: 0.05, rhs: 'ones', seed: 1, dilate: true, 'symmetry-tol': 1e-8 });
    expect(options.dilate).toBe(true);
    expect(Array.from(csrToDense(input.matrix as Parameters<typeof csrToDense>[0]).data)).toEqual(ROWS.flat());
  });

  it('compile --dilate writes the dilated circuit and report', async () => {
    const out = path.join(dir, 'out');
    const run = await runCapture(['compile', mat, '--dilate', '--epsilon', '0.05', '--out-dir', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(fs.readFileSync(path.join(out, 'nonsym.qsvt.json'), 'utf8'));
    expect(report.dilated).toBe(true);
    expect(report.originalDim).toBe(3);
    expect(report.paddedDim).toBe(8); // 2·3 rows of the dilation, padded to a power of two
    expect(fs.readFileSync(path.join(out, 'nonsym.qsvt.v2.qasm'), 'utf8').startsWith('OPENQASM 2.0;')).toBe(true);
  });

  it('validate --dilate: the simulated state matches the classical solution of A x = b (fidelity ≥ 0.99)', async () => {
    const run = await runCapture(['validate', mat, '--dilate', '--epsilon', '0.02', '--json', '--min-fidelity', '0.99']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).fidelity).toBeGreaterThanOrEqual(0.99);
  });

  it('without --dilate the file is rejected with a hint to pass --dilate', async () => {
    const run = await runCapture(['compile', mat, '--out-dir', path.join(dir, 'o2')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('[INVALID_MATRIX]');
    expect(run.stderr).toMatch(/--dilate/);
  });
});
