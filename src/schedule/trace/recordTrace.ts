/**
 * Record a training trace (docs/trace-format.md) from this project's own MLP on MNIST, so that the
 * trace format is exercised with real data: block-coordinate Newton training (per step and block:
 * exact block Hessian H and gradient g at the current parameters, then the damped Newton update
 * with H + c·max|H|·I, unpruned), saving per block either H (.npy) or the already regularized
 * and pruned H̃ (.mtx), and g (.npy or .json). Pure and deterministic: returns the files, writes
 * nothing (test/schedule/trace writes the shipped fixture with UPDATE_TRACE_FIXTURE=1).
 */
import { layerHessianBlocks } from '../../hessian/layerHessian';
import { initParams, lossAndGradient, lossOf } from '../../hessian/mlp';
import { blockByName, formatModelSpec, parseModelSpec } from '../../hessian/mlpSpec';
import { loadMnist } from '../../hessian/mnistData';
import { sampleBatch } from '../../hessian/train';
import { csrFromDense } from '../../math/csrMatrix';
import { formatMatrixMarket } from '../../math/io/matrixMarket';
import { formatNpy, formatNpyVector } from '../../math/io/npy';
import { pruneSymmetric } from '../../math/prune';
import { regularize } from '../../math/regularize';
import { makeRng } from '../../math/rng';
import { dampedNewtonUpdate, solveNewtonDirection } from '../scheduler/newtonDirection';
import { DEFAULT_TRACE_SYMMETRY_TOL, formatTraceManifest, TRACE_FORMAT, TRACE_MANIFEST_FILE, TRACE_VERSION, TraceBlock, TraceManifest } from './manifest';

/** How one block is written. */
export interface RecordBlockSpec {
  readonly name: string;
  /** true: save the regularized, pruned H̃ as .mtx ("pruned": true); false: the raw H as .npy. */
  readonly pruned: boolean;
  readonly gradientFormat: 'npy' | 'json';
}

/** Options of {@link recordMlpTrace}. */
export interface RecordTraceOptions {
  readonly model: string;
  readonly steps: number;
  readonly batchSize: number;
  readonly seed: number;
  readonly trainCount: number;
  /** Regularization c of the training update (and of the pruned files). */
  readonly c: number;
  /** Row sparsity d of the pruned files. */
  readonly sparsity: number;
  readonly blocks: readonly RecordBlockSpec[];
}

/** A recorded trace: the files (path relative to the trace folder → contents) and, for tests, the parameters at each decision. */
export interface RecordedTrace {
  readonly manifest: TraceManifest;
  readonly files: ReadonlyArray<{ readonly path: string; readonly contents: string | Uint8Array }>;
  /** Parameters at which each (step, block) Hessian was taken, in manifest order. */
  readonly paramsAt: ReadonlyArray<{ readonly step: number; readonly block: string; readonly params: Float64Array }>;
  /** The mini-batch of each step. */
  readonly batches: ReadonlyArray<ReturnType<typeof sampleBatch>>;
}

/** Train and record (see the module comment). Seeds: data and initialization `seed`, batches seed + 2. */
export function recordMlpTrace(o: RecordTraceOptions): RecordedTrace {
  const spec = parseModelSpec(o.model);
  const data = loadMnist({ count: o.trainCount, seed: o.seed, inputDim: spec.widths[0] });
  const rng = makeRng(o.seed + 2);
  let params = initParams(spec, o.seed);
  const files: Array<{ path: string; contents: string | Uint8Array }> = [];
  const paramsAt: Array<{ step: number; block: string; params: Float64Array }> = [];
  const batches: Array<ReturnType<typeof sampleBatch>> = [];
  const steps: Array<{ loss: number; blocks: TraceBlock[] }> = [];
  let batch = sampleBatch(data, o.batchSize, rng);
  for (let step = 0; step < o.steps; step++) {
    if (step > 0) batch = sampleBatch(data, o.batchSize, rng);
    batches.push(batch);
    const blocks: TraceBlock[] = [];
    const loss = lossOf(spec, params, batch);
    for (const b of o.blocks) {
      const pb = blockByName(spec, b.name);
      const { loss: lossBefore, gradient } = lossAndGradient(spec, params, batch);
      const g = gradient.slice(pb.offset, pb.offset + pb.size);
      const h = layerHessianBlocks(spec, params, batch, [b.name])[0].matrix;
      paramsAt.push({ step, block: b.name, params });
      const reg = regularize(h, o.c);
      const hessian = `step${step}/${b.name}.${b.pruned ? 'pruned.mtx' : 'hessian.npy'}`;
      const gradientFile = `step${step}/${b.name}.gradient.${b.gradientFormat}`;
      files.push({
        path: hessian,
        contents: b.pruned
          ? formatMatrixMarket(pruneSymmetric(reg.matrix, Math.min(o.sparsity, pb.size)).matrix, { regularizationShift: reg.shift, c: o.c, d: o.sparsity })
          : formatNpy(csrFromDense(h)),
      });
      files.push({ path: gradientFile, contents: b.gradientFormat === 'npy' ? formatNpyVector(g) : JSON.stringify(Array.from(g)) + '\n' });
      blocks.push({ name: b.name, n: pb.size, hessian, gradient: gradientFile, pruned: b.pruned });
      const dir = solveNewtonDirection(csrFromDense(reg.matrix), g).direction;
      params = dampedNewtonUpdate(spec, params, b.name, dir, g, batch, lossBefore, 1, 8).params;
    }
    steps.push({ loss, blocks });
  }
  const manifest: TraceManifest = {
    format: TRACE_FORMAT, version: TRACE_VERSION, model: formatModelSpec(spec),
    source: `qnewton recordMlpTrace: seed ${o.seed}, batch ${o.batchSize}, ${o.trainCount} MNIST samples, c = ${o.c}, d = ${o.sparsity}`,
    symmetryTol: DEFAULT_TRACE_SYMMETRY_TOL, steps, finalLoss: lossOf(spec, params, batch),
  };
  files.unshift({ path: TRACE_MANIFEST_FILE, contents: formatTraceManifest(manifest) });
  return { manifest, files, paramsAt, batches };
}
