/**
 * State-vector gate kernels on split Float64Arrays (re, im). Written by hand rather than with
 * mathjs because every gate touches all 2^n amplitudes: the loops must be allocation-free and
 * monomorphic to run near memory bandwidth.
 *
 * Index enumeration ("insert zero bits"): a gate whose operands (controls and targets) sit at
 * the sorted bit positions `pos` (r of them) touches 2^(n−r) groups of amplitudes. Group base
 * indices are the numbers 0 … 2^(n−r)−1 with a zero bit inserted at each position in `pos`, then
 * OR-ed with the control mask, so only indices whose control bits are all 1 are visited. The bits
 * below pos[0] are free, so each outer step covers a contiguous inner run of 2^pos[0] bases.
 *
 * All kernels take `dim` = 2^n (the array length) and work in place.
 */

/**
 * Inner runs shorter than this use subset enumeration instead: the free bits (not in `pos`) are
 * walked as subsets in ascending order with f ← (f − free) ∧ free, a few integer ops per group
 * instead of a zero-bit insertion per group (measured faster for cp with a control on qubit 0 at
 * n = 24: ~12 ms against ~20–30 ms, on a shared, noisy machine).
 */
const MIN_RUN = 8;

/** Mask of the bits of dim−1 not in `pos` (the free bits). */
function freeMask(dim: number, pos: Int32Array): number {
  let m = dim - 1;
  for (let k = 0; k < pos.length; k++) m &= ~(1 << pos[k]);
  return m;
}

/** Number of outer steps (2^(n − r − pos[0])) for sorted operand positions `pos`. */
function outerCount(dim: number, pos: Int32Array): number {
  return dim >>> (pos.length + pos[0]);
}

/** The base index of outer step `o`: o·2^pos[0] with zero bits inserted at every position of pos. */
function baseOf(o: number, pos: Int32Array): number {
  let f = o << (pos[0] + 1);
  for (let k = 1; k < pos.length; k++) {
    const p = pos[k];
    f = ((f >>> p) << (p + 1)) | (f & ((1 << p) - 1));
  }
  return f;
}

/**
 * General 2×2 gate m = [[m00, m01], [m10, m11]] on target qubit t, on the subspace where all
 * bits of `ctrlMask` are 1. `m` holds [m00r, m00i, m01r, m01i, m10r, m10i, m11r, m11i]; `pos` is
 * the sorted list of control and target positions.
 */
export function applyGeneral1(re: Float64Array, im: Float64Array, dim: number, pos: Int32Array, ctrlMask: number, t: number, m: Float64Array): void {
  const ar = m[0], ai = m[1], br = m[2], bi = m[3], cr = m[4], ci = m[5], dr = m[6], di = m[7];
  const ts = 1 << t;
  if (pos.length === 1) {
    // Uncontrolled: plain block loops (blocks of 2^(t+1), contiguous inner runs of 2^t).
    if (ts === 1) {
      for (let i = 0; i < dim; i += 2) {
        const xr = re[i], xi = im[i], yr = re[i + 1], yi = im[i + 1];
        re[i] = ar * xr - ai * xi + br * yr - bi * yi;
        im[i] = ar * xi + ai * xr + br * yi + bi * yr;
        re[i + 1] = cr * xr - ci * xi + dr * yr - di * yi;
        im[i + 1] = cr * xi + ci * xr + dr * yi + di * yr;
      }
      return;
    }
    for (let b = 0; b < dim; b += 2 * ts) {
      const end = b + ts;
      for (let i = b; i < end; i++) {
        const j = i + ts;
        const xr = re[i], xi = im[i], yr = re[j], yi = im[j];
        re[i] = ar * xr - ai * xi + br * yr - bi * yi;
        im[i] = ar * xi + ai * xr + br * yi + bi * yr;
        re[j] = cr * xr - ci * xi + dr * yr - di * yi;
        im[j] = cr * xi + ci * xr + dr * yi + di * yr;
      }
    }
    return;
  }
  const outer = outerCount(dim, pos), inner = 1 << pos[0];
  if (inner < MIN_RUN) {
    const free = freeMask(dim, pos);
    let f = 0;
    do {
      const i = f | ctrlMask;
      const j = i + ts;
      const xr = re[i], xi = im[i], yr = re[j], yi = im[j];
      re[i] = ar * xr - ai * xi + br * yr - bi * yi;
      im[i] = ar * xi + ai * xr + br * yi + bi * yr;
      re[j] = cr * xr - ci * xi + dr * yr - di * yi;
      im[j] = cr * xi + ci * xr + dr * yi + di * yr;
      f = (f - free) & free;
    } while (f !== 0);
    return;
  }
  for (let o = 0; o < outer; o++) {
    const base = baseOf(o, pos) | ctrlMask;
    const end = base + inner;
    for (let i = base; i < end; i++) {
      const j = i + ts;
      const xr = re[i], xi = im[i], yr = re[j], yi = im[j];
      re[i] = ar * xr - ai * xi + br * yr - bi * yi;
      im[i] = ar * xi + ai * xr + br * yi + bi * yr;
      re[j] = cr * xr - ci * xi + dr * yr - di * yi;
      im[j] = cr * xi + ci * xr + dr * yi + di * yr;
    }
  }
}

