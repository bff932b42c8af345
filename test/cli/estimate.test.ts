/** `qnewton estimate`: table and JSON output, --out, and typed errors (exit 1, no stack, no file). */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCapture } from './helpers';
import { getHardwareProfile } from '../../src/cost';
import { estimateNetworkSolve, formatNetworkSolveEstimate } from '../../src/schedule/estimate';
import { analyzeMatrix, loadMatrixFile } from '../../src/math';

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'qn-estimate-'));
}

describe('qnewton estimate', () => {
  it('prints the report tables (same text as the library formatter)', async () => {
    const run = await runCapture(['estimate', '--params', '1000000', '--flop-rate', '1e10']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const expected = formatNetworkSolveEstimate(estimateNetworkSolve({ params: 1e6, flopRatePerSecond: 1e10 }));
    expect(run.stdout.split('\n')).toEqual(expected);
    expect(run.stdout).toContain('Physical resources');
  });

  it.each([
    [['--n', '4096', '--solver', 'das', '--qec', 'none', '--kappa', '50'], { n: 4096, solver: 'das', qec: 'none', kappa: 50 }],
    [['--n', '1000', '--sparsity', '4', '--epsilon', '1e-2', '--budget', '1e-2', '--hardware', 'qubit_gate_us_e4'],
      { n: 1000, sparsity: 4, epsilon: 1e-2, errorBudget: 1e-2, hardware: 'qubit_gate_us_e4' }],
    [['--params', '1000000000', '--qec', 'none', '--solver', 'costa'], { params: 1e9, qec: 'none', solver: 'costa' }],
    [['--n', '10000', '--cost-model', 'query', '--hardware', 'attosecond'], { n: 1e4, costModel: 'query', hardware: 'attosecond' }],
    [['--n', '10000', '--cost-model', 'compiled', '--qec', 'none'], { n: 1e4, costModel: 'compiled', qec: 'none' }],
    [['--n', '4096', '--oracle', 'auto', '--qubit-budget', '2000'], { n: 4096, dataLoading: 'auto', logicalQubitBudget: 2000 }],
  ])('--json %j equals the library report', async (argv, input) => {
    const run = await runCapture(['estimate', ...argv, '--flop-rate', '2e9', '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const expected = JSON.parse(JSON.stringify(estimateNetworkSolve({ ...input, flopRatePerSecond: 2e9 })));
    expect(JSON.parse(run.stdout)).toEqual(expected);
  });

  it('--cost-model query: the table names the model and its QRAM assumption', async () => {
    const run = await runCapture(['estimate', '--n', '1000000', '--cost-model', 'query', '--hardware', 'attosecond', '--flop-rate', '1e10']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const expected = formatNetworkSolveEstimate(estimateNetworkSolve({ n: 1e6, costModel: 'query', hardware: 'attosecond', flopRatePerSecond: 1e10 }));
    expect(run.stdout.split('\n')).toEqual(expected);
    expect(run.stdout).toMatch(/QEC none, cost model query/);
    expect(run.stdout).toContain('ASSUMES QRAM');
  });

  it('--oracle auto: the table shows the construction used, why, and the Pareto front with dominated points marked', async () => {
    const run = await runCapture(['estimate', '--n', '4096', '--oracle', 'auto', '--flop-rate', '1e10']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const e = estimateNetworkSolve({ n: 4096, dataLoading: 'auto', flopRatePerSecond: 1e10 });
    expect(run.stdout.split('\n')).toEqual(formatNetworkSolveEstimate(e));
    expect(run.stdout).toContain(`Data loading (table lookups of the oracles, N·d entries): ${e.dataLoading!.label}`);
    expect(run.stdout).toMatch(new RegExp(`\\* ${e.dataLoading!.label.replace(/[()]/g, '\\$&')}\\s+.*front`));
    expect(run.stdout).toMatch(/qroam_dirty\(K=2\)\s.*dominated/);
    expect(e.dataLoading!.front.some((p) => p.label === 'qram_bucket_brigade')).toBe(true);
  });

  it('--matrix FILE: N, d, κ, α from the bundled Hessian (as `analyze` finds them); clashes with --sparsity are refused', async () => {
    const file = path.join(__dirname, '..', '..', 'circuits', 'hessian-default.mtx');
    const run = await runCapture(['estimate', '--matrix', file, '--oracle', 'auto', '--flop-rate', '1e10', '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const a = analyzeMatrix(loadMatrixFile(file).matrix);
    const expected = estimateNetworkSolve({ n: a.n, sparsity: a.d, kappa: a.kappa.exact.value, alpha: a.alpha, dataLoading: 'auto', flopRatePerSecond: 1e10 });
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(JSON.stringify(expected)));
    const clash = await runCapture(['estimate', '--matrix', file, '--sparsity', '4', '--flop-rate', '1e10']);
    expect(clash.code).toBe(1);
    expect(clash.stderr).toMatch(/--matrix gives N, d, κ and α; drop --sparsity/);
  });

  it('--oracle with a --qubit-budget below every construction: BUDGET_UNMET naming the flags to change', async () => {
    const run = await runCapture(['estimate', '--n', '4096', '--oracle', 'qroam', '--qubit-budget', '50', '--flop-rate', '1e10']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^qnewton: error \[BUDGET_UNMET\]: no 'qroam' data-loading construction fits the budget of 50 logical qubits.*--qubit-budget, --oracle/);
  });

  it('--hardware FILE.json and --out FILE', async () => {
    const dir = tempDir();
    const hw = path.join(dir, 'fast.json');
    fs.writeFileSync(hw, JSON.stringify({ base: 'qubit_gate_ns_e4', twoQubitGateTimeNs: 20, name: 'fast' }));
    const out = path.join(dir, 'sub', 'report.json');
    const run = await runCapture(['estimate', '--n', '2048', '--hardware', hw, '--flop-rate', '1e9', '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`wrote ${out}`);
    const written = JSON.parse(fs.readFileSync(out, 'utf8'));
    expect(written.hardware.name).toBe('fast');
    const profile = { ...getHardwareProfile('qubit_gate_ns_e4'), twoQubitGateTimeNs: 20, name: 'fast', reference: 'user' };
    expect(written).toEqual(JSON.parse(JSON.stringify(estimateNetworkSolve({ n: 2048, hardware: profile, flopRatePerSecond: 1e9 }))));
  });

  it.each([
    ['no size', [], 'INVALID_ARGUMENT'],
    ['both sizes', ['--params', '100', '--n', '100'], 'INVALID_ARGUMENT'],
    ['n = 1', ['--n', '1'], 'INVALID_ARGUMENT'],
    ['n not a number', ['--n', 'lots'], 'INVALID_ARGUMENT'],
    ['fractional n', ['--n', '1000.5'], 'INVALID_ARGUMENT'],
    ['sparsity > N', ['--n', '100', '--sparsity', '101'], 'INVALID_ARGUMENT'],
    ['κ < 1', ['--n', '100', '--kappa', '0.9'], 'INVALID_ARGUMENT'],
    ['ε ≥ 1', ['--n', '100', '--epsilon', '2'], 'INVALID_ARGUMENT'],
    ['unknown solver', ['--n', '100', '--solver', 'grover'], 'UNKNOWN_NAME'],
    ['unknown hardware', ['--n', '100', '--hardware', 'toaster'], 'UNKNOWN_NAME'],
    ['missing hardware file', ['--n', '100', '--hardware', '/nonexistent/hw.json'], 'FILE_NOT_FOUND'],
    ['unknown qec', ['--n', '100', '--qec', 'color'], 'UNKNOWN_NAME'],
    ['unknown cost model', ['--n', '100', '--cost-model', 'qram'], 'UNKNOWN_NAME'],
    ['query model with the surface code', ['--n', '100', '--cost-model', 'query', '--qec', 'surface_code'], 'INVALID_ARGUMENT'],
    ['budget out of range', ['--n', '100', '--budget', '0'], 'INVALID_ARGUMENT'],
    ['unmeetable budget', ['--n', '100', '--budget', '1e-300'], 'BUDGET_UNMET'],
    ['too few oracle bits', ['--n', '100', '--oracle-bits', '6'], 'BUDGET_UNMET'],
    ['unknown data-loading construction', ['--n', '100', '--oracle', 'rom'], 'UNKNOWN_NAME'],
    ['flop rate ≤ 0', ['--n', '100', '--flop-rate', '0'], 'INVALID_ARGUMENT'],
  ])('%s → exit 1, one error line, no output file', async (_name, argv, code) => {
    const dir = tempDir();
    const out = path.join(dir, 'report.json');
    const extra = argv.includes('--flop-rate') ? [] : ['--flop-rate', '1e9'];
    const run = await runCapture(['estimate', ...argv, ...extra, '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`^qnewton: error \\[${code}\\]: `));
    expect(run.stderr.split('\n')).toHaveLength(1);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stdout).toBe('');
    expect(fs.existsSync(out)).toBe(false);
  });
});
