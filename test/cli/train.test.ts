import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCapture } from './helpers';
import type { ScheduleReport } from '../../src/schedule/scheduler';

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'qn-train-'));
}

const TINY = ['--model', 'mlp:16-4-10:tanh', '--steps', '2', '--c', '0.5', '--qec', 'none', '--sgd-lr', '0.3', '--adam-lr', '0.01', '--baseline-max-steps', '20'];

describe('qnewton train', () => {
  const dir = tempDir();
  const out = path.join(dir, 'r.json');
  const html = path.join(dir, 'r.html');
  let run: Awaited<ReturnType<typeof runCapture>>;
  let report: ScheduleReport;
  beforeAll(async () => {
    run = await runCapture(['train', ...TINY, '--out', out, '--html', html]);
    report = JSON.parse(fs.readFileSync(out, 'utf8')) as ScheduleReport;
  });

  it('exits 0, prints the decision table, totals and findings, and writes JSON and HTML', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^step\s+block\s+N\s+κ before→after\s+d\s+α\s+quantum s\s+classical s\s+flip ×\s+choice/m);
    expect(run.stdout).toContain('projected totals (every phase each strategy needs');
    expect(run.stdout).toContain('accounting: read-out on');
    expect(report.accounting!.readout).toBe(true);
    expect(report.totals.map((t) => t.strategy)).toEqual(['q-newton', 'classical-newton', 'hessian-free-newton', 'sgd', 'adam']);
    expect(report.totals.find((t) => t.strategy === 'sgd')!.sweep!.map((x) => x.learningRate)).toEqual([0.3]);
    expect(run.stdout).toContain('findings:');
    expect(report.decisions).toHaveLength(8);
    expect(report.config.hardware).toBe('qubit_gate_ns_e3');
    expect(report.config.qec).toBe('none');
    expect(fs.readFileSync(html, 'utf8')).toMatch(/<html/i);
  });

  it('prints one table row per decision with the JSON\'s block, N and choice', () => {
    const rows = run.stdout.split('\n').filter((l) => /^\d+\s+(W|b)\d/.test(l));
    expect(rows).toHaveLength(report.decisions.length);
    rows.forEach((r, i) => {
      const d = report.decisions[i];
      const cells = r.split(/\s+/);
      expect(cells[0]).toBe(String(d.step + 1));
      expect(cells[1]).toBe(d.block);
      expect(cells[2]).toBe(String(d.n));
      expect(r).toContain(d.choice);
    });
  });

  it('the JSON round-trips and is identical across runs except wallSeconds', async () => {
    const out2 = path.join(dir, 'r2.json');
    const again = await runCapture(['train', ...TINY, '--out', out2]);
    expect(again.code).toBe(0);
    const second = JSON.parse(fs.readFileSync(out2, 'utf8')) as ScheduleReport;
    expect(JSON.stringify({ ...second, wallSeconds: 0, measured: null })).toBe(JSON.stringify({ ...report, wallSeconds: 0, measured: null }));
  });

  it('--no-readout prices solver runs only and says so in the text, the JSON and the HTML', async () => {
    const out3 = path.join(dir, 'r3.json');
    const html3 = path.join(dir, 'r3.html');
    const paper = await runCapture(['train', ...TINY, '--no-readout', '--out', out3, '--html', html3]);
    expect(paper.code).toBe(0);
    const r = JSON.parse(fs.readFileSync(out3, 'utf8')) as ScheduleReport;
    expect(r.accounting!.readout).toBe(false);
    expect(r.config.readout).toBe(false);
    expect(paper.stdout).toContain('accounting: --no-readout');
    expect(fs.readFileSync(html3, 'utf8')).toContain('--no-readout');
    // Same trajectory shapes, so the paper's accounting can only be cheaper per quantum solve.
    r.decisions.forEach((d, i) => expect(d.quantumSeconds).toBeLessThan(report.decisions[i].quantumSeconds));
  });

  it.each<[string, string[], RegExp]>([
    ['unknown model', ['--model', 'cnn:16-10'], /UNKNOWN_NAME/],
    ['steps < 1', ['--steps', '0'], /INVALID_ARGUMENT.*steps/],
    ['d < 1', ['--sparsity', '0'], /INVALID_ARGUMENT.*sparsity/],
    ['epsilon = 1', ['--epsilon', '1'], /INVALID_ARGUMENT.*epsilon/],
    ['c < 0', ['--c', '-1'], /INVALID_ARGUMENT.*regularization/],
    ['unknown qec', ['--qec', 'color_code'], /UNKNOWN_NAME/],
    ['unknown hardware', ['--hardware', 'abacus'], /UNKNOWN_NAME/],
    ['unknown block', ['--blocks', 'W1,W7'], /UNKNOWN_NAME/],
    ['zero learning rate in the sweep', ['--sgd-lr', '0.1', '0'], /INVALID_ARGUMENT.*sgdLearningRates/],
    ['batch larger than the data', ['--batch', '4096'],
      /INVALID_ARGUMENT\]: --batch 4096 exceeds the 2000 training examples loaded \(--train-count 2000\); lower --batch to at most 2000 or raise --train-count to at least 4096$/],
    ['batch larger than a given --train-count', ['--batch', '300', '--train-count', '200'], /--batch 300 exceeds .*\(--train-count 200\); lower --batch to at most 200 or raise --train-count to at least 300$/],
  ])('%s → exit 1, one error line, no output file', async (_name, extra, message) => {
    const bad = path.join(dir, `bad-${extra.join('')}.json`);
    const model = extra.includes('--model') ? [] : ['--model', 'mlp:16-4-10:tanh'];
    const r = await runCapture(['train', ...model, '--steps', '1', ...extra, '--out', bad]);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
    expect(fs.existsSync(bad)).toBe(false);
  });
});