/**
 * Multiply every amplitude whose index has all bits of `mask` set by the phase (pr + i·pi).
 * `pos` = sorted bit positions of mask (non-empty). Covers p, t, s, z, cz, cp, ccz, mcp and
 * rz (after its d0 phase is factored out as a global phase).
 */
export function applyPhaseMask(re: Float64Array, im: Float64Array, dim: number, pos: Int32Array, mask: number, pr: number, pi: number): void {
  if (pos.length === 1) {
    const ts = mask;
    for (let b = ts; b < dim; b += 2 * ts) {
      const end = b + ts;
      for (let i = b; i < end; i++) {
        const xr = re[i], xi = im[i];
        re[i] = xr * pr - xi * pi;
        im[i] = xr * pi + xi * pr;
      }
    }
    return;
  }
  const outer = outerCount(dim, pos), inner = 1 << pos[0];
  if (inner < MIN_RUN) {
    const free = freeMask(dim, pos);
    let f = 0;
    do {
      const i = f | mask;
      const xr = re[i], xi = im[i];
      re[i] = xr * pr - xi * pi;
      im[i] = xr * pi + xi * pr;
      f = (f - free) & free;
    } while (f !== 0);
    return;
  }
  for (let o = 0; o < outer; o++) {
    const base = baseOf(o, pos) | mask;
    const end = base + inner;
    for (let i = base; i < end; i++) {
      const xr = re[i], xi = im[i];
      re[i] = xr * pr - xi * pi;
      im[i] = xr * pi + xi * pr;
    }
  }
}

/** Diagonal diag(d0, d1) on target t within the control subspace (both entries applied). */
export function applyDiag1(re: Float64Array, im: Float64Array, dim: number, pos: Int32Array, ctrlMask: number, t: number,
  d0r: number, d0i: number, d1r: number, d1i: number): void {
  const ts = 1 << t;
  const outer = outerCount(dim, pos), inner = 1 << pos[0];
  if (inner < MIN_RUN) {
    const free = freeMask(dim, pos);
    let f = 0;
    do {
      const i = f | ctrlMask;
      const j = i + ts;
      const xr = re[i], xi = im[i], yr = re[j], yi = im[j];
      re[i] = xr * d0r - xi * d0i;
      im[i] = xr * d0i + xi * d0r;
      re[j] = yr * d1r - yi * d1i;
      im[j] = yr * d1i + yi * d1r;
      f = (f - free) & free;
    } while (f !== 0);
    return;
  }
  for (let o = 0; o < outer; o++) {
    const base = baseOf(o, pos) | ctrlMask;
    const end = base + inner;
    for (let i = base; i < end; i++) {
      const j = i + ts;
      const xr = re[i], xi = im[i], yr = re[j], yi = im[j];
      re[i] = xr * d0r - xi * d0i;
      im[i] = xr * d0i + xi * d0r;
      re[j] = yr * d1r - yi * d1i;
      im[j] = yr * d1i + yi * d1r;
    }
  }
}

