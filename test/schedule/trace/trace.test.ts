import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { blockOfFullHessian, fullHessian, parseModelSpec } from '../../../src/hessian';
import { blockEncodingAlpha, csrToDense, DenseMatrix, pruneSymmetric, regularize, symmetricEigenvalues } from '../../../src/math';
import { recordMlpTrace, replayTrace } from '../../../src/schedule/trace';
import { TRACE_FIXTURE_DIR } from '../../fixtures/paths';
import { makeFakePricer } from '../scheduler/fakePricer';
import { listFiles, TRACE_FIXTURE_OPTIONS } from './traceFixture';

const recorded = recordMlpTrace(TRACE_FIXTURE_OPTIONS);
if (process.env.UPDATE_TRACE_FIXTURE === '1') {
  fs.rmSync(TRACE_FIXTURE_DIR, { recursive: true, force: true });
  for (const f of recorded.files) {
    fs.mkdirSync(path.dirname(path.join(TRACE_FIXTURE_DIR, f.path)), { recursive: true });
    fs.writeFileSync(path.join(TRACE_FIXTURE_DIR, f.path), f.contents);
  }
}

function kappaDense(a: DenseMatrix): number {
  const ev = Array.from(symmetricEigenvalues(a), Math.abs);
  return Math.max(...ev) / Math.min(...ev);
}

describe('the shipped example trace', () => {
  it('is exactly what recordMlpTrace produces from our MLP (deterministic; regenerate with UPDATE_TRACE_FIXTURE=1)', () => {
    expect(listFiles(TRACE_FIXTURE_DIR)).toEqual(recorded.files.map((f) => f.path).sort());
    for (const f of recorded.files) {
      const onDisk = fs.readFileSync(path.join(TRACE_FIXTURE_DIR, f.path));
      expect(Buffer.compare(onDisk, Buffer.from(f.contents))).toBe(0);
    }
    expect(recorded.manifest.steps).toHaveLength(3);
    expect(recorded.manifest.steps.map((s) => s.blocks.map((b) => `${b.name}:${b.n}`).join(','))).toEqual(Array(3).fill('W1:64,W2:40'));
  });
  it('is training: the recorded loss falls over the 3 steps', () => {
    const l = [...recorded.manifest.steps.map((s) => s.loss), recorded.manifest.finalLoss];
    expect(l[3]).toBeLessThan(l[0]);
  });
});

describe('replayTrace on the example trace', () => {
  const pricer = makeFakePricer(1e-9, 1e9);
  const options = { c: TRACE_FIXTURE_OPTIONS.c, sparsity: TRACE_FIXTURE_OPTIONS.sparsity, epsilon: 1e-2 };
  const progress: string[] = [];
  const report = replayTrace(TRACE_FIXTURE_DIR, options, pricer, { onProgress: (_d, _t, l) => progress.push(l) });
  const spec = parseModelSpec(TRACE_FIXTURE_OPTIONS.model);

  it('makes one decision per (step, block), with the trace\'s losses', () => {
    expect(report.decisions.map((d) => `${d.step}${d.block}`)).toEqual(['0W1', '0W2', '1W1', '1W2', '2W1', '2W2']);
    expect(progress[2]).toBe('step 2/3 W1');
    expect(report.lossHistory).toEqual([...recorded.manifest.steps.map((s) => s.loss), recorded.manifest.finalLoss]);
    expect(report.config.source).toBe('trace');
    expect(report.totals.map((t) => t.strategy)).toEqual(['q-newton', 'classical-newton']);
  });

  it('κ before/after and α match an independent Hessian (full P×P Hessian from HVPs) at the recorded parameters to 1e-8', () => {
    report.decisions.forEach((d, i) => {
      const at = recorded.paramsAt[i];
      expect([at.step, at.block]).toEqual([d.step, d.block]);
      const h = blockOfFullHessian(spec, fullHessian(spec, at.params, recorded.batches[d.step]), d.block);
      const a = pruneSymmetric(regularize(h, options.c).matrix, options.sparsity).matrix;
      expect(Math.abs(d.kappaAfter / kappaDense(csrToDense(a)) - 1)).toBeLessThan(1e-8);
      expect(Math.abs(d.alpha / blockEncodingAlpha(a).alpha - 1)).toBeLessThan(1e-8);
      if (d.block === 'W1') {
        expect(d.kappaBefore).not.toBeNull();
        expect(Math.abs((d.kappaBefore as number) / kappaDense(h) - 1)).toBeLessThan(1e-6);
      } else {
        expect(d.kappaBefore).toBeNull();
        expect(d.kappaNote).toMatch(/already regularized and pruned/);
      }
      expect(d.choice).toBe(d.quantumSeconds < d.classicalSeconds ? 'quantum' : 'classical');
      expect(d.updateNote).toMatch(/trace replay: direction solved \(relative residual \d(\.\d{1,2})?e-\d+\)/);
    });
  });

  it('is deterministic apart from the wall time', () => {
    const again = replayTrace(TRACE_FIXTURE_DIR, options, pricer);
    expect(JSON.stringify({ ...again, wallSeconds: 0 })).toBe(JSON.stringify({ ...report, wallSeconds: 0 }));
  });

  it('a trace written to a temp folder replays to the same decisions', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qn-trace-'));
    for (const f of recorded.files) {
      fs.mkdirSync(path.dirname(path.join(dir, f.path)), { recursive: true });
      fs.writeFileSync(path.join(dir, f.path), f.contents);
    }
    const r = replayTrace(dir, options, pricer);
    expect(r.decisions).toEqual(report.decisions);
  });
});
