/**
 * T-count reduction of a phase polynomial by third-order duplicate-and-destroy (TODD; Heyfron &
 * Campbell 2018, "An efficient quantum compiler that reduces T count", arXiv:1712.01557, Sec. IV,
 * the z-dependent kernel of TOHPE/TODD; cf. Amy & Mosca 2016, "T-count optimization and
 * Reed–Muller codes", for the signature-tensor view).
 *
 * A set of T terms (π/4 on each parity a_j of n variables) is the n×m matrix A = [a_1 … a_m].
 * Two sets implement the same diagonal up to Clifford gates (S on single variables, CZ on
 * pairs) iff their signature tensors S_{αβγ} = Σ_j a_jα a_jβ a_jγ (mod 2) agree (the parity
 * expansion p·x = Σ x_i − 2Σ x_i x_j + 4Σ x_i x_j x_k mod 8 has its cubic part fixed by S and its
 * linear/quadratic parts fixed mod 2/mod 4). For z ∈ F₂ⁿ and y ∈ F₂ᵐ, A' = A ⊕ z·yᵀ (plus the
 * extra column z when |y| is odd) has the same tensor when A·y = 0 and, in coordinates where
 * z = e_{i0}, (a_β ∘ a_γ)·y = 0 for all β < γ other than i0. Choosing z = a_α ⊕ a_β and
 * y_α ≠ y_β turns a_α into a_β, so both terms become one π/2 (Clifford) term: T-count −2.
 * Parities are bigint bit masks (parityMask.ts) over any number of variables; the kernel's
 * elimination works on packed 32-bit words over the terms.
 */
import { bitIndices, lowestBitIndex, unitMask } from './parityMask';

/** Options of {@link toddReduce}. */
export interface ToddOptions {
  /** Upper bound on pairs (α, β) examined per improvement step (default 20000). */
  readonly maxPairsPerStep?: number;
  /** Upper bound on improvement steps (default 64). */
  readonly maxSteps?: number;
  /** Upper bound on kernels computed over the whole call (default 20000): bounds the run time. */
  readonly maxKernels?: number;
  /** Wall-clock deadline (epoch ms, `Date.now()`): no kernel is started after it (default none; results then depend on machine speed). */
  readonly deadlineMs?: number;
  /**
   * Apply the first move that lowers the term count instead of the best one of a step (default
   * false). Wide regions (many terms) need it: one best-move step there examines more pairs than
   * a kernel budget allows.
   */
  readonly firstImprovement?: boolean;
}

/**
 * Kernel basis of the TODD constraint matrix for direction z (see the file comment): rows are
 * the n variable rows of A and the pairwise products of the rows of T·A (T maps z to e_{i0}),
 * columns are the m terms. Returns kernel vectors as bit sets (Uint32Array of ⌈m/32⌉ words).
 * Own GF(2) elimination on packed words: the matrices are small but built thousands of times.
 */
function toddKernel(colBits: readonly (readonly number[])[], numVars: number, z: bigint): Uint32Array[] {
  const m = colBits.length;
  const W = (m + 31) >>> 5;
  const i0 = lowestBitIndex(z);
  const zRest = bitIndices(z & ~unitMask(i0));
  // Rows of T·A as bit sets over the columns (only variables some column uses): T adds zRest to
  // the columns with bit i0.
  const base: Uint32Array[] = [];
  for (let r = 0; r < numVars; r++) base.push(new Uint32Array(W));
  for (let j = 0; j < m; j++) {
    const bits = colBits[j], word = j >>> 5, bit = 1 << (j & 31);
    let hasI0 = false;
    for (let x = 0; x < bits.length; x++) { const r = bits[x]; base[r][word] |= bit; if (r === i0) hasI0 = true; }
    if (hasI0) for (let x = 0; x < zRest.length; x++) base[zRest[x]][word] ^= bit;
  }
  const nonZero = (x: Uint32Array): boolean => { for (let w = 0; w < W; w++) if (x[w]) return true; return false; };
  const used: number[] = [];
  for (let r = 0; r < numVars; r++) if (nonZero(base[r])) used.push(r);
  const rows: Uint32Array[] = used.map((r) => base[r].slice());
  for (let x = 0; x < used.length; x++) {
    const r = used[x];
    if (r === i0) continue;
    const br = base[r];
    for (let y = x + 1; y < used.length; y++) {
      const s = used[y];
      if (s === i0) continue;
      const bs = base[s];
      const v = new Uint32Array(W);
      let any = 0;
      for (let w = 0; w < W; w++) { v[w] = br[w] & bs[w]; any |= v[w]; }
      if (any) rows.push(v);
    }
  }
  // Reduced row echelon form.
  const pivotCol: number[] = [];
  let rank = 0;
  for (let c = 0; c < m && rank < rows.length; c++) {
    const w = c >>> 5, bit = 1 << (c & 31);
    let p = -1;
    for (let r = rank; r < rows.length; r++) if (rows[r][w] & bit) { p = r; break; }
    if (p < 0) continue;
    [rows[rank], rows[p]] = [rows[p], rows[rank]];
    const pr = rows[rank];
    for (let r = 0; r < rows.length; r++) {
      if (r === rank || !(rows[r][w] & bit)) continue;
      const x = rows[r];
      for (let k = w; k < W; k++) x[k] ^= pr[k];
    }
    pivotCol.push(c);
    rank++;
  }
  const isPivot = new Uint8Array(m);
  for (const c of pivotCol) isPivot[c] = 1;
  const kernel: Uint32Array[] = [];
  for (let f = 0; f < m; f++) {
    if (isPivot[f]) continue;
    const v = new Uint32Array(W);
    v[f >>> 5] |= 1 << (f & 31);
    for (let i = 0; i < rank; i++) if ((rows[i][f >>> 5] >>> (f & 31)) & 1) { const c = pivotCol[i]; v[c >>> 5] |= 1 << (c & 31); }
    kernel.push(v);
  }
  return kernel;
}

