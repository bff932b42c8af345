import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { InvalidTraceError } from '../../../src/errors';
import { replayTrace } from '../../../src/schedule/trace';
import { TRACE_FIXTURE_DIR } from '../../fixtures/paths';
import { runCapture } from '../../cli/helpers';
import { makeFakePricer } from '../scheduler/fakePricer';
import { copyTree } from './traceFixture';

const pricer = makeFakePricer(1e-9, 1e9);

/** A fresh copy of the example trace, corrupted by `corrupt(dir)`. */
function corrupted(corrupt: (dir: string) => void): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qn-badtrace-'));
  copyTree(TRACE_FIXTURE_DIR, dir);
  corrupt(dir);
  return dir;
}

interface ManifestJson { format: unknown; steps: Array<{ loss: unknown; blocks: Array<Record<string, unknown>> }> }

function editManifest(dir: string, edit: (m: ManifestJson) => void): void {
  const p = path.join(dir, 'manifest.json');
  const m = JSON.parse(fs.readFileSync(p, 'utf8')) as ManifestJson;
  edit(m);
  fs.writeFileSync(p, JSON.stringify(m));
}

/** Overwrite entry (i, j) of a float64 C-order .npy matrix with v. */
function setNpyEntry(file: string, n: number, i: number, j: number, v: number): void {
  const b = fs.readFileSync(file);
  const dataStart = 10 + b.readUInt16LE(8);
  b.writeDoubleLE(v, dataStart + (i * n + j) * 8);
  fs.writeFileSync(file, b);
}

const W1 = 'step1/W1.hessian.npy';
const W2_MTX = 'step0/W2.pruned.mtx';

function editText(file: string, edit: (text: string) => string): void {
  const before = fs.readFileSync(file, 'utf8');
  const after = edit(before);
  if (after === before) throw new Error(`the edit did not change ${file}`);
  fs.writeFileSync(file, after);
}

describe('bad trace folders: typed INVALID_TRACE errors naming the file and the fix', () => {
  it.each<[string, (dir: string) => void, string, RegExp]>([
    ['missing manifest', (d) => fs.rmSync(path.join(d, 'manifest.json')), 'manifest.json', /needs a manifest\.json/],
    ['manifest not JSON', (d) => fs.writeFileSync(path.join(d, 'manifest.json'), '{"format": '), 'manifest.json', /not valid JSON.*json\.dump/],
    ['wrong format tag', (d) => editManifest(d, (m) => { m.format = 'other'; }), 'manifest.json', /"format" is "other"; set "format": "qnewton-trace"/],
    ['loss is NaN (null in JSON)', (d) => editManifest(d, (m) => { m.steps[1].loss = null; }), 'manifest.json', /steps\[1\]\.loss is null, not a finite number/],
    ['path leaves the folder', (d) => editManifest(d, (m) => { m.steps[0].blocks[0].hessian = '../x.npy'; }), 'manifest.json', /not inside the trace folder; use a relative path/],
    ['missing Hessian file', (d) => fs.rmSync(path.join(d, W1)), W1, /steps\[1\]\.blocks\[0\]\.hessian .* does not exist; write the file or correct the path/],
    ['size disagrees with the manifest', (d) => editManifest(d, (m) => { m.steps[1].blocks[0].n = 65; }), W1, /the matrix is 64×64 but .* gives n = 65 for block "W1" of step 1; correct "n"/],
    ['NaN in the Hessian', (d) => setNpyEntry(path.join(d, W1), 64, 3, 5, NaN), W1, /entry \(3, 5\) is not finite .*recompute it/],
    ['asymmetric Hessian', (d) => setNpyEntry(path.join(d, W1), 64, 3, 5, 1), W1, /not symmetric.*symmetrize it before saving \(\(H \+ Hᵀ\)\/2\)/],
    ['missing gradient file', (d) => fs.rmSync(path.join(d, 'step1/W1.gradient.npy')), 'step1/W1.gradient.npy', /does not exist; write the file or correct the path/],
    ['NaN in a pruned .mtx', (d) => editText(path.join(d, W2_MTX), (t) => t.replace(/^1 1 \S+$/m, '1 1 nan')), W2_MTX, /not finite/],
    ['asymmetric pruned .mtx (general storage, lower triangle only)', (d) => editText(path.join(d, W2_MTX), (t) => t.replace('real symmetric', 'real general')), W2_MTX, /not symmetric.*symmetrize/],
    ['pruned .mtx size disagrees with the manifest', (d) => editManifest(d, (m) => { m.steps[0].blocks[1].n = 41; }), W2_MTX, /the matrix is 40×40 but .* gives n = 41 for block "W2" of step 0; correct "n"/],
    ['gradient length mismatch', (d) => {
      const f = path.join(d, 'step2/W2.gradient.json');
      fs.writeFileSync(f, JSON.stringify(JSON.parse(fs.readFileSync(f, 'utf8')).slice(1)));
    }, 'step2/W2.gradient.json', /the gradient has 39 entries but block "W2" of step 2 has n = 40/],
    ['NaN in a JSON gradient', (d) => {
      const f = path.join(d, 'step0/W2.gradient.json');
      const g = JSON.parse(fs.readFileSync(f, 'utf8')); g[7] = 'NaN';
      fs.writeFileSync(f, JSON.stringify(g));
    }, 'step0/W2.gradient.json', /gradient entry 7 is "NaN", not a finite number/],
  ])('%s', (_name, corrupt, file, message) => {
    const dir = corrupted(corrupt);
    let err: unknown;
    try { replayTrace(dir, {}, pricer); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(InvalidTraceError);
    const e = err as InvalidTraceError;
    expect(e.code).toBe('INVALID_TRACE');
    expect(e.file).toBe(path.join(dir, file));
    expect(e.message).toContain(path.join(dir, file));
    expect(e.message).toMatch(message);
  });

  it('a missing folder names the folder', () => {
    expect(() => replayTrace('/nonexistent/trace', {}, pricer)).toThrow(/trace folder \/nonexistent\/trace does not exist/);
  });
});

describe('qnewton train --trace', () => {
  it('replays the example trace and writes the report', async () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'qn-trace-cli-')), 'r.json');
    const run = await runCapture(['train', '--trace', TRACE_FIXTURE_DIR, '--qec', 'none', '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^1\s+W1\s+64\s/m);
    const report = JSON.parse(fs.readFileSync(out, 'utf8'));
    expect(report.decisions).toHaveLength(6);
    expect(report.config).toMatchObject({ source: 'trace', model: 'mlp:16-4-10:tanh', qec: 'none' });
  });
  it('exits 1 with one line naming the file, and writes no report, for a bad trace', async () => {
    const dir = corrupted((d) => setNpyEntry(path.join(d, 'step2/W1.hessian.npy'), 64, 0, 1, NaN));
    const out = path.join(dir, 'r.json');
    const run = await runCapture(['train', '--trace', dir, '--qec', 'none', '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^qnewton: error \[INVALID_TRACE\]: .*step2\/W1\.hessian\.npy: entry \(0, 1\) is not finite/);
    expect(fs.existsSync(out)).toBe(false);
  });
});
