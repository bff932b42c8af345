import { makeRng, symmetricEigen } from '../../src/math';
import { costaCost, eigenstateFilterHalfDegree } from '../../src/math/qlsa';
import { solveDense } from '../../src/math/qsp/linear';
import { simulateDiscreteAdiabatic } from '../../src/sim/discreteAdiabatic';

/** Random SPD matrix with eigenvalues evenly spaced in [1/κ, 1] and a random b (seeded). */
function randomSpd(n: number, kappa: number, seed: number) {
  const rng = makeRng(seed);
  const g = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j <= i; j++) { const v = rng.normal(); g[i * n + j] = v; g[j * n + i] = v; }
  const { vectors } = symmetricEigen({ rows: n, cols: n, data: g });
  const a = new Float64Array(n * n);
  for (let k = 0; k < n; k++) {
    const lam = 1 / kappa + ((1 - 1 / kappa) * k) / (n - 1);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) a[i * n + j] += lam * vectors[i * n + k] * vectors[j * n + k];
  }
  return { a: { rows: n, cols: n, data: a }, b: Float64Array.from({ length: n }, () => rng.normal()) };
}

describe('discrete-adiabatic solver (dense simulation) vs the classical solve', () => {
  const kappa = 10;
  // Measured constant 1.84 (arXiv:2312.07690): T = ⌈1.84·κ⌉ rounded up to even; filter for ε = 0.01.
  const t = costaCost(kappa, 0.01, { constant: 'measured' }).walkSteps;
  const walkSteps = t + (t % 2);
  const ell = eigenstateFilterHalfDegree(kappa, 0.01);
  it.each([4, 8, 16])('N = %i reaches fidelity >= 0.99', (n) => {
    const { a, b } = randomSpd(n, kappa, 100 + n);
    const r = simulateDiscreteAdiabatic(a, b, { walkSteps, filterHalfDegree: ell, kappa });
    const x = solveDense(Float64Array.from(a.data), Float64Array.from(b), n);
    let dot = 0, nx = 0, ny = 0;
    for (let i = 0; i < n; i++) { dot += x[i] * r.outputAmplitudes[i]; nx += x[i] * x[i]; ny += r.outputAmplitudes[i] ** 2; }
    const fidelity = (dot * dot) / (nx * ny);
    expect(walkSteps).toBe(20);
    expect(fidelity).toBeGreaterThanOrEqual(0.99);
    expect(r.fidelity).toBeCloseTo(fidelity * (ny / (ny + 0)), 6);
    expect(r.filterSuccessProbability).toBeGreaterThan(0.9);
  });
});
