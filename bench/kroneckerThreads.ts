/**
 * Does a 2-worker split of the Kronecker weight-block product pay on this machine? (issue 10:
 * "use both cores ... where a benchmark shows it pays".) `npm run build && node
 * dist/bench/kroneckerThreads.js [reps]`.
 *
 * For the W1 block of 784-16-10 (ReLU and tanh) at batch 2048 (N = 12,544, 1.26 GB float64) it
 * times (a) formKroneckerWeightBlock on the main thread, (b) two worker_threads forming the panels
 * k mod 2 = 0 and 1 into one SharedArrayBuffer, then mirrorKroneckerWeightBlock on the main
 * thread. (b) includes starting the workers and copying G and the inputs to them: what the
 * scheduler would pay per block. Checks that (b) equals (a) bitwise. Reports the ratio
 * parallel / serial (< 1: the split pays), best of `reps` (default 2) each, and the load average,
 * since the two cores are shared with other jobs. Writes bench/results/kroneckerThreads.json.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { isMainThread, parentPort, Worker, workerData } from 'worker_threads';
import { formKroneckerWeightBlock, initParams, KroneckerBlockInput, loadMnist, mirrorKroneckerWeightBlock, parseModelSpec, preActivationHessians, runMlp, sampleBatch } from '../src/hessian';
import { makeRng } from '../src/math';

const BATCH = 2048;
const WORKERS = 2;

interface Job { readonly input: KroneckerBlockInput; readonly out: SharedArrayBuffer; readonly offset: number; readonly stride: number }

function seconds(t0: bigint): number {
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

function inputOf(model: string): KroneckerBlockInput {
  const spec = parseModelSpec(model);
  const data = loadMnist({ count: 4096, seed: 0, inputDim: 784 });
  const batch = sampleBatch(data, BATCH, makeRng(3));
  const params = initParams(spec, 0);
  const G = preActivationHessians(spec, params, runMlp(spec, params, batch), 1)[1];
  return { G, inputs: batch.inputs, batchSize: BATCH, nOut: spec.widths[1], nIn: 784 };
}

function runWorker(job: Job): Promise<number> {
  return new Promise((resolve, reject) => {
    const w = new Worker(__filename, { workerData: job });
    w.once('message', (s: number) => resolve(s));
    w.once('error', reject);
  });
}

async function parallel(input: KroneckerBlockInput): Promise<{ seconds: number; workerSeconds: number[]; mirrorSeconds: number; out: Float64Array }> {
  const N = input.nOut * input.nIn;
  const sab = new SharedArrayBuffer(N * N * 8);
  const t0 = process.hrtime.bigint();
  const workerSeconds = await Promise.all(Array.from({ length: WORKERS }, (_, offset) => runWorker({ input, out: sab, offset, stride: WORKERS })));
  const out = new Float64Array(sab);
  const tm = process.hrtime.bigint();
  mirrorKroneckerWeightBlock(out, input.inputs, input.batchSize, input.nOut, input.nIn);
  return { seconds: seconds(t0), workerSeconds, mirrorSeconds: seconds(tm), out };
}

async function main(): Promise<void> {
  const reps = Number(process.argv[2] ?? 2);
  const rows = [];
  for (const model of ['mlp:784-16-10:relu', 'mlp:784-16-10:tanh']) {
    const input = inputOf(model);
    const N = input.nOut * input.nIn;
    const load0 = os.loadavg()[0];
    let serial = Infinity, par = Infinity;
    let best = { workerSeconds: [] as number[], mirrorSeconds: NaN };
    for (let r = 0; r < reps; r++) {
      const out = new Float64Array(N * N);
      const t0 = process.hrtime.bigint();
      formKroneckerWeightBlock(input, out);
      serial = Math.min(serial, seconds(t0));
      const p = await parallel(input);
      for (let i = 0; i < out.length; i++) if (p.out[i] !== out[i]) throw new Error(`${model}: the 2-worker block differs from the serial one at ${i}`);
      if (p.seconds < par) { par = p.seconds; best = { workerSeconds: p.workerSeconds, mirrorSeconds: p.mirrorSeconds }; }
    }
    const row = {
      model, block: 'W1', n: N, batchSize: BATCH, serialSeconds: serial, parallelSeconds: par, ratio: par / serial,
      workerSeconds: best.workerSeconds, mirrorSeconds: best.mirrorSeconds, loadAverage: [load0, os.loadavg()[0]], reps,
    };
    rows.push(row);
    console.log(`${model} W1 (N = ${N}, batch ${BATCH}): serial ${serial.toFixed(2)} s, ${WORKERS} workers ${par.toFixed(2)} s ` +
      `(workers ${row.workerSeconds.map((x) => x.toFixed(2)).join(' / ')} s, mirror ${row.mirrorSeconds.toFixed(2)} s): ratio ${row.ratio.toFixed(2)} ` +
      `(${row.ratio < 1 ? 'pays' : 'does not pay'}); load ${load0.toFixed(1)} → ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores; best of ${reps}`);
  }
  const outDir = path.join(process.cwd(), 'bench', 'results');
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'kroneckerThreads.json'), JSON.stringify({ date: new Date().toISOString(), node: process.version, cpus: os.cpus().length, rows }, null, 2) + '\n');
}

if (isMainThread) {
  void main();
} else {
  const job = workerData as Job;
  const t0 = process.hrtime.bigint();
  formKroneckerWeightBlock(job.input, new Float64Array(job.out), { panels: { offset: job.offset, stride: job.stride } });
  parentPort!.postMessage(seconds(t0));
}
