import { countZeroRows } from '../../../src/math/zeroRows';
import { lanczosExtremeEigenvalues } from '../../../src/math/lanczos';
import { matrixOperator } from '../../../src/math/linearOperator';
import { blockSpectrum } from '../../../src/schedule/scheduler/blockSpectrum';

function dense(n: number, f: (i: number, j: number) => number) {
  const data = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) data[i * n + j] = f(i, j);
  return { rows: n, cols: n, data };
}

describe('rank-deficiency detection and capped κ-before', () => {
  test('zero rows are counted exactly', () => {
    const zero = new Set([0, 3, 7]);
    const a = dense(10, (i, j) => (zero.has(i) || zero.has(j) ? 0 : 1 + ((i + j) % 3)));
    expect(countZeroRows(a)).toBe(3);
    expect(countZeroRows(dense(5, (i, j) => (i === j ? 1 : 0)))).toBe(0);
  });

  test('a block with zero rows is reported singular without iterating', () => {
    const a = dense(3000, (i, j) => (i < 20 || j < 20 ? 0 : i === j ? 2 : 0));
    const s = blockSpectrum(a);
    expect(s.zeroRowCount).toBe(20);
    expect(s.kappa).toBeNull();
    expect(s.note).toContain('rank-deficient: 20 of 3000 rows');
  });

  test('Lanczos on a singular matrix reports converged=false within its cap', () => {
    // Diagonal 1..n with many eigenvalues near 0 but one exactly 0: min eigenvalue hard to resolve relatively.
    const n = 400;
    const a = dense(n, (i, j) => (i === j ? (i === 0 ? 0 : 1 + i) : 0));
    let products = 0;
    const op = matrixOperator(a);
    const counted = { n: op.n, apply: (x: Float64Array, y: Float64Array) => { products++; op.apply(x, y); } };
    const r = lanczosExtremeEigenvalues(counted as typeof op, { maxIterations: 30 });
    expect(r.converged).toBe(false);
    expect(r.iterations).toBeLessThanOrEqual(30);
    expect(products).toBeLessThanOrEqual(30);
  });
});