/**
 * Swap the amplitudes at base+offA and base+offB for every base (zero at all of `pos`, control
 * bits set). X/CX/CCX/MCX: offA = 0, offB = 2^t. SWAP/CSWAP: offA = 2^t0, offB = 2^t1.
 */
export function applySwap(re: Float64Array, im: Float64Array, dim: number, pos: Int32Array, ctrlMask: number, offA: number, offB: number): void {
  if (pos.length === 1) {
    const ts = offB;
    for (let b = 0; b < dim; b += 2 * ts) {
      const end = b + ts;
      for (let i = b; i < end; i++) {
        const j = i + ts;
        const xr = re[i], xi = im[i];
        re[i] = re[j]; im[i] = im[j];
        re[j] = xr; im[j] = xi;
      }
    }
    return;
  }
  const outer = outerCount(dim, pos), inner = 1 << pos[0];
  if (inner < MIN_RUN) {
    const free = freeMask(dim, pos);
    let f = 0;
    do {
      const i = f | ctrlMask;
      const a = i + offA, b = i + offB;
      const xr = re[a], xi = im[a];
      re[a] = re[b]; im[a] = im[b];
      re[b] = xr; im[b] = xi;
      f = (f - free) & free;
    } while (f !== 0);
    return;
  }
  for (let o = 0; o < outer; o++) {
    const base = baseOf(o, pos) | ctrlMask;
    const end = base + inner;
    for (let i = base; i < end; i++) {
      const a = i + offA, b = i + offB;
      const xr = re[a], xi = im[a];
      re[a] = re[b]; im[a] = im[b];
      re[b] = xr; im[b] = xi;
    }
  }
}

/** Anti-diagonal [[0, b], [c, 0]] on target t within the control subspace (Y, CY, phased X). */
export function applyAntiDiag1(re: Float64Array, im: Float64Array, dim: number, pos: Int32Array, ctrlMask: number, t: number,
  br: number, bi: number, cr: number, ci: number): void {
  const ts = 1 << t;
  const outer = outerCount(dim, pos), inner = 1 << pos[0];
  if (inner < MIN_RUN) {
    const free = freeMask(dim, pos);
    let f = 0;
    do {
      const i = f | ctrlMask;
      const j = i + ts;
      const xr = re[i], xi = im[i], yr = re[j], yi = im[j];
      re[i] = br * yr - bi * yi;
      im[i] = br * yi + bi * yr;
      re[j] = cr * xr - ci * xi;
      im[j] = cr * xi + ci * xr;
      f = (f - free) & free;
    } while (f !== 0);
    return;
  }
  for (let o = 0; o < outer; o++) {
    const base = baseOf(o, pos) | ctrlMask;
    const end = base + inner;
    for (let i = base; i < end; i++) {
      const j = i + ts;
      const xr = re[i], xi = im[i], yr = re[j], yi = im[j];
      re[i] = br * yr - bi * yi;
      im[i] = br * yi + bi * yr;
      re[j] = cr * xr - ci * xi;
      im[j] = cr * xi + ci * xr;
    }
  }
}

/**
 * General 4×4 gate on targets (t0 = matrix bit 0, t1 = matrix bit 1) within the control
 * subspace. `m` is the row-major matrix as interleaved [re, im] pairs (32 numbers).
 */
