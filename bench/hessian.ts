/**
 * Benchmark of the Hessian stage (issue #3): full exact Hessian of an MLP with ~2,000 parameters,
 * layer-wise Hessian of a 784-16-10 MLP, one Hessian-vector product on a ~100,000-parameter
 * network, and Lanczos κ on a sparse 100,000-row matrix with 64 non-zeros per row.
 * Targets: full Hessian < 10 s, Lanczos κ < 10 s. Prints a table and writes bench/results/hessian.json.
 */
import * as fs from 'fs';
import * as path from 'path';
import {
  fullHessian, initParams, layerHessianBlocks, loadMnist, makeHvpOperator, parameterCount, parseModelSpec, sampleBatch, trainSgd,
} from '../src/hessian';
import { csrFromTriplets, csrMaxRowNnz, csrNnz, kappaExact, makeRng, regularize, CsrMatrix } from '../src/math';

interface Row { readonly name: string; readonly seconds: number; readonly targetSeconds: number | null; readonly detail: string }

function timeIt<T>(fn: () => T): { value: T; seconds: number } {
  const t0 = process.hrtime.bigint();
  const value = fn();
  return { value, seconds: Number(process.hrtime.bigint() - t0) / 1e9 };
}

/**
 * A regularised weighted graph Laplacian with exactly 64 non-zeros per row: 31 random circulant
 * offsets ±s plus the perfect matching i ↔ i + n/2 give 63 neighbours; weights are |N(0,1)|.
 * PSD before regularisation (like a Gauss-Newton Hessian), then H + c·max|H|·I.
 */
function sparseBenchMatrix(n: number, seed: number): CsrMatrix {
  const rng = makeRng(seed);
  const offsets = new Set<number>();
  while (offsets.size < 31) offsets.add(1 + rng.int(n / 2 - 1));
  const I: number[] = [], J: number[] = [], V: number[] = [];
  const diag = new Float64Array(n);
  const addEdge = (i: number, j: number, w: number): void => {
    I.push(i, j); J.push(j, i); V.push(-w, -w);
    diag[i] += w; diag[j] += w;
  };
  for (const s of [...offsets].sort((a, b) => a - b)) for (let i = 0; i < n; i++) addEdge(i, (i + s) % n, Math.abs(rng.normal()));
  for (let i = 0; i < n / 2; i++) addEdge(i, i + n / 2, Math.abs(rng.normal()));
  for (let i = 0; i < n; i++) { I.push(i); J.push(i); V.push(diag[i]); }
  return regularize(csrFromTriplets(n, I, J, V), 5e-3).matrix;
}

function main(): void {
  const rows: Row[] = [];

  // 1. Full exact Hessian, ~2,000 parameters.
  {
    const spec = parseModelSpec('mlp:196-10-10:tanh');
    const data = loadMnist({ count: 2000, seed: 0, inputDim: 196 });
    const tr = trainSgd(spec, data, { steps: 50, batchSize: 32, seed: 0 });
    const batch = sampleBatch(data, 32, tr.rng);
    const r = timeIt(() => fullHessian(spec, tr.params, batch));
    rows.push({ name: 'full exact Hessian', seconds: r.seconds, targetSeconds: 10, detail: `mlp:196-10-10:tanh, P=${parameterCount(spec)}, batch 32 (${r.value.rows}x${r.value.rows})` });
  }

  // 2. Layer-wise Hessian of 784-16-10.
  {
    const spec = parseModelSpec('mlp:784-16-10:tanh');
    const data = loadMnist({ count: 2000, seed: 0 });
    const tr = trainSgd(spec, data, { steps: 50, batchSize: 32, seed: 0 });
    const batch = sampleBatch(data, 32, tr.rng);
    const r = timeIt(() => layerHessianBlocks(spec, tr.params, batch));
    rows.push({
      name: 'layer-wise Hessian', seconds: r.seconds, targetSeconds: null,
      detail: `mlp:784-16-10:tanh, batch 32, blocks ${r.value.map((b) => `${b.name}:${b.size}`).join(' ')} (W1 block alone is 12544^2 doubles = 1.26 GB)`,
    });
    // What the scheduler calls every step: the small blocks only.
    const small = timeIt(() => layerHessianBlocks(spec, tr.params, batch, ['b1', 'W2', 'b2']));
    rows.push({ name: '  small blocks only', seconds: small.seconds, targetSeconds: null, detail: 'b1, W2, b2 of the same network' });
  }

  // 3. Hessian-vector product on ~100,000 parameters.
  {
    const spec = parseModelSpec('mlp:784-128-10:tanh');
    const data = loadMnist({ count: 500, seed: 0 });
    const params = initParams(spec, 0);
    const batch = sampleBatch(data, 32, makeRng(1));
    const op = makeHvpOperator(spec, params, batch);
    const rng = makeRng(2);
    const v = Float64Array.from({ length: op.n }, () => rng.normal());
    const out = new Float64Array(op.n);
    op.apply(v, out); // warm-up
    const reps = 5;
    const r = timeIt(() => { for (let k = 0; k < reps; k++) op.apply(v, out); });
    rows.push({ name: 'Hessian-vector product', seconds: r.seconds / reps, targetSeconds: null, detail: `mlp:784-128-10:tanh, P=${op.n}, batch 32 (mean of ${reps})` });
  }

  // 4. Lanczos kappa on a 100,000-row sparse matrix with 64 non-zeros per row.
  {
    const n = 100000;
    const a = sparseBenchMatrix(n, 7);
    const r = timeIt(() => kappaExact(a, { lanczos: { tol: 1e-8 } }));
    rows.push({
      name: 'Lanczos kappa', seconds: r.seconds, targetSeconds: 10,
      detail: `n=${n}, nnz=${csrNnz(a)}, d=${csrMaxRowNnz(a)}: kappa=${r.value.kappa.toPrecision(6)}, ${r.value.iterations} iterations, converged=${r.value.converged}`,
    });
  }

  console.log('bench:hessian');
  console.log(`${'measurement'.padEnd(24)} ${'seconds'.padStart(9)} ${'target'.padStart(8)}  detail`);
  for (const row of rows) {
    const target = row.targetSeconds === null ? '-' : `<${row.targetSeconds}`;
    const mark = row.targetSeconds === null ? '' : row.seconds < row.targetSeconds ? ' ok' : ' MISSED';
    console.log(`${row.name.padEnd(24)} ${row.seconds.toFixed(3).padStart(9)} ${target.padStart(8)}${mark}  ${row.detail}`);
  }
  const outDir = path.join(process.cwd(), 'bench', 'results');
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'hessian.json'), JSON.stringify({ date: new Date().toISOString(), node: process.version, rows }, null, 2) + '\n');
}

main();