const bitOf = (v: Uint32Array, j: number): number => (v[j >>> 5] >>> (j & 31)) & 1;

/** The term set after the move (z, y): distinct parities of odd multiplicity. */
function applyMove(cols: readonly bigint[], z: bigint, y: Uint32Array): bigint[] {
  const count = new Map<bigint, number>();
  let weight = 0;
  const add = (p: bigint): void => { if (p) count.set(p, (count.get(p) ?? 0) ^ 1); };
  for (let j = 0; j < cols.length; j++) {
    if (bitOf(y, j)) { weight++; add(cols[j] ^ z); } else add(cols[j]);
  }
  if (weight & 1) add(z);
  const out: bigint[] = [];
  for (const [p, odd] of count) if (odd) out.push(p);
  return out;
}

/**
 * Number of terms {@link applyMove} returns for (z, y), from the partners of the terms (see
 * toddReduceCounted): the moved terms a_j ⊕ z (j ∈ y) are distinct, as are the unmoved ones, so
 * a term only cancels against an unmoved partner (−2), vanishes when a_j = z (−1), and the extra
 * column z (|y| odd) either cancels an unmoved copy of z (−1) or is new (+1).
 */
function moveSize(m: number, partner: Int32Array, zIndex: number, y: Uint32Array): number {
  let size = m, weight = 0;
  for (let w = 0; w < y.length; w++) {
    let bits = y[w];
    while (bits) {
      const low = bits & -bits;
      const j = (w << 5) + 31 - Math.clz32(low);
      weight++;
      const p = partner[j];
      if (p === -2) size--;
      else if (p >= 0 && !bitOf(y, p)) size -= 2;
      bits ^= low;
    }
  }
  if (weight & 1) size += zIndex >= 0 && !bitOf(y, zIndex) ? -1 : 1;
  return size;
}

const byValue = (x: bigint, y: bigint): number => (x < y ? -1 : x > y ? 1 : 0);

/**
 * Reduce a set of T terms (distinct nonzero parities, each with coefficient π/4 — odd multiples
 * are reduced to one T plus Clifford by the caller) to a set with the same signature tensor and
 * fewer terms, by greedy TODD moves (best gain per step). The caller recovers the Clifford
 * difference (S and CZ) from the mod-8 expansions of old and new sets ({@link cliffordCorrection}).
 * Deterministic; returns the input (copied) when no move helps.
 */
export function toddReduce(cols: readonly bigint[], numVars: number, opts: ToddOptions = {}): bigint[] {
  return toddReduceCounted(cols, numVars, opts).cols;
}

