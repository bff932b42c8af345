import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCapture } from './helpers';

// c = 0.5 keeps the compiled block's κ (and so the QSVT degree) small: the default c = 0.05 makes this run ~20× slower.
const TINY = ['--model', 'mlp:16-4-10:tanh', '--steps', '2', '--batch', '32', '--c', '0.5', '--flop-rate', '1e10', '--estimate-params', '10000'];

describe('qnewton run', () => {
  it('runs the pipeline, prints the summary and writes every file', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qn-run-'));
    const r = await runCapture(['run', ...TINY, '--out-dir', dir]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('[1/3] scheduled training');
    expect(r.stdout).toContain('1. Q-Newton training with scheduling');
    expect(r.stdout).toContain('2. One block compiled: b1-step1');
    expect(r.stdout).toContain('3. What the full Newton system of a network costs');
    const files = fs.readdirSync(dir).sort();
    expect(files).toEqual(['b1-step1.qsvt.json', 'b1-step1.qsvt.v2.qasm', 'b1-step1.qsvt.v3.qasm', 'estimate.json', 'schedule.html', 'schedule.json', 'summary.txt']);
    expect(fs.readFileSync(path.join(dir, 'b1-step1.qsvt.v2.qasm'), 'utf8')).toMatch(/^OPENQASM 2\.0;/);
  });

  it('--cost-model query prices with the paper\'s query model, un-encoded by default', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qn-run-q-'));
    const r = await runCapture(['run', ...TINY, '--out-dir', dir, '--cost-model', 'query', '--hardware', 'attosecond']);
    expect(r.code).toBe(0);
    const report = JSON.parse(fs.readFileSync(path.join(dir, 'schedule.json'), 'utf8'));
    expect(report.config.costModel).toBe('query');
    expect(report.config.qec).toBe('none');
    expect(r.stdout).toContain('(none, query cost model)');
  });

  it.each([
    ['unknown cost model', ['--cost-model', 'magic'], 'UNKNOWN_NAME'],
    ['query model with the surface code', ['--cost-model', 'query', '--qec', 'surface_code'], 'INVALID_ARGUMENT'],
    ['unknown hardware', ['--hardware', 'warp-drive'], 'UNKNOWN_NAME'],
    ['missing hardware file', ['--hardware', '/nonexistent/hw.json'], 'FILE_NOT_FOUND'],
    ['bad level', ['--level', '7'], 'INVALID_ARGUMENT'],
    ['bad epsilon', ['--epsilon', '1.5'], 'INVALID_ARGUMENT'],
    ['unknown block', ['--block', 'W9'], 'UNKNOWN_NAME'],
  ])('%s: exit 1, one error line, no files', async (_n, extra, code) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qn-run-bad-'));
    const r = await runCapture(['run', ...TINY, '--out-dir', dir, ...extra]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`qnewton: error [${code}]`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('a batch larger than the data: exit 1, one line naming --batch and the fix, no files', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qn-run-bad-'));
    const r = await runCapture(['run', ...TINY.filter((_a, i) => i !== TINY.indexOf('--batch') && i !== TINY.indexOf('--batch') + 1), '--batch', '4096', '--out-dir', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^qnewton: error \[INVALID_ARGUMENT\]: --batch 4096 exceeds the 2000 training examples this command loads; lower --batch to at most 2000$/);
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
