import { InvalidArgumentError } from '../../errors';

/**
 * Measure this machine's double-precision FLOP rate (flops per second) by timing a dense n×n matrix
 * product on Float64Arrays (2n³ flops, i-k-j loop order for contiguous inner loops), taking the best
 * of `repeats` runs. A hand-written kernel on purpose: it is the rate a plain-TypeScript dense
 * solver would see (mathjs is an order of magnitude slower and would understate it).
 */
export function measureFlopRate(n = 160, repeats = 3): number {
  if (!Number.isInteger(n) || n < 8) throw new InvalidArgumentError(`matrix size must be an integer ≥ 8, got ${n}`);
  if (!Number.isInteger(repeats) || repeats < 1) throw new InvalidArgumentError(`repeats must be an integer ≥ 1, got ${repeats}`);
  const a = new Float64Array(n * n);
  const b = new Float64Array(n * n);
  const c = new Float64Array(n * n);
  for (let i = 0; i < n * n; i++) {
    a[i] = ((i * 7919) % 1000) / 1000 - 0.5;
    b[i] = ((i * 104729) % 1000) / 1000 - 0.5;
  }
  let bestSeconds = Infinity;
  let checksum = 0;
  for (let r = 0; r < repeats + 1; r++) {
    c.fill(0);
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < n; i++) {
      const rowC = i * n;
      for (let k = 0; k < n; k++) {
        const aik = a[rowC + k];
        const rowB = k * n;
        for (let j = 0; j < n; j++) c[rowC + j] += aik * b[rowB + j];
      }
    }
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    checksum += c[(r * 31) % (n * n)];
    if (r > 0) bestSeconds = Math.min(bestSeconds, seconds); // run 0 warms up the JIT
  }
  if (!Number.isFinite(checksum)) throw new Error('flop-rate kernel produced a non-finite result');
  return (2 * n * n * n) / Math.max(bestSeconds, 1e-9);
}