export function applyDense2(re: Float64Array, im: Float64Array, dim: number, pos: Int32Array, ctrlMask: number, t0: number, t1: number, m: Float64Array): void {
  const o1 = 1 << t0, o2 = 1 << t1, o3 = o1 + o2;
  // Matrix entries in locals (row r, column c → aRC re, bRC im) so the inner loop only streams the state.
  const a00 = m[0], b00 = m[1], a01 = m[2], b01 = m[3], a02 = m[4], b02 = m[5], a03 = m[6], b03 = m[7];
  const a10 = m[8], b10 = m[9], a11 = m[10], b11 = m[11], a12 = m[12], b12 = m[13], a13 = m[14], b13 = m[15];
  const a20 = m[16], b20 = m[17], a21 = m[18], b21 = m[19], a22 = m[20], b22 = m[21], a23 = m[22], b23 = m[23];
  const a30 = m[24], b30 = m[25], a31 = m[26], b31 = m[27], a32 = m[28], b32 = m[29], a33 = m[30], b33 = m[31];
  const outer = outerCount(dim, pos), inner = 1 << pos[0];
  for (let o = 0; o < outer; o++) {
    const base = baseOf(o, pos) | ctrlMask;
    const end = base + inner;
    for (let i0 = base; i0 < end; i0++) {
      const i1 = i0 + o1, i2 = i0 + o2, i3 = i0 + o3;
      const x0r = re[i0], x0i = im[i0], x1r = re[i1], x1i = im[i1];
      const x2r = re[i2], x2i = im[i2], x3r = re[i3], x3i = im[i3];
      re[i0] = a00 * x0r - b00 * x0i + a01 * x1r - b01 * x1i + a02 * x2r - b02 * x2i + a03 * x3r - b03 * x3i;
      im[i0] = a00 * x0i + b00 * x0r + a01 * x1i + b01 * x1r + a02 * x2i + b02 * x2r + a03 * x3i + b03 * x3r;
      re[i1] = a10 * x0r - b10 * x0i + a11 * x1r - b11 * x1i + a12 * x2r - b12 * x2i + a13 * x3r - b13 * x3i;
      im[i1] = a10 * x0i + b10 * x0r + a11 * x1i + b11 * x1r + a12 * x2i + b12 * x2r + a13 * x3i + b13 * x3r;
      re[i2] = a20 * x0r - b20 * x0i + a21 * x1r - b21 * x1i + a22 * x2r - b22 * x2i + a23 * x3r - b23 * x3i;
      im[i2] = a20 * x0i + b20 * x0r + a21 * x1i + b21 * x1r + a22 * x2i + b22 * x2r + a23 * x3i + b23 * x3r;
      re[i3] = a30 * x0r - b30 * x0i + a31 * x1r - b31 * x1i + a32 * x2r - b32 * x2i + a33 * x3r - b33 * x3i;
      im[i3] = a30 * x0i + b30 * x0r + a31 * x1i + b31 * x1r + a32 * x2i + b32 * x2r + a33 * x3i + b33 * x3r;
    }
  }
}

/**
 * Diagonal gate on k targets within the control subspace: amplitude at base+offsets[s] is
 * multiplied by (dRe[s] + i·dIm[s]) for every s with skip[s] = 0 (entries equal to 1 are skipped).
 */
export function applyDiagN(re: Float64Array, im: Float64Array, dim: number, pos: Int32Array, ctrlMask: number,
  offsets: Int32Array, dRe: Float64Array, dIm: Float64Array, skip: Uint8Array): void {
  const size = offsets.length;
  const outer = outerCount(dim, pos), inner = 1 << pos[0];
  for (let s = 0; s < size; s++) {
    if (skip[s]) continue;
    const off = offsets[s], pr = dRe[s], pi = dIm[s];
    for (let o = 0; o < outer; o++) {
      const base = (baseOf(o, pos) | ctrlMask) + off;
      const end = base + inner;
      for (let i = base; i < end; i++) {
        const xr = re[i], xi = im[i];
        re[i] = xr * pr - xi * pi;
        im[i] = xr * pi + xi * pr;
      }
    }
  }
}

/**
 * Sparse k-target gate (any k) within the control subspace: `offsets[s]` is the index offset of
 * target sub-index s; row s of the matrix has nonzeros cols[rowStart[s] .. rowStart[s+1]) with
 * values (valRe, valIm). `scratchRe/Im` hold 2^k gathered amplitudes. Rows equal to the identity
 * row e_s are marked `skipRow[s] = 1` and left untouched (saves stores for diagonal gates).
 */
