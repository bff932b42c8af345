/** Test helper: seeded random symmetric test matrices and dense linear algebra for checks. */
import { makeRng } from '../../../src/math/rng';
import type { DenseMatrixLike } from '../../../src/ops/oracles';
import { eigs } from 'mathjs';

/** Random symmetric N×N matrix with about `rowNnz` off-diagonal non-zeros per row plus a diagonal. */
export function randomSparseSymmetric(N: number, rowNnz: number, seed: number): DenseMatrixLike {
  const rng = makeRng(seed);
  const data = new Float64Array(N * N);
  for (let i = 0; i < N; i++) data[i * N + i] = rng.normal();
  const pairs = Math.floor((N * rowNnz) / 2);
  for (let t = 0; t < pairs; t++) {
    const i = rng.int(N), j = rng.int(N);
    if (i === j) continue;
    const v = rng.normal();
    data[i * N + j] = v; data[j * N + i] = v;
  }
  return { n: N, data };
}

/**
 * Hessian-like block: H = JᵀJ/m + λI for a random m×N "Jacobian" J (a Gauss–Newton matrix),
 * regularized by λ and pruned (entries below `pruneRel`·max|H| dropped, symmetric).
 */
export function regularizedPrunedSpd(N: number, seed: number, lambda = 0.1, pruneRel = 0.15): DenseMatrixLike {
  const rng = makeRng(seed);
  const m = 2 * N;
  const J = Float64Array.from({ length: m * N }, () => rng.normal());
  const data = new Float64Array(N * N);
  for (let i = 0; i < N; i++) for (let j = 0; j < N; j++) {
    let s = 0;
    for (let r = 0; r < m; r++) s += J[r * N + i] * J[r * N + j];
    data[i * N + j] = s / m + (i === j ? lambda : 0);
  }
  let mx = 0;
  for (const v of data) mx = Math.max(mx, Math.abs(v));
  for (let i = 0; i < N; i++) for (let j = 0; j < N; j++) if (i !== j && Math.abs(data[i * N + j]) < pruneRel * mx) data[i * N + j] = 0;
  return { n: N, data };
}

/** Spectral norm of a real N×N matrix (sqrt of the largest eigenvalue of EᵀE via mathjs). */
export function spectralNorm(e: Float64Array, N: number): number {
  const g: number[][] = Array.from({ length: N }, () => new Array(N).fill(0));
  for (let i = 0; i < N; i++) for (let j = 0; j < N; j++) {
    let s = 0;
    for (let k = 0; k < N; k++) s += e[k * N + i] * e[k * N + j];
    g[i][j] = s;
  }
  const vals = eigs(g).values as unknown as number[];
  return Math.sqrt(Math.max(0, ...vals.map((v) => Number(v))));
}

/** ‖A/α − block‖₂ for a real target. */
export function blockError(a: DenseMatrixLike, alpha: number, blockRe: Float64Array): number {
  const N = a.n;
  const e = new Float64Array(N * N);
  for (let i = 0; i < N * N; i++) e[i] = a.data[i] / alpha - blockRe[i];
  return spectralNorm(e, N);
}

/** Max-abs of an array. */
export function maxAbs(v: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < v.length; i++) m = Math.max(m, Math.abs(v[i]));
  return m;
}
