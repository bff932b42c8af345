/**
 * QLSA benchmark (`npm run bench:qlsa`): synthesis time and logical gate counts of QSVT matrix
 * inversion with the sparse-access block encoding for N = 16, 256, 4,096, 65,536 (row sparsity
 * d = 8, κ = 10 and 100, ε = 1e-2), and QSP phase-factor time for degrees ≈ 100, 1,000, 5,000.
 * Counts come from the memoized call-graph fold (src/cost/callGraph), never from flattening.
 * Writes bench/results/qlsa.json.
 *
 * Test matrices: symmetric circulants with 8 non-zeros per row (offsets 0, ±1, ±2, ±3, N/2),
 * off-diagonal values −0.1, −0.05, −0.02 and 0.03 at N/2; the diagonal c₀ is set so that
 * κ = λ_max/λ_min exactly (all eigenvalues λ_k = c₀ + 2Σ_j c_j cos(2πjk/N) + c_{N/2}(−1)^k are
 * known in closed form, so the spectrum is passed to the synthesis instead of estimated).
 */
import * as fs from 'fs';
import * as path from 'path';
import { estimateLogical } from '../src/cost';
import { circulantWithKappa as circulant } from '../src/math/circulant';
import { inversePolynomial, inversePolynomialDegree } from '../src/math/poly';
import { computePhases } from '../src/math/qsp';
import { synthesizeLinearSolver } from '../src/synth';

function ms(t0: bigint): number {
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

interface InversionRow {
  N: number; kappa: number; kappaEff: number; alpha: number; degree: number; qubits: number;
  totalGates: number; cnot: number; t: number; rotations: number; toffoli: number; blockEncodingQueries: number;
  synthesisMs: number; phaseMs: number; countMs: number; depthUpperBound: number;
}

function inversionRow(n: number, kappa: number, epsilon: number): InversionRow {
  const c = circulant(n, kappa);
  const t0 = process.hrtime.bigint();
  const sc = synthesizeLinearSolver(
    { matrix: c.matrix, rhs: new Float64Array(n).fill(1) },
    { solver: 'qsvt', epsilon, blockEncoding: 'sparse', spectrum: { sigmaMin: c.sigmaMin, sigmaMax: c.sigmaMax }, maxDegree: 50000 },
  );
  const synthesisMs = ms(t0);
  const t1 = process.hrtime.bigint();
  const counts = estimateLogical(sc.circuit);
  const countMs = ms(t1);
  const r = sc.report;
  return {
    N: n, kappa, kappaEff: r.kappaEff, alpha: r.alpha, degree: r.degree, qubits: counts.logicalQubitCount,
    totalGates: counts.totalGateCount, cnot: counts.cnotCount, t: counts.tCount, rotations: counts.rotationCount, toffoli: counts.toffoliCount,
    blockEncodingQueries: r.blockEncodingQueries, synthesisMs, phaseMs: Number(r.details.phaseTimeMs), countMs, depthUpperBound: counts.depthUpperBound,
  };
}

/** Smallest κ whose inversion polynomial (ε = 1e-2) has degree ≥ target (bisection on κ). */
function kappaForDegree(target: number, epsilon: number): number {
  let lo = 1.5, hi = 2;
  while (inversePolynomialDegree(hi, epsilon) < target) hi *= 2;
  for (let i = 0; i < 60; i++) {
    const mid = 0.5 * (lo + hi);
    if (inversePolynomialDegree(mid, epsilon) >= target) hi = mid; else lo = mid;
  }
  return hi;
}

function phaseRow(targetDegree: number, epsilon: number): { targetDegree: number; degree: number; kappa: number; phaseMs: number; iterations: number; residual: number } {
  const kappa = kappaForDegree(targetDegree, epsilon);
  const poly = inversePolynomial(kappa, epsilon);
  const t0 = process.hrtime.bigint();
  const res = computePhases(poly.coeffs);
  return { targetDegree, degree: res.degree, kappa, phaseMs: ms(t0), iterations: res.iterations, residual: res.residual };
}

function pad(s: string | number, w: number): string {
  return String(s).padStart(w);
}

function main(): void {
  const epsilon = 1e-2;
  const inversion: InversionRow[] = [];
  console.log('QSVT inversion, sparse-access block encoding, d = 8, ε = 1e-2 (counts from the call graph, Clifford+T+rotations basis)');
  console.log(['N', 'κ', 'κ_eff', 'degree', 'qubits', 'gates', 'CNOT', 'T', 'rotations', 'BE queries', 'synth ms', 'phases ms', 'count ms'].map((h, i) => pad(h, i < 2 ? 6 : 11)).join(''));
  for (const n of [16, 256, 4096, 65536]) {
    for (const kappa of [10, 100]) {
      const r = inversionRow(n, kappa, epsilon);
      inversion.push(r);
      console.log([pad(r.N, 6), pad(r.kappa, 6), pad(r.kappaEff.toFixed(1), 11), pad(r.degree, 11), pad(r.qubits, 11), pad(r.totalGates.toExponential(3), 11),
        pad(r.cnot.toExponential(3), 11), pad(r.t.toExponential(3), 11), pad(r.rotations.toExponential(3), 11), pad(r.blockEncodingQueries, 11),
        pad(r.synthesisMs.toFixed(0), 11), pad(r.phaseMs.toFixed(0), 11), pad(r.countMs.toFixed(0), 11)].join(''));
    }
  }
  console.log('\nQSP phase factors for the inversion polynomial (ε = 1e-2), symmetric Newton solver');
  console.log(['target', 'degree', 'κ', 'time ms', 'iterations', 'residual'].map((h) => pad(h, 12)).join(''));
  const phases = [100, 1000, 5000].map((d) => phaseRow(d, epsilon));
  for (const p of phases) {
    console.log([pad(p.targetDegree, 12), pad(p.degree, 12), pad(p.kappa.toFixed(1), 12), pad(p.phaseMs.toFixed(0), 12), pad(p.iterations, 12), pad(p.residual.toExponential(2), 12)].join(''));
  }
  const out = path.join(process.cwd(), 'bench', 'results', 'qlsa.json');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify({ epsilon, sparsity: 8, inversion, phases, node: process.version }, null, 2) + '\n');
  console.log(`\nwrote ${path.relative(process.cwd(), out)}`);
}

main();