export function applySparse(re: Float64Array, im: Float64Array, dim: number, pos: Int32Array, ctrlMask: number,
  offsets: Int32Array, rowStart: Int32Array, cols: Int32Array, valRe: Float64Array, valIm: Float64Array, skipRow: Uint8Array,
  scratchRe: Float64Array, scratchIm: Float64Array): void {
  const size = offsets.length;
  const outer = outerCount(dim, pos), inner = 1 << pos[0];
  for (let o = 0; o < outer; o++) {
    const base = baseOf(o, pos) | ctrlMask;
    const end = base + inner;
    for (let b = base; b < end; b++) {
      for (let s = 0; s < size; s++) { const idx = b + offsets[s]; scratchRe[s] = re[idx]; scratchIm[s] = im[idx]; }
      for (let s = 0; s < size; s++) {
        if (skipRow[s]) continue;
        let yr = 0, yi = 0;
        for (let e = rowStart[s]; e < rowStart[s + 1]; e++) {
          const c = cols[e], vr = valRe[e], vi = valIm[e];
          yr += vr * scratchRe[c] - vi * scratchIm[c];
          yi += vr * scratchIm[c] + vi * scratchRe[c];
        }
        const idx = b + offsets[s];
        re[idx] = yr; im[idx] = yi;
      }
    }
  }
}

/**
 * 2×2 gate on target t selected by control bit c: `m0` on the pairs where bit c is 0, `m1` where
 * it is 1 (interleaved [re, im] row-major, 8 numbers each). One sweep: both pairs of a group are
 * updated in the same iteration.
 */
export function applyUcg1(re: Float64Array, im: Float64Array, dim: number, pos: Int32Array, c: number, t: number, m0: Float64Array, m1: Float64Array): void {
  const ar = m0[0], ai = m0[1], br = m0[2], bi = m0[3], cr = m0[4], ci = m0[5], dr = m0[6], di = m0[7];
  const er = m1[0], ei = m1[1], fr = m1[2], fi = m1[3], gr = m1[4], gi = m1[5], hr = m1[6], hi = m1[7];
  const ts = 1 << t, cs = 1 << c;
  const outer = outerCount(dim, pos), inner = 1 << pos[0];
  if (inner < MIN_RUN) {
    const free = freeMask(dim, pos);
    let f = 0;
    do {
      let i = f, j = f + ts;
      let xr = re[i], xi = im[i], yr = re[j], yi = im[j];
      re[i] = ar * xr - ai * xi + br * yr - bi * yi;
      im[i] = ar * xi + ai * xr + br * yi + bi * yr;
      re[j] = cr * xr - ci * xi + dr * yr - di * yi;
      im[j] = cr * xi + ci * xr + dr * yi + di * yr;
      i += cs; j += cs;
      xr = re[i]; xi = im[i]; yr = re[j]; yi = im[j];
      re[i] = er * xr - ei * xi + fr * yr - fi * yi;
      im[i] = er * xi + ei * xr + fr * yi + fi * yr;
      re[j] = gr * xr - gi * xi + hr * yr - hi * yi;
      im[j] = gr * xi + gi * xr + hr * yi + hi * yr;
      f = (f - free) & free;
    } while (f !== 0);
    return;
  }
  for (let o = 0; o < outer; o++) {
    const base = baseOf(o, pos);
    const end = base + inner;
    for (let i = base; i < end; i++) {
      const j = i + ts, k = i + cs, l = j + cs;
      const xr = re[i], xi = im[i], yr = re[j], yi = im[j];
      re[i] = ar * xr - ai * xi + br * yr - bi * yi;
      im[i] = ar * xi + ai * xr + br * yi + bi * yr;
      re[j] = cr * xr - ci * xi + dr * yr - di * yi;
      im[j] = cr * xi + ci * xr + dr * yi + di * yr;
      const ur = re[k], ui = im[k], vr = re[l], vi = im[l];
      re[k] = er * ur - ei * ui + fr * vr - fi * vi;
      im[k] = er * ui + ei * ur + fr * vi + fi * vr;
      re[l] = gr * ur - gi * ui + hr * vr - hi * vi;
      im[l] = gr * ui + gi * ur + hr * vi + hi * vr;
    }
  }
}
