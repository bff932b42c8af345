import { runPipeline, PipelineOptions } from '../../src/pipeline';
import { parameterBlocks, parameterCount, parseModelSpec } from '../../src/hessian/mlpSpec';
import { InvalidArgumentError, UnknownNameError } from '../../src/errors';

// A tiny run: blocks W1 64, b1 4, W2 40, b2 10; b1 (4×4) is compiled.
const TINY: PipelineOptions = {
  model: 'mlp:16-4-10:tanh', steps: 2, batchSize: 32, c: 0.5, flopRatePerSecond: 1e10, estimateParams: [10_000], compileEpsilon: 0.1,
};

describe('runPipeline', () => {
  const stages: string[] = [];
  let progressCalls = 0;
  const res = runPipeline(TINY, { onStage: (_i, _n, name) => stages.push(name), onProgress: () => { progressCalls++; } });
  const spec = parseModelSpec('mlp:16-4-10:tanh');

  it('runs every stage in order and reports progress per decision', () => {
    expect(stages).toEqual(['scheduled training', 'compile + optimize + validate one block', 'estimate network cost']);
    expect(progressCalls).toBe(2 * parameterBlocks(spec).length);
    expect(res.schedule.decisions).toHaveLength(2 * parameterBlocks(spec).length);
  });

  it('compiles the smallest block of the last step and validates it against the classical solve', () => {
    expect(res.compiled.name).toBe('b1-step1');
    expect(res.compiled.n).toBe(4);
    expect(res.compiled.synthesized.fidelity).toBeGreaterThan(0.99);
    expect(res.compiled.optimized.fidelity).toBeGreaterThan(0.99);
    expect(res.compiled.optimized.totalGates).toBeLessThan(res.compiled.synthesized.totalGates);
  });

  it('estimates the model itself and the extra sizes, with the median last-step κ', () => {
    expect(res.estimates.map((e) => e.problem.n)).toEqual([parameterCount(spec), 10_000]);
    const last = res.schedule.decisions.filter((d) => d.step === 1).map((d) => d.kappaAfter).sort((a, b) => a - b);
    expect(res.estimates[0].problem.kappa).toBe(last[Math.floor(last.length / 2)]);
  });

  it('returns every artifact and a summary that states the choices and the findings', () => {
    expect(res.files.map((f) => f.name)).toEqual([
      'schedule.json', 'schedule.html', 'b1-step1.qsvt.v2.qasm', 'b1-step1.qsvt.v3.qasm', 'b1-step1.qsvt.json', 'estimate.json', 'summary.txt',
    ]);
    const quantum = res.schedule.decisions.filter((d) => d.choice === 'quantum').length;
    const text = res.summary.join('\n');
    expect(text).toContain(`${quantum} of ${res.schedule.decisions.length} solves were cheaper on the quantum machine`);
    for (const f of res.schedule.findings) expect(text).toContain(f.statement);
    expect(JSON.parse(res.files[0].content).decisions).toHaveLength(res.schedule.decisions.length);
  });

  it('is deterministic: the same options give byte-identical QASM and decisions', () => {
    const again = runPipeline(TINY);
    expect(again.files[2].content).toBe(res.files[2].content);
    expect(again.files[3].content).toBe(res.files[3].content);
    expect(JSON.stringify(again.schedule.decisions)).toBe(JSON.stringify(res.schedule.decisions));
  });

  it.each<[string, PipelineOptions, new (...a: never[]) => Error]>([
    ['unknown block', { ...TINY, compileBlock: 'W9' }, UnknownNameError],
    ['unknown hardware', { ...TINY, hardware: 'warp-drive' }, UnknownNameError],
    ['bad estimate size', { ...TINY, estimateParams: [1] }, InvalidArgumentError],
    ['bad model', { ...TINY, model: 'mlp:17-4-10:tanh' }, InvalidArgumentError],
    ['zero steps', { ...TINY, steps: 0 }, InvalidArgumentError],
  ])('rejects %s with a typed error before doing work', (_name, opts, cls) => {
    let calls = 0;
    expect(() => runPipeline(opts, { onStage: () => { calls++; } })).toThrow(cls);
    expect(calls).toBe(0);
  });
});
