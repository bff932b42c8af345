/**
 * Estimate benchmark (`npm run bench:estimate`): wall time of pricing one Newton-system solve
 * shape-only for N = 10^3 … 10^9 (d = 8, κ = 100, ε = 1e-3, QSVT): a cold quantum price (fresh
 * pricer: block-encoding counts folded from scratch), the full `estimateNetworkSolve` report
 * (surface code and no QEC; FLOP rate given, so no measurement), and the scheduler's use case —
 * a warm pricer re-priced at 25 κ values in [10, 10^4] at N = 10^4 (target < 50 ms per price).
 * Writes bench/results/estimate.json.
 */
import * as fs from 'fs';
import * as path from 'path';
import { estimateLogical, getHardwareProfile } from '../src/cost';
import { makeMcx } from '../src/ops';
import { sparseBlockEncodingCalls } from '../src/ops/blockEncoding';
import { estimateNetworkSolve } from '../src/schedule/estimate';
import { makeSolvePricer } from '../src/schedule/price';

function ms(t0: bigint): number {
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

const profile = getHardwareProfile('qubit_gate_ns_e3');
const FLOP_RATE = 1e10;

interface Row {
  N: number; coldPriceMs: number; estimateSurfaceMs: number; estimateNoQecMs: number;
  degree: number; logicalQubits: number; toffoli: number; codeDistance: number; physicalQubits: number;
  solverSeconds: number; classicalSeconds: number; cheaper: string;
}

// Warm up the JIT once so the first row is not charged for compilation.
estimateNetworkSolve({ n: 1000, flopRatePerSecond: FLOP_RATE });

const rows: Row[] = [];
for (let e = 3; e <= 9; e++) {
  const n = 10 ** e;
  const shape = { n, sparsity: 8, kappa: 100, epsilon: 1e-3 };
  let t0 = process.hrtime.bigint();
  const pricer = makeSolvePricer({ solver: 'qsvt', profile, qec: 'surface_code', flopRatePerSecond: FLOP_RATE });
  pricer.quantum(shape);
  const coldPriceMs = ms(t0);
  t0 = process.hrtime.bigint();
  const est = estimateNetworkSolve({ n, flopRatePerSecond: FLOP_RATE });
  const estimateSurfaceMs = ms(t0);
  t0 = process.hrtime.bigint();
  estimateNetworkSolve({ n, qec: 'none', flopRatePerSecond: FLOP_RATE });
  const estimateNoQecMs = ms(t0);
  rows.push({
    N: n, coldPriceMs, estimateSurfaceMs, estimateNoQecMs, degree: est.solver.degree ?? 0, logicalQubits: est.logical.qubits,
    toffoli: est.logical.toffoli, codeDistance: est.physical?.codeDistance ?? 0, physicalQubits: est.physical?.physicalQubits ?? 0,
    solverSeconds: est.runtime.solverSeconds, classicalSeconds: est.classical.bestSeconds, cheaper: est.verdict.cheaper,
  });
}

// Scheduler use: one pricer, many κ (N = 10^4); the first call fills the op-count cache.
const sweep = makeSolvePricer({ solver: 'qsvt', profile, qec: 'surface_code', flopRatePerSecond: FLOP_RATE });
sweep.quantum({ n: 1e4, sparsity: 8, kappa: 5, epsilon: 1e-3 });
const kappas = Array.from({ length: 25 }, (_, i) => 10 * 1000 ** (i / 24));
const perKappaMs: number[] = [];
for (const kappa of kappas) {
  const t0 = process.hrtime.bigint();
  sweep.quantum({ n: 1e4, sparsity: 8, kappa, epsilon: 1e-3 });
  perKappaMs.push(ms(t0));
}
const maxWarmMs = Math.max(...perKappaMs);
const meanWarmMs = perKappaMs.reduce((a, b) => a + b, 0) / perKappaMs.length;
const t0 = process.hrtime.bigint();
for (const kappa of kappas) sweep.quantum({ n: 1e4, sparsity: 8, kappa, epsilon: 1e-3 });
const memoHitMs = ms(t0) / kappas.length;

console.log('N        cold price ms  estimate ms (SC / none)  degree  qubits  Toffoli     d   phys. qubits  quantum s   classical s  cheaper');
for (const r of rows) {
  console.log(`${r.N.toExponential(0).padEnd(8)} ${r.coldPriceMs.toFixed(1).padStart(13)}  ${(r.estimateSurfaceMs.toFixed(1) + ' / ' + r.estimateNoQecMs.toFixed(1)).padStart(23)}` +
    `  ${String(r.degree).padStart(6)}  ${String(r.logicalQubits).padStart(6)}  ${r.toffoli.toExponential(2).padStart(9)}  ${String(r.codeDistance).padStart(3)}` +
    `  ${r.physicalQubits.toExponential(2).padStart(12)}  ${r.solverSeconds.toExponential(2).padStart(9)}  ${r.classicalSeconds.toExponential(2).padStart(11)}  ${r.cheaper}`);
}
console.log(`warm pricer, N = 1e4, 25 κ in [10, 1e4]: mean ${meanWarmMs.toFixed(2)} ms, max ${maxWarmMs.toFixed(2)} ms per price (target < 50 ms: ${maxWarmMs < 50 ? 'met' : 'MISSED'}); memo hit ${(memoHitMs * 1000).toFixed(1)} µs`);

// Counting time of the call-graph engine on huge hierarchies (moved here from unit tests, where
// wall-clock limits do not belong): mcx with 23 and 24 controls (≈3^24 leaves) and the
// shape-only sparse block encoding at N = 65,536 (d = 8) and N = 1e9 (d = 16).
const countingMs: Record<string, number> = {};
for (const [label, run] of [
  ['mcx(23)+mcx(24)', () => { estimateLogical(makeMcx(24)); estimateLogical(makeMcx(23)); }],
  ['sparseBlockEncodingCalls(65536, 8, 12)', () => sparseBlockEncodingCalls(65536, 8, 12)],
  ['sparseBlockEncodingCalls(1e9, 16, 14)', () => sparseBlockEncodingCalls(1e9, 16, 14)],
] as const) {
  const t = process.hrtime.bigint();
  run();
  countingMs[label] = ms(t);
}
for (const [label, v] of Object.entries(countingMs)) console.log(`count ${label}: ${v.toFixed(1)} ms`);

const out = path.join(process.cwd(), 'bench', 'results', 'estimate.json');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, JSON.stringify({
  settings: { sparsity: 8, kappa: 100, epsilon: 1e-3, solver: 'qsvt', hardware: profile.name, flopRatePerSecond: FLOP_RATE, node: process.version },
  rows,
  countingMs,
  kappaSweep: { n: 1e4, kappas, perKappaMs, meanWarmMs, maxWarmMs, targetMs: 50, targetMet: maxWarmMs < 50, memoHitMs },
}, null, 2) + '\n');
console.log(`wrote ${path.relative(process.cwd(), out)}`);
