/**
 * Walsh–Hadamard and Gray-code helpers for uniformly controlled rotations (Möttönen et al. 2004,
 * "Transformation of quantum states using uniformly controlled rotations", QIC 5, 467, Eq. 3–5).
 */

/** The binary-reflected Gray code of i. */
export function grayCode(i: number): number {
  return i ^ (i >>> 1);
}

/**
 * Control bit of the t-th CNOT of a Gray-code ordered uniformly controlled rotation with k
 * controls (t = 0..2^k − 1): the bit where gray(t) and gray(t+1 mod 2^k) differ.
 */
export function grayCnotControlBit(t: number, numControls: number): number {
  const K = 2 ** numControls;
  if (t === K - 1) return numControls - 1;
  return 31 - Math.clz32((t + 1) & -(t + 1));
}

/**
 * Fast Walsh–Hadamard transform (unnormalized): out[g] = Σ_x (−1)^{popcount(x & g)} v[x].
 * Length must be a power of two. O(K log K); written by hand because it is a 10-line butterfly
 * on a Float64Array.
 */
export function walshHadamard(v: ArrayLike<number>): Float64Array {
  const out = Float64Array.from(v);
  const K = out.length;
  for (let h = 1; h < K; h *= 2) {
    for (let i = 0; i < K; i += 2 * h) {
      for (let j = i; j < i + h; j++) {
        const a = out[j], b = out[j + h];
        out[j] = a + b;
        out[j + h] = a - b;
      }
    }
  }
  return out;
}

/**
 * Rotation angles φ_t (radians) of the Gray-code circuit for a uniformly controlled rotation with
 * angles θ_x: φ_t = 2^{−k} Σ_x (−1)^{x·gray(t)} θ_x, so that Σ_t (−1)^{x·gray(t)} φ_t = θ_x.
 */
export function grayCodeRotationAngles(thetaRad: ArrayLike<number>): Float64Array {
  const w = walshHadamard(thetaRad);
  const K = w.length;
  const phi = new Float64Array(K);
  for (let t = 0; t < K; t++) phi[t] = w[grayCode(t)] / K;
  return phi;
}
