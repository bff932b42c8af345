/**
 * Benchmark of one scheduled Q-Newton step at the paper's sizes (issue 10): MNIST MLPs 784-16-10,
 * 784-32-10 and 784-54-54-10 (ReLU; the first two also tanh) at batch 2048, every block of the
 * step. Per model it reports
 *  - the measured wall-clock (and CPU) seconds of one real scheduled step (scheduleBlock over all
 *    blocks, the code path of `qnewton train`), and the peak resident memory of its process;
 *  - the share of each phase (gradient, Hessian formation, κ before, regularize, prune, κ after +
 *    α, pricing, solve, update) from an instrumented replica that calls the same functions in the
 *    same order; "regularize" is the tiled max|H| / symmetry scan of regularizeAndPruneDense,
 *    timed up to its first row of selection, "prune" the rest of that call;
 *  - blocks refused by the memory budget (BlockTooLargeError), with the refusal message; they are
 *    scheduled matrix-free inside the real step (hessian 'auto') and their phases are the real
 *    step's own timings (gradient; sampled rows as "hessian"; κ before; κ after; CG on HVPs as
 *    "solve"; line search as "update"), not re-run in the replica.
 * Plus the Kronecker weight-block kernel's GFLOP/s against a plain triple loop over
 * (row, column, sample), both measured in the same run on a smaller layer (196·8 inputs ×
 * outputs, batch 256), and the error of float32 storage on the 784-16-10 W1 block.
 * Each model runs in its own child process (node --expose-gc) so peak memory is per model.
 * Targets (this 2-core machine): 784-16-10 step < 30 s, 784-32-10 step < 120 s, 784-54-54-10 step
 * < 600 s (matrix-free W1), peak < 16 GiB.
 * The machine is shared, so the load average at start and end is recorded; CPU seconds are less
 * sensitive to load than wall seconds. Writes bench/results/train.json and prints a table.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { BlockTooLargeError } from '../src/errors';
import {
  assertDenseBlockFits, formKroneckerWeightBlock, initParams, layerHessianBlocks, loadMnist, lossAndGradient, parameterBlocks, parseModelSpec,
  preActivationHessians, runMlp, sampleBatch,
} from '../src/hessian';
import { blockEncodingAlpha, csrMaxRowNnz, csrNnz, makeRng, regularizeAndPruneDense } from '../src/math';
import { getHardwareProfile } from '../src/cost';
import { makeSolvePricer } from '../src/schedule/price';
import { blockSpectrum, dampedNewtonUpdate, DecisionTimes, resolveScheduleOptions, scheduleBlock, solveNewtonDirection } from '../src/schedule/scheduler';

const BATCH = 2048;
const TRAIN_COUNT = 4096;
const MODELS: readonly { model: string; targetStepSeconds: number | null }[] = [
  { model: 'mlp:784-16-10:relu', targetStepSeconds: 30 },
  { model: 'mlp:784-32-10:relu', targetStepSeconds: 120 },
  { model: 'mlp:784-54-54-10:relu', targetStepSeconds: 600 },
  { model: 'mlp:784-16-10:tanh', targetStepSeconds: 30 },
  { model: 'mlp:784-32-10:tanh', targetStepSeconds: 120 },
];
const PEAK_TARGET_BYTES = 16 * 1024 ** 3;
const PHASES = ['gradient', 'hessian', 'kappaBefore', 'regularize', 'prune', 'kappaAfterAlpha', 'price', 'solve', 'update'] as const;
type Phase = (typeof PHASES)[number];

interface BlockResult {
  readonly block: string;
  readonly n: number;
  readonly refused?: string;
  /** Scheduled by the matrix-free path (HVPs; phases from the real step's own timing). */
  readonly matrixFree?: boolean;
  readonly phaseSeconds?: Record<Phase, number>;
  readonly sparsity?: number;
  readonly nonZeroCount?: number;
  readonly zeroRowCount?: number;
  readonly rowScans?: number;
}

interface ModelResult {
  readonly model: string;
  readonly batchSize: number;
  readonly stepWallSeconds: number;
  readonly stepCpuSeconds: number;
  readonly scheduledBlocks: readonly string[];
  readonly peakRssBytesAfterStep: number;
  readonly peakRssBytes: number;
  readonly blocks: readonly BlockResult[];
  readonly phaseTotalSeconds: Record<Phase, number>;
  readonly loadAverage: readonly number[];
}