/** {@link toddReduce}, also returning the number of kernels computed (the work done). */
export function toddReduceCounted(cols: readonly bigint[], numVars: number, opts: ToddOptions = {}): { cols: bigint[]; kernels: number } {
  let A = [...new Set(cols.filter((c) => c !== 0n))].sort(byValue);
  const maxPairs = opts.maxPairsPerStep ?? 20000;
  const maxSteps = opts.maxSteps ?? 64;
  let kernelsLeft = opts.maxKernels ?? 20000, kernels = 0;
  for (let step = 0; step < maxSteps && kernelsLeft > 0; step++) {
    const m = A.length;
    const indexOf = new Map<bigint, number>(A.map((p, j) => [p, j]));
    const colBits = A.map(bitIndices);
    let best: { z: bigint; y: Uint32Array } | undefined, bestSize = m;
    let pairs = 0;
    const seen = new Set<bigint>();
    // Directions: every pair difference a_α ⊕ a_β (TODD), and every column a_α itself (then
    // y_α = 1 turns that column into 0: a single term destroyed).
    outer: for (let a = 0; a < m; a++) {
      for (let b = a; b <= m; b++) {
        if (b === a) continue;
        const z = b === m ? A[a] : A[a] ^ A[b];
        if (seen.has(z)) continue;
        seen.add(z);
        if (++pairs > maxPairs || kernelsLeft <= 0 || (opts.deadlineMs !== undefined && Date.now() > opts.deadlineMs)) break outer;
        kernelsLeft--; kernels++;
        const kernel = toddKernel(colBits, numVars, z);
        if (!kernel.length) continue;
        // partner[j]: index of a_j ⊕ z among the terms (−1 none, −2 when a_j = z), so the size
        // of each move's result is counted without building it (moveSize).
        const partner = new Int32Array(m);
        for (let j = 0; j < m; j++) { const q = A[j] ^ z; partner[j] = q === 0n ? -2 : indexOf.get(q) ?? -1; }
        const zIndex = indexOf.get(z) ?? -1;
        // Kernel vectors separating the pair; also every vector separating any pair with this z.
        for (const y of kernel) {
          const size = moveSize(m, partner, zIndex, y);
          if (size < bestSize) { bestSize = size; best = { z, y }; }
        }
        if (best && opts.firstImprovement) break outer;
      }
    }
    if (!best) break;
    A = applyMove(A, best.z, best.y).sort(byValue);
  }
  return { cols: A, kernels };
}

/**
 * Clifford difference between two weighted parity sets: the diagonal Σ c_j·(π/4)·(p_j·x) of
 * `from` minus that of `to`, expanded over monomials mod 8 (p·x = Σ_{S⊆p} (−2)^{|S|−1} Π x_S):
 * returns linear coefficients (units of π/4, mod 8) and quadratic coefficients (units of π/4,
 * mod 8, key {@link pairKey}(i, j, numVars) for i < j), or undefined when the difference is not
 * Clifford (a linear coefficient odd, a quadratic one not ≡ 0 mod 4, or a cubic one ≢ 0 mod 8).
 */
export function cliffordCorrection(from: readonly { parity: bigint; k8: number }[], to: readonly { parity: bigint; k8: number }[], numVars: number):
  { linear: Int32Array; quadratic: Map<number, number> } | undefined {
  const n = numVars;
  const linear = new Int32Array(n);
  const quadratic = new Map<number, number>();
  const cubic = new Map<number, number>();
  const accumulate = (p: bigint, k: number): void => {
    const bits = bitIndices(p);
    for (const i of bits) linear[i] = (linear[i] + k) & 7;
    for (let x = 0; x < bits.length; x++) for (let y = x + 1; y < bits.length; y++) {
      const key = bits[x] * n + bits[y];
      quadratic.set(key, ((quadratic.get(key) ?? 0) - 2 * k) & 7);
    }
    if (k & 1) {
      for (let x = 0; x < bits.length; x++) for (let y = x + 1; y < bits.length; y++) for (let w = y + 1; w < bits.length; w++) {
        const key = (bits[x] * n + bits[y]) * n + bits[w];
        cubic.set(key, ((cubic.get(key) ?? 0) + 4) & 7);
      }
    }
  };
  for (const t of from) accumulate(t.parity, t.k8 & 7);
  for (const t of to) accumulate(t.parity, (8 - (t.k8 & 7)) & 7);
  for (const v of cubic.values()) if (v) return undefined;
  for (const v of linear) if (v & 1) return undefined;
  for (const [key, v] of quadratic) { if (v & 3) return undefined; if (!v) quadratic.delete(key); }
  return { linear, quadratic };
}

/** Key of the variable pair (i, j), i < j, in {@link cliffordCorrection}'s quadratic map. */
export function pairKey(i: number, j: number, numVars: number): number {
  return i * numVars + j;
}

/** The pair (i, j) of a {@link pairKey}. */
export function pairOfKey(key: number, numVars: number): [number, number] {
  return [Math.floor(key / numVars), key % numVars];
}
