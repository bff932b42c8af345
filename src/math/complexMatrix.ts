/**
 * Dense complex matrices on split typed arrays (re and im separate, row-major), for gate
 * unitaries and small-circuit unitaries. No complex-number objects: these are used inside
 * simulator set-up and equivalence checks where allocation per element would dominate.
 *
 * Basis convention used across qnewton: for an operator on k qubits given as an ordered operand
 * list, operand j is bit j of the basis index (operand 0 is the least significant bit).
 */
export interface CMatrix {
  /** Number of rows (= columns; all our matrices are square). */
  readonly dim: number;
  /** Real parts, row-major: entry (r, c) at r*dim + c. */
  readonly re: Float64Array;
  /** Imaginary parts, row-major. */
  readonly im: Float64Array;
}

/** A complex scalar as a plain pair (only used outside hot loops). */
export interface Complex {
  readonly re: number;
  readonly im: number;
}

/** A dim×dim zero matrix. */
export function zerosC(dim: number): CMatrix {
  return { dim, re: new Float64Array(dim * dim), im: new Float64Array(dim * dim) };
}

/** The dim×dim identity. */
export function identityC(dim: number): CMatrix {
  const m = zerosC(dim);
  for (let i = 0; i < dim; i++) m.re[i * dim + i] = 1;
  return m;
}

/** Build a matrix from rows of [re, im] pairs or real numbers. */
export function fromRowsC(rows: ReadonlyArray<ReadonlyArray<number | readonly [number, number]>>): CMatrix {
  const dim = rows.length;
  const m = zerosC(dim);
  for (let r = 0; r < dim; r++) {
    if (rows[r].length !== dim) throw new Error(`fromRowsC: row ${r} has ${rows[r].length} entries, expected ${dim}`);
    for (let c = 0; c < dim; c++) {
      const v = rows[r][c];
      if (typeof v === 'number') m.re[r * dim + c] = v;
      else { m.re[r * dim + c] = v[0]; m.im[r * dim + c] = v[1]; }
    }
  }
  return m;
}

/** Matrix product a·b. */
export function mulC(a: CMatrix, b: CMatrix): CMatrix {
  const n = a.dim;
  if (b.dim !== n) throw new Error(`mulC: dimension mismatch ${n} vs ${b.dim}`);
  const out = zerosC(n);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < n; k++) {
      const ar = a.re[i * n + k], ai = a.im[i * n + k];
      if (ar === 0 && ai === 0) continue;
      for (let j = 0; j < n; j++) {
        const br = b.re[k * n + j], bi = b.im[k * n + j];
        out.re[i * n + j] += ar * br - ai * bi;
        out.im[i * n + j] += ar * bi + ai * br;
      }
    }
  }
  return out;
}

/** Conjugate transpose. */
export function adjointC(a: CMatrix): CMatrix {
  const n = a.dim;
  const out = zerosC(n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      out.re[j * n + i] = a.re[i * n + j];
      out.im[j * n + i] = -a.im[i * n + j];
    }
  }
  return out;
}

/** Kronecker product a ⊗ b (a acts on the high bits, b on the low bits). */
export function kronC(a: CMatrix, b: CMatrix): CMatrix {
  const n = a.dim * b.dim;
  const out = zerosC(n);
  for (let ar = 0; ar < a.dim; ar++) for (let ac = 0; ac < a.dim; ac++) {
    const xr = a.re[ar * a.dim + ac], xi = a.im[ar * a.dim + ac];
    if (xr === 0 && xi === 0) continue;
    for (let br = 0; br < b.dim; br++) for (let bc = 0; bc < b.dim; bc++) {
      const yr = b.re[br * b.dim + bc], yi = b.im[br * b.dim + bc];
      const r = ar * b.dim + br, c = ac * b.dim + bc;
      out.re[r * n + c] = xr * yr - xi * yi;
      out.im[r * n + c] = xr * yi + xi * yr;
    }
  }
  return out;
}

/** Scale by a complex number. */
export function scaleC(a: CMatrix, sRe: number, sIm = 0): CMatrix {
  const out = zerosC(a.dim);
  for (let i = 0; i < a.re.length; i++) {
    out.re[i] = a.re[i] * sRe - a.im[i] * sIm;
    out.im[i] = a.re[i] * sIm + a.im[i] * sRe;
  }
  return out;
}

/** Max-abs entry difference ‖a − b‖_max. */
export function maxAbsDiffC(a: CMatrix, b: CMatrix): number {
  if (a.dim !== b.dim) return Infinity;
  let m = 0;
  for (let i = 0; i < a.re.length; i++) {
    const d = Math.hypot(a.re[i] - b.re[i], a.im[i] - b.im[i]);
    if (d > m) m = d;
  }
  return m;
}

/**
 * Distance between a and b up to a global phase: min over φ of ‖a − e^{iφ} b‖_max, with φ taken
 * from the overlap tr(b†a). Returns 0 for equal-up-to-phase matrices.
 */
export function distanceUpToPhaseC(a: CMatrix, b: CMatrix): number {
  if (a.dim !== b.dim) return Infinity;
  let tr = 0, ti = 0;
  for (let i = 0; i < a.re.length; i++) {
    // conj(b) * a
    tr += b.re[i] * a.re[i] + b.im[i] * a.im[i];
    ti += b.re[i] * a.im[i] - b.im[i] * a.re[i];
  }
  const mag = Math.hypot(tr, ti);
  if (mag === 0) return maxAbsDiffC(a, b);
  const pr = tr / mag, pi = ti / mag;
  let m = 0;
  for (let i = 0; i < a.re.length; i++) {
    const br = b.re[i] * pr - b.im[i] * pi;
    const bi = b.re[i] * pi + b.im[i] * pr;
    const d = Math.hypot(a.re[i] - br, a.im[i] - bi);
    if (d > m) m = d;
  }
  return m;
}

/** True when a is unitary to within tol (max-abs entry of a†a − I). */
export function isUnitaryC(a: CMatrix, tol = 1e-9): boolean {
  return maxAbsDiffC(mulC(adjointC(a), a), identityC(a.dim)) <= tol;
}

/**
 * Embed a k-qubit operator `g` acting on `operands` (global qubit indices, operand j = bit j of
 * g's index) into an n-qubit operator.
 */
export function embedC(g: CMatrix, operands: readonly number[], numQubits: number): CMatrix {
  const k = operands.length;
  if (g.dim !== 1 << k) throw new Error(`embedC: operator of dim ${g.dim} does not act on ${k} qubits`);
  const dim = 1 << numQubits;
  const out = zerosC(dim);
  let mask = 0;
  for (const q of operands) mask |= 1 << q;
  for (let col = 0; col < dim; col++) {
    let sub = 0;
    for (let j = 0; j < k; j++) if ((col >> operands[j]) & 1) sub |= 1 << j;
    const rest = col & ~mask;
    for (let subRow = 0; subRow < g.dim; subRow++) {
      const vr = g.re[subRow * g.dim + sub], vi = g.im[subRow * g.dim + sub];
      if (vr === 0 && vi === 0) continue;
      let row = rest;
      for (let j = 0; j < k; j++) if ((subRow >> j) & 1) row |= 1 << operands[j];
      out.re[row * dim + col] = vr;
      out.im[row * dim + col] = vi;
    }
  }
  return out;
}