function seconds(t0: bigint): number {
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

function maxRssBytes(): number {
  return process.resourceUsage().maxRSS * 1024;
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function pricer() {
  return makeSolvePricer({ solver: 'qsvt', profile: getHardwareProfile('qubit_gate_ns_e3'), qec: 'surface_code', costModel: 'compiled', flopRatePerSecond: 1e10, endToEnd: true });
}

function runModel(model: string): ModelResult {
  const load0 = os.loadavg()[0];
  const o = resolveScheduleOptions({ model, batchSize: BATCH, trainCount: TRAIN_COUNT, steps: 1, c: 0.5, sparsity: 8 });
  const spec = o.spec;
  const data = loadMnist({ count: TRAIN_COUNT, seed: 0, inputDim: 784 });
  const rng = makeRng(2);
  const batch = sampleBatch(data, BATCH, rng);
  const checkBatch = sampleBatch(data, BATCH, rng);
  const params0 = initParams(spec, 0);
  const pr = pricer();
  const names = parameterBlocks(spec).map((b) => b.name);
  // 1. The real scheduled step over every block that fits the memory budget (the others are refused by the same check).
  const refused = new Map<string, string>();
  for (const b of parameterBlocks(spec)) {
    try { assertDenseBlockFits(b.name, b.size); } catch (e) {
      if (!(e instanceof BlockTooLargeError)) throw e;
      refused.set(b.name, e.message);
    }
  }
  // Every block is scheduled: the refused ones by the matrix-free path (hessian 'auto', the `qnewton train` default).
  const scheduled = names;
  gc();
  let params = params0;
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const realTimes = new Map<string, DecisionTimes>();
  const scheduleBlockParams = new Map<string, Float64Array>();
  for (const block of scheduled) {
    const st = scheduleBlock(o, pr, undefined, params, batch, 0, block, checkBatch);
    params = st.params;
    realTimes.set(block, st.times);
    scheduleBlockParams.set(block, st.params);
  }
  const stepWallSeconds = seconds(t0);
  const cu = process.cpuUsage(c0);
  const peakRssBytesAfterStep = maxRssBytes();
  gc();
  // 2. Instrumented replica of scheduleBlock's phases.
  params = params0;
  const blocks: BlockResult[] = [];
  const total = Object.fromEntries(PHASES.map((p) => [p, 0])) as Record<Phase, number>;
  for (const b of parameterBlocks(spec)) {
    if (refused.has(b.name)) {
      // Matrix-free block: its phases as timed inside the real step (not re-run: minutes each).
      const tm = realTimes.get(b.name)!;
      const ph: Record<Phase, number> = {
        gradient: tm.gradient, hessian: tm.hessian, kappaBefore: tm.kappaBefore, regularize: 0, prune: tm.prune,
        kappaAfterAlpha: tm.kappa, price: 0, solve: tm.classicalSolve, update: tm.lineSearch,
      };
      for (const p of PHASES) total[p] += ph[p];
      blocks.push({ block: b.name, n: b.size, refused: refused.get(b.name), matrixFree: true, phaseSeconds: ph });
      params = scheduleBlockParams.get(b.name)!;
      continue;
    }
    const ph = Object.fromEntries(PHASES.map((p) => [p, 0])) as Record<Phase, number>;
    let t = process.hrtime.bigint();
    const { loss, gradient } = lossAndGradient(spec, params, batch);
    const g = gradient.slice(b.offset, b.offset + b.size);
    ph.gradient = seconds(t); t = process.hrtime.bigint();
    let h: ReturnType<typeof layerHessianBlocks>[0]['matrix'] | null = layerHessianBlocks(spec, params, batch, [b.name])[0].matrix;
    ph.hessian = seconds(t); t = process.hrtime.bigint();
    const before = blockSpectrum(h);
    ph.kappaBefore = seconds(t); t = process.hrtime.bigint();
    let firstRow: bigint | null = null;
    const rp = regularizeAndPruneDense(h, o.c, Math.min(o.sparsity, b.size), { onProgress: () => { firstRow ??= process.hrtime.bigint(); } });
    const tEnd = process.hrtime.bigint();
    ph.regularize = Number((firstRow ?? tEnd) - t) / 1e9;
    ph.prune = Number(tEnd - (firstRow ?? tEnd)) / 1e9;
    h = null; gc();
    t = process.hrtime.bigint();
    const a = rp.pruned.matrix;
    const after = blockSpectrum(a);
    const alpha = blockEncodingAlpha(a, after.maxAbsLambda).alpha;
    ph.kappaAfterAlpha = seconds(t); t = process.hrtime.bigint();
    const shape = { n: b.size, sparsity: csrMaxRowNnz(a), nonZeroCount: csrNnz(a), kappa: after.kappa ?? 1, epsilon: o.epsilon, alpha };
    pr.quantum(shape); pr.classical(shape);
    ph.price = seconds(t); t = process.hrtime.bigint();
    const dir = solveNewtonDirection(a, g);
    ph.solve = seconds(t); t = process.hrtime.bigint();
    params = dampedNewtonUpdate(spec, params, b.name, dir.direction, g, batch, loss, o.stepSize, o.maxBacktracks, checkBatch).params;
    ph.update = seconds(t);
    for (const p of PHASES) total[p] += ph[p];
    blocks.push({ block: b.name, n: b.size, phaseSeconds: ph, sparsity: shape.sparsity, nonZeroCount: shape.nonZeroCount, zeroRowCount: before.zeroRowCount, rowScans: rp.rowScans });
  }
  return {
    model, batchSize: BATCH, stepWallSeconds, stepCpuSeconds: (cu.user + cu.system) / 1e6, scheduledBlocks: scheduled,
    peakRssBytesAfterStep, peakRssBytes: maxRssBytes(), blocks, phaseTotalSeconds: total, loadAverage: [load0, os.loadavg()[0]],
  };
}

/** Plain triple loop over (row, column ≥ row, sample): the reference the kernel is compared with. */
function tripleLoopWeightBlock(G: Float64Array, a: Float64Array, B: number, nOut: number, nIn: number): Float64Array {
  const N = nOut * nIn;
  const out = new Float64Array(N * N);
  const o2 = nOut * nOut;
  for (let r = 0; r < N; r++) {
    const j = Math.floor(r / nIn), k = r % nIn;
    for (let c = r; c < N; c++) {
      const j2 = Math.floor(c / nIn), k2 = c % nIn;
      let sum = 0;
      for (let s = 0; s < B; s++) sum += G[s * o2 + j * nOut + j2] * a[s * nIn + k] * a[s * nIn + k2];
      out[r * N + c] = sum / B;
      out[c * N + r] = sum / B;
    }
  }
  return out;
}

function kernelInput(model: string, inputDim: number, B: number) {
  const spec = parseModelSpec(model);
  const data = loadMnist({ count: Math.max(B, 512), seed: 0, inputDim });
  const batch = sampleBatch(data, B, makeRng(3));
  const params = initParams(spec, 0);
  const pass = runMlp(spec, params, batch);
  const G = preActivationHessians(spec, params, pass, 1)[1];
  return { G, inputs: batch.inputs, batchSize: B, nOut: spec.widths[1], nIn: inputDim };
}

function runKernel() {
  // Small layer: reference triple loop vs the kernel, same inputs.
  const small = kernelInput('mlp:196-8-10:relu', 196, 256);
  const N = small.nOut * small.nIn;
  let t = process.hrtime.bigint();
  const ref = tripleLoopWeightBlock(small.G, small.inputs, small.batchSize, small.nOut, small.nIn);
  const refSeconds = seconds(t);
  const refFlops = 3 * small.batchSize * (N * (N + 1)) / 2;
  let kernelSeconds = Infinity, madds = 0;
  let out = new Float64Array(N * N);
  for (let rep = 0; rep < 5; rep++) {
    out = new Float64Array(N * N);
    t = process.hrtime.bigint();
    madds = formKroneckerWeightBlock(small, out).multiplyAddCount;
    kernelSeconds = Math.min(kernelSeconds, seconds(t));
  }
  let diff = 0, scale = 0;
  for (let i = 0; i < out.length; i++) { diff = Math.max(diff, Math.abs(out[i] - ref[i])); scale = Math.max(scale, Math.abs(ref[i])); }
  // Large layer: 784-16-10 W1 at batch 2048, float64 and float32 storage.
  const big = kernelInput('mlp:784-16-10:relu', 784, BATCH);
  const NB = big.nOut * big.nIn;
  const f64 = new Float64Array(NB * NB);
  t = process.hrtime.bigint();
  const bigStats = formKroneckerWeightBlock(big, f64);
  const bigSeconds = seconds(t);
  const f32 = new Float32Array(NB * NB);
  t = process.hrtime.bigint();
  formKroneckerWeightBlock(big, f32);
  const big32Seconds = seconds(t);
  let e32 = 0, m64 = 0, fe = 0, fn = 0;
  for (let i = 0; i < f64.length; i++) {
    const d = f32[i] - f64[i];
    e32 = Math.max(e32, Math.abs(d)); m64 = Math.max(m64, Math.abs(f64[i]));
    fe += d * d; fn += f64[i] * f64[i];
  }
  return {
    small: {
      layer: 'mlp:196-8-10:relu W1', n: N, batchSize: small.batchSize,
      referenceSeconds: refSeconds, referenceGflops: refFlops / refSeconds / 1e9,
      kernelSeconds, kernelGflops: (2 * madds) / kernelSeconds / 1e9,
      kernelEffectiveGflops: refFlops / kernelSeconds / 1e9, speedup: refSeconds / kernelSeconds,
      maxRelativeDifference: diff / scale,
    },
    large: {
      layer: 'mlp:784-16-10:relu W1', n: NB, batchSize: BATCH, activeInputs: bigStats.activeInputCount,
      kernelSeconds: bigSeconds, kernelGflops: (2 * bigStats.multiplyAddCount) / bigSeconds / 1e9,
      referenceFlopsEquivalent: 3 * BATCH * (NB * (NB + 1)) / 2,
      float32Seconds: big32Seconds, float32MaxAbsErrorOverMaxAbs: e32 / m64, float32RelativeFrobeniusError: Math.sqrt(fe / fn),
    },
    loadAverage: os.loadavg()[0],
  };
}

function child(args: string[]): unknown {
  const r = spawnSync(process.execPath, ['--expose-gc', __filename, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) return { failed: true, status: r.status, stderr: (r.stderr ?? '').slice(-2000) };
  const lines = r.stdout.trim().split('\n');
  return JSON.parse(lines[lines.length - 1]);
}

function gib(b: number): string {
  return (b / 1024 ** 3).toFixed(2);
}

function main(): void {
  const argv = process.argv.slice(2);
  if (argv[0] === '--model') { console.log(JSON.stringify(runModel(argv[1]))); return; }
  if (argv[0] === '--kernel') { console.log(JSON.stringify(runKernel())); return; }
  const only = argv.length > 0 ? argv : MODELS.map((m) => m.model);
  const results = only.map((m) => ({ m, r: child(['--model', m]) as ModelResult & { failed?: boolean; stderr?: string } }));
  const kernel = child(['--kernel']) as ReturnType<typeof runKernel> & { failed?: boolean };
  console.log('bench:train (one scheduled Q-Newton step, batch 2048, c = 0.5, d = 8)');
  console.log(`${'model'.padEnd(22)} ${'step s'.padStart(8)} ${'cpu s'.padStart(7)} ${'target'.padStart(7)} ${'peak GiB'.padStart(9)}  phase shares (replica)`);
  for (const { m, r } of results) {
    if (r.failed) { console.log(`${m.padEnd(22)} FAILED: ${r.stderr}`); continue; }
    const target = MODELS.find((x) => x.model === m)?.targetStepSeconds ?? null;
    const sum = PHASES.reduce((s, p) => s + r.phaseTotalSeconds[p], 0);
    const shares = PHASES.map((p) => `${p} ${(100 * r.phaseTotalSeconds[p] / sum).toFixed(0)}%`).join(', ');
    const mark = target === null ? '' : r.stepWallSeconds < target ? ' ok' : ' MISSED';
    const peakMark = r.peakRssBytes < PEAK_TARGET_BYTES ? '' : ' MISSED';
    console.log(`${m.padEnd(22)} ${r.stepWallSeconds.toFixed(1).padStart(8)} ${r.stepCpuSeconds.toFixed(1).padStart(7)} ${(target === null ? '-' : `<${target}`).padStart(7)}${mark} ${gib(r.peakRssBytes).padStart(9)}${peakMark}  ${shares}`);
    for (const b of r.blocks) if (b.refused) console.log(`  ${b.block} (N = ${b.n}) matrix-free (dense refused: ${b.refused})`);
    console.log(`  load average ${r.loadAverage.map((x) => x.toFixed(1)).join(' → ')}; scheduled blocks ${r.scheduledBlocks.join(',')}`);
  }
  if (!kernel.failed) {
    const s = kernel.small, l = kernel.large;
    console.log(`kernel vs triple loop (${s.layer}, N = ${s.n}, batch ${s.batchSize}): reference ${s.referenceSeconds.toFixed(2)} s = ${s.referenceGflops.toFixed(2)} GFLOP/s; kernel ${s.kernelSeconds.toFixed(3)} s = ${s.kernelGflops.toFixed(2)} GFLOP/s performed, ${s.kernelEffectiveGflops.toFixed(1)} GFLOP/s reference-equivalent (${s.speedup.toFixed(0)}x); max rel diff ${s.maxRelativeDifference.toExponential(1)}`);
    console.log(`kernel at scale (${l.layer}, N = ${l.n}, batch ${l.batchSize}, ${l.activeInputs} active inputs): ${l.kernelSeconds.toFixed(2)} s = ${l.kernelGflops.toFixed(2)} GFLOP/s performed; float32 storage ${l.float32Seconds.toFixed(2)} s, max error ${l.float32MaxAbsErrorOverMaxAbs.toExponential(2)}·max|H|, Frobenius ${l.float32RelativeFrobeniusError.toExponential(2)}`);
  } else console.log(`kernel bench FAILED: ${JSON.stringify(kernel)}`);
  const outDir = path.join(process.cwd(), 'bench', 'results');
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'train.json'), JSON.stringify({
    date: new Date().toISOString(), node: process.version, cpus: os.cpus().length, totalMemoryBytes: os.totalmem(),
    models: results.map((x) => x.r), kernel,
  }, null, 2) + '\n');
}

main();
