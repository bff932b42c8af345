import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCapture } from './helpers';
import { loadSolverProblem } from '../../src/cli/commands/compile';
import { estimateLogical } from '../../src/cost';
import { synthesizeLinearSolver } from '../../src/synth';

/** Test files in a fresh temp folder. */
function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'qn-compile-'));
}

const SPD4 = [[4, 1, 0, 0.5], [1, 3, 0.2, 0], [0, 0.2, 2, 0.3], [0.5, 0, 0.3, 1.5]];

describe('qnewton compile / validate', () => {
  it.each([['qsvt'], ['hhl']])('compile --solver %s writes OpenQASM 2, 3 and a JSON report', async (solver) => {
    const dir = tempDir();
    const mat = path.join(dir, 'a.json');
    fs.writeFileSync(mat, JSON.stringify(SPD4));
    const out = path.join(dir, 'out');
    const run = await runCapture(['compile', mat, '--solver', solver, '--epsilon', '0.05', '--out-dir', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(fs.readFileSync(path.join(out, `a.${solver}.json`), 'utf8'));
    expect(report.solver).toBe(solver);
    expect(report.counts.qubits).toBe(report.numQubits);
    expect(report.counts.totalGates).toBeGreaterThan(0);
    expect(report.depthIsExact).toBe(true);
    const q2 = fs.readFileSync(path.join(out, `a.${solver}.v2.qasm`), 'utf8');
    const q3 = fs.readFileSync(path.join(out, `a.${solver}.v3.qasm`), 'utf8');
    expect(q2.startsWith('OPENQASM 2.0;')).toBe(true);
    expect(q3.startsWith('OPENQASM 3')).toBe(true);
    // Gate statements in the QASM 2 file = the call-graph count with qelib1.inc as the leaf set
    // (counts without flattening vs the flattened output).
    const gateLines = q2.split('\n').filter((l) => /^[a-z0-9]+(\(.*\))? [a-z_]+\[/.test(l) && !l.startsWith('qreg') && !l.startsWith('creg'));
    const { input, options } = loadSolverProblem({ file: mat, solver, epsilon: 0.05, rhs: 'ones', seed: 1, dilate: false, 'symmetry-tol': 1e-8 });
    const qelib1 = new Set(['u3', 'u2', 'u1', 'cx', 'id', 'x', 'y', 'z', 'h', 's', 'sdg', 't', 'tdg', 'rx', 'ry', 'rz', 'cz', 'cy', 'ch', 'ccx', 'crz', 'cu1', 'cu3', 'u', 'p', 'cp']);
    expect(gateLines.length).toBe(estimateLogical(synthesizeLinearSolver(input, options).circuit, qelib1).totalGateCount);
  });

  it('the compile report lets a third party re-validate: b, data and ancilla qubits, post-selection and the validate command', async () => {
    const dir = tempDir();
    const mat = path.join(dir, 'a.json');
    fs.writeFileSync(mat, JSON.stringify(SPD4));
    const out = path.join(dir, 'out');
    const run = await runCapture(['compile', mat, '--solver', 'qsvt', '--epsilon', '0.05', '--rhs', 'random', '--seed', '7', '--out-dir', out]);
    expect(run.code).toBe(0);
    const report = JSON.parse(fs.readFileSync(path.join(out, 'a.qsvt.json'), 'utf8'));
    const { input } = loadSolverProblem({ file: mat, solver: 'qsvt', epsilon: 0.05, rhs: 'random', seed: 7, dilate: false, 'symmetry-tol': 1e-8 });
    expect(report.rhs).toEqual(Array.from(input.rhs));
    expect(report.qubits.data).toHaveLength(report.numDataQubits);
    expect(report.qubits.data.length + report.qubits.ancilla.length).toBe(report.numQubits);
    expect([...report.qubits.ancilla].sort()).toEqual(expect.arrayContaining(report.postselect.qubits));
    expect(report.statements.qasm2).toBe(fs.readFileSync(path.join(out, 'a.qsvt.v2.qasm'), 'utf8').split('\n').filter((l: string) => l && !/^(OPENQASM|include|qreg|creg|gate )/.test(l)).length);
    expect(report.statements.qasm3).toBe(fs.readFileSync(path.join(out, 'a.qsvt.v3.qasm'), 'utf8').split('\n').filter((l: string) => l && !/^(OPENQASM|include|qubit\[|bit\[|gate |gphase\()/.test(l)).length);
    expect(report.postselect.values).toHaveLength(report.postselect.qubits.length);
    const argv = (report.revalidate.command as string).split(' ').slice(1);
    expect(argv.slice(0, 2)).toEqual(['validate', mat]);
    const v = await runCapture([...argv, '--json']);
    expect(v.code).toBe(0);
    expect(JSON.parse(v.stdout).fidelity).toBeGreaterThanOrEqual(0.99);
    expect(JSON.parse(v.stdout).predictedSuccessProbability).toBeCloseTo(report.successProbability, 12);
  });

  it('--max-flat-gates caps each file by the statements it would hold (QASM 3 is smaller and can be written alone)', async () => {
    const dir = tempDir();
    const mat = path.join(dir, 'a.json');
    fs.writeFileSync(mat, JSON.stringify(SPD4));
    const probe = path.join(dir, 'probe');
    await runCapture(['compile', mat, '--epsilon', '0.05', '--out-dir', probe]);
    const { statements } = JSON.parse(fs.readFileSync(path.join(probe, 'a.qsvt.json'), 'utf8'));
    expect(statements.qasm3).toBeLessThan(statements.qasm2);
    const out = path.join(dir, 'out');
    const run = await runCapture(['compile', mat, '--epsilon', '0.05', '--out-dir', out, '--max-flat-gates', String(statements.qasm3)]);
    expect(run.code).toBe(0);
    expect(fs.existsSync(path.join(out, 'a.qsvt.v3.qasm'))).toBe(true);
    expect(fs.existsSync(path.join(out, 'a.qsvt.v2.qasm'))).toBe(false);
    expect(run.stdout).toMatch(new RegExp(`OpenQASM 2 file would have ${statements.qasm2} statements > --max-flat-gates ${statements.qasm3}`));
  });

  it('--block-encoding with --solver hhl --hamiltonian-simulation dense is refused (it would be ignored)', async () => {
    const dir = tempDir();
    const mat = path.join(dir, 'a.json');
    fs.writeFileSync(mat, JSON.stringify(SPD4));
    const run = await runCapture(['compile', mat, '--solver', 'hhl', '--hamiltonian-simulation', 'dense', '--block-encoding', 'fable', '--out-dir', path.join(dir, 'o')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/--block-encoding does not apply to --hamiltonian-simulation dense/);
    expect(fs.existsSync(path.join(dir, 'o'))).toBe(false);
  });

  it('validate --solver hhl --block-encoding dense-dilation: HHL by qubitization honours the encoding, fidelity ≥ 0.99', async () => {
    const dir = tempDir();
    const mat = path.join(dir, 'a.json');
    fs.writeFileSync(mat, JSON.stringify(SPD4));
    const run = await runCapture(['validate', mat, '--solver', 'hhl', '--block-encoding', 'dense-dilation', '--epsilon', '0.02', '--rhs', 'random', '--json', '--min-fidelity', '0.99']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const res = JSON.parse(run.stdout);
    expect(res.fidelity).toBeGreaterThanOrEqual(0.99);
    expect(Math.abs(res.successProbability - res.predictedSuccessProbability)).toBeLessThan(1e-6);
  });

  it.each([['qsvt', 'ones'], ['hhl', 'random']])('validate --solver %s --rhs %s: fidelity ≥ 0.99', async (solver, rhs) => {
    const dir = tempDir();
    const mat = path.join(dir, 'a.json');
    fs.writeFileSync(mat, JSON.stringify(SPD4));
    const run = await runCapture(['validate', mat, '--solver', solver, '--epsilon', '0.02', '--rhs', rhs, '--json', '--min-fidelity', '0.99']);
    expect(run.code).toBe(0);
    const res = JSON.parse(run.stdout);
    expect(res.fidelity).toBeGreaterThanOrEqual(0.99);
    expect(Math.abs(res.successProbability - res.predictedSuccessProbability)).toBeLessThan(1e-6);
  });

  it.each([['sparse'], ['lcu']])('validate --block-encoding %s: wider than the dense limit, runs on the sparse backend (auto), fidelity ≥ 0.99', async (be) => {
    const dir = tempDir();
    const mat = path.join(dir, 'a.json');
    fs.writeFileSync(mat, JSON.stringify(SPD4));
    const run = await runCapture(['validate', mat, '--block-encoding', be, '--epsilon', '0.02', '--max-qubits', '10', '--json', '--min-fidelity', '0.99']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const res = JSON.parse(run.stdout);
    expect(res.qubits).toBeGreaterThan(10);
    expect(res.backend).toBe('sparse');
    expect(res.peakSupport).toBeLessThan(2 ** 10);
    expect(res.prunedProbability).toBeLessThan(1e-20);
    // The simulated success probability against the solver's own prediction (from the spectrum of the encoded matrix).
    expect(res.predictedSuccessProbabilityKind).toBe('exact');
    expect(Math.abs(res.successProbability - res.predictedSuccessProbability) / res.predictedSuccessProbability).toBeLessThan(1e-9);
  });

  it('validate reads b from a file', async () => {
    const dir = tempDir();
    const mat = path.join(dir, 'a.json');
    fs.writeFileSync(mat, JSON.stringify(SPD4));
    const vec = path.join(dir, 'b.txt');
    fs.writeFileSync(vec, '1 -2 0.5 3\n');
    const run = await runCapture(['validate', mat, '--rhs', vec, '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).fidelity).toBeGreaterThanOrEqual(0.99);
  });

  it.each([
    ['non-symmetric matrix', [[1, 2], [0, 1]], [], 'INVALID_MATRIX', /--dilate/],
    ['singular matrix', [[1, 1], [1, 1]], [], 'BUDGET_UNMET', /singular/],
    ['κ beyond the degree limit', [[1, 0], [0, 1e-5]], ['--max-degree', '500'], 'BUDGET_UNMET', /degree/],
    ['qubit budget', SPD4, ['--qubits', '3'], 'BUDGET_UNMET', /qubits/],
    ['too large for the dense backend', SPD4, ['--max-qubits', '4', '--backend', 'dense'], 'SIMULATION_TOO_LARGE', /max-qubits/],
    ['support budget exceeded', SPD4, ['--block-encoding', 'sparse', '--max-support', '8'], 'SUPPORT_BUDGET_EXCEEDED', /support budget/],
  ])('validate: %s → typed error', async (_name, matrix, extra, code, msg) => {
    const dir = tempDir();
    const mat = path.join(dir, 'm.json');
    fs.writeFileSync(mat, JSON.stringify(matrix));
    const run = await runCapture(['validate', mat, ...(extra as string[])]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`[${code}]`);
    expect(run.stderr).toMatch(msg as RegExp);
  });

  it.each([
    ['wrong length', '1 2 3'],
    ['zero norm', '0 0 0 0'],
  ])('compile: b with %s → INVALID_VECTOR', async (_name, text) => {
    const dir = tempDir();
    const mat = path.join(dir, 'a.json');
    fs.writeFileSync(mat, JSON.stringify(SPD4));
    const vec = path.join(dir, 'b.txt');
    fs.writeFileSync(vec, text);
    const run = await runCapture(['compile', mat, '--rhs', vec, '--out-dir', path.join(dir, 'o')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('[INVALID_VECTOR]');
    expect(fs.existsSync(path.join(dir, 'o'))).toBe(false);
  });
});
