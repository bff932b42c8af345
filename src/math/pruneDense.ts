/**
 * Regularize and prune a dense symmetric block in one streaming pass over its rows, with
 * selection instead of a global sort, and the result in CSR: the scheduler's path for block
 * Hessians of 10⁴–10⁵ rows (Q-Newton, Li et al., arXiv 2405.00252, §3: H + c·max|H|·I, then
 * prune to a d-sparse matrix).
 *
 * The result is exactly that of `pruneSymmetric(regularize(h, c).matrix, d)` (prune.ts): the same
 * greedy b-matching rule, the same tie-breaking (equal magnitudes in row-major order of (i, j),
 * i < j). Only the work differs:
 *  1. one tiled pass checks finiteness and bitwise symmetry and finds max|H| (the shift
 *     c·max|H| is then applied on the fly to the diagonal: no regularized copy is made);
 *  2. each row i, read in place, keeps its m_i largest off-diagonal magnitudes (threshold τ_i by
 *     quickselect, expected O(N) per row; m_i = 2d to start) as candidates: O(N·m) memory;
 *  3. the greedy rule runs on the candidate set C only (sorted: O(N·m log(N·m)));
 *  4. a check proves that no edge outside C would have been kept: an edge {i, j} ∉ C could only
 *     be kept if neither row was full before it in the global order; rows that filled with
 *     magnitude ≥ τ_i are safe without looking, the others are re-read. Rows of an edge that
 *     fails the check get m ← 4m and steps 2–4 repeat (m reaches the row length at worst, where
 *     C holds every edge), so the answer is always the exact greedy result.
 * The input must be bitwise symmetric (the Kronecker kernel of src/hessian produces such
 * blocks); a symmetric-within-tolerance input throws, since averaging it would need a second
 * N×N copy — symmetrize it first (symmetrizeDense) when it is small.
 */
import { InvalidMatrixError } from '../errors';
import { CsrMatrix } from './csrMatrix';
import { DenseMatrix } from './denseMatrix';
import type { PruneResult } from './prune';
import { assertRegularizationC } from './regularize';
import { kthLargestInPlace } from './select';
import { orderByDecreasingKey } from './sortByMagnitude';
import { assertRowSparsity } from './validate';

/** The regularized, pruned block and the regularization that was applied. */
export interface RegularizedPrune {
  /** Pruning of H + shift·I (as {@link pruneSymmetric} would report it). */
  readonly pruned: PruneResult;
  /** shift = c·maxAbs, added to every diagonal entry. */
  readonly shift: number;
  readonly c: number;
  /** max|H_ij| of the input. */
  readonly maxAbs: number;
  /** Rounds of candidate enlargement the exactness check needed (0 when the first candidate set sufficed). */
  readonly enlargementRounds: number;
  /** Candidate edges in the final round (memory O(this)). */
  readonly candidateCount: number;
}

/** Options of {@link regularizeAndPruneDense}. */
export interface DensePruneOptions {
  /** Initial candidates per row (default 2d). */
  readonly initialCandidatesPerRow?: number;
  /** Called after each row of the selection pass with the fraction of rows done. */
  readonly onProgress?: (fraction: number) => void;
}

const TILE = 64;

/** Pass 1: finiteness, bitwise symmetry and max|H| over 64×64 tiles (each pair read once from both sides). */
function scanTiles(a: DenseMatrix): number {
  const n = a.rows, data = a.data;
  let m = 0;
  for (let bi = 0; bi < n; bi += TILE) {
    const ei = Math.min(n, bi + TILE);
    for (let bj = bi; bj < n; bj += TILE) {
      const ej = Math.min(n, bj + TILE);
      for (let i = bi; i < ei; i++) {
        const ri = i * n;
        for (let j = bj === bi ? i : bj; j < ej; j++) {
          const v = data[ri + j];
          const t = Math.abs(v);
          if (!(t < Infinity)) {
            throw new InvalidMatrixError(`matrix contains a non-finite entry (${v}) at (${i}, ${j}); remove NaN/Infinity values`, { row: i, col: j });
          }
          if (v !== data[j * n + i]) {
            throw new InvalidMatrixError(
              `matrix is not exactly symmetric: A[${i}][${j}] = ${v} but A[${j}][${i}] = ${data[j * n + i]}; the streaming pruner needs a bitwise symmetric matrix (symmetrize it first, e.g. symmetrizeDense)`,
              { row: i, col: j },
            );
          }
          if (t > m) m = t;
        }
      }
    }
  }
  return m;
}

/** Does edge (mf, uf, vf) come before edge (me, ue, ve) in the greedy order (magnitude down, then (u, v) up)? */
function precedes(mf: number, uf: number, vf: number, me: number, ue: number, ve: number): boolean {
  return mf > me || (mf === me && (uf < ue || (uf === ue && vf < ve)));
}

/**
 * H + c·max|H_ij|·I pruned to row sparsity d (see the module comment), for a bitwise symmetric,
 * finite, square dense H. Equal to `pruneSymmetric(regularize(h, c).matrix, d)`; never copies H.
 * Throws InvalidArgumentError for a bad c or d, InvalidMatrixError for a non-square, empty,
 * non-finite or asymmetric H.
 */
export function regularizeAndPruneDense(h: DenseMatrix, c: number, d: number, options: DensePruneOptions = {}): RegularizedPrune {
  assertRegularizationC(c);
  if (h.rows !== h.cols) throw new InvalidMatrixError(`matrix is ${h.rows}x${h.cols}; a square matrix is required`, { rows: h.rows, cols: h.cols });
  const n = h.rows;
  if (n < 1) throw new InvalidMatrixError('matrix is empty (0x0); a matrix with at least one row is required');
  assertRowSparsity(d, n);
  const data = h.data;
  const maxAbs = scanTiles(h);
  const shift = c * maxAbs;
  const diag = new Float64Array(n);
  const slots0 = new Int32Array(n);
  for (let i = 0; i < n; i++) { diag[i] = data[i * n + i] + shift; slots0[i] = diag[i] !== 0 ? d - 1 : d; }

  // Row statistics (off-diagonal non-zeros, |·| and ² sums) and the first selection.
  const offCount = new Int32Array(n);
  let offAbs = 0, offSq = 0;
  const want = new Int32Array(n).fill(Math.max(1, options.initialCandidatesPerRow ?? 2 * d));
  const tau = new Float64Array(n); // row i's candidates: all j ≠ i with 0 < |a_ij| and |a_ij| ≥ tau[i]
  const lists: Int32Array[] = new Array(n);
  const scratch = new Float64Array(n);
  const selectRow = (i: number, first: boolean): void => {
    const ri = i * n;
    let cnt = 0;
    for (let j = 0; j < n; j++) {
      const v = data[ri + j];
      if (v !== 0 && j !== i) {
        scratch[cnt++] = Math.abs(v);
        if (first) { offAbs += Math.abs(v); offSq += v * v; }
      }
    }
    offCount[i] = cnt;
    const t = cnt <= want[i] ? 0 : kthLargestInPlace(scratch, cnt, want[i]);
    tau[i] = t;
    let m = 0;
    for (let j = 0; j < n; j++) { const v = data[ri + j]; if (v !== 0 && j !== i && Math.abs(v) >= t) scratch[m++] = j; }
    const list = new Int32Array(m);
    for (let q = 0; q < m; q++) list[q] = scratch[q];
    lists[i] = list;
  };
  for (let i = 0; i < n; i++) { selectRow(i, true); options.onProgress?.((i + 1) / n); }

  let rounds = 0;
  for (;;) {
    // Candidate edges (u < v), deduplicated, in row-major order, then greedy order.
    let total = 0;
    for (let i = 0; i < n; i++) total += lists[i].length;
    const key = new Float64Array(total);
    const eu0 = new Int32Array(total), ev0 = new Int32Array(total);
    let e = 0;
    for (let i = 0; i < n; i++) {
      const list = lists[i];
      for (let q = 0; q < list.length; q++) {
        const j = list[q];
        const u = i < j ? i : j, v = i < j ? j : i;
        eu0[e] = u; ev0[e] = v; key[e] = -(u * n + v); e++;
      }
    }
    const rowMajor = orderByDecreasingKey(key);
    const eu: number[] = [], ev: number[] = [], em: number[] = [];
    for (let t = 0; t < total; t++) {
      const q = rowMajor[t];
      const last = eu.length - 1;
      if (last >= 0 && eu[last] === eu0[q] && ev[last] === ev0[q]) continue;
      eu.push(eu0[q]); ev.push(ev0[q]); em.push(Math.abs(data[eu0[q] * n + ev0[q]]));
    }
    const mags = Float64Array.from(em);
    const order = orderByDecreasingKey(mags);
    // Greedy b-matching on C; fullAt[i] = greedy position of the edge that filled row i (−1: full from the start).
    const slots = slots0.slice();
    const fullAt = new Int32Array(n).fill(-2); // −2: never full
    for (let i = 0; i < n; i++) if (slots[i] <= 0) fullAt[i] = -1;
    const kept = new Uint8Array(eu.length);
    for (let t = 0; t < order.length; t++) {
      const q = order[t];
      const u = eu[q], v = ev[q];
      if (slots[u] > 0 && slots[v] > 0) {
        kept[q] = 1;
        if (--slots[u] === 0) fullAt[u] = q;
        if (--slots[v] === 0) fullAt[v] = q;
      }
    }
    // Exactness check (module comment, step 4).
    const fullBefore = (i: number, me: number, ue: number, ve: number): boolean => {
      const f = fullAt[i];
      if (f === -1) return true;
      if (f === -2) return false;
      return precedes(mags[f], eu[f], ev[f], me, ue, ve);
    };
    const enlarge = new Uint8Array(n);
    let anyEnlarge = false;
    for (let i = 0; i < n; i++) {
      if (offCount[i] <= want[i]) continue; // complete: every edge of row i is in C
      const f = fullAt[i];
      if (f === -1 || (f >= 0 && mags[f] >= tau[i])) continue; // filled before any edge below τ_i
      const ri = i * n;
      for (let j = 0; j < n; j++) {
        const v = data[ri + j];
        if (v === 0 || j === i) continue;
        const me = Math.abs(v);
        if (me >= tau[i] || offCount[j] <= want[j] || me >= tau[j]) continue; // in C
        const ue = i < j ? i : j, ve = i < j ? j : i;
        if (!fullBefore(i, me, ue, ve) && !fullBefore(j, me, ue, ve)) { enlarge[i] = 1; enlarge[j] = 1; anyEnlarge = true; }
      }
    }
    if (!anyEnlarge) {
      return { ...assemble(n, d, diag, eu, ev, mags, kept, data, offCount, offAbs, offSq), shift, c, maxAbs, enlargementRounds: rounds, candidateCount: eu.length };
    }
    rounds++;
    for (let i = 0; i < n; i++) {
      if (enlarge[i]) { want[i] = Math.min(offCount[i], 4 * want[i]); selectRow(i, false); }
    }
  }
}

/** The CSR result and the statistics of {@link PruneResult}. */
function assemble(
  n: number, d: number, diag: Float64Array, eu: number[], ev: number[], mags: Float64Array, kept: Uint8Array,
  data: Float64Array, offCount: Int32Array, offAbs: number, offSq: number,
): { pruned: PruneResult } {
  const rowPtr = new Int32Array(n + 1);
  let diagNnz = 0, diagAbs = 0, diagSq = 0, keptAbs = 0, keptSq = 0, keptCount = 0;
  for (let i = 0; i < n; i++) if (diag[i] !== 0) { rowPtr[i + 1]++; diagNnz++; diagAbs += Math.abs(diag[i]); diagSq += diag[i] * diag[i]; }
  for (let q = 0; q < eu.length; q++) {
    if (!kept[q]) continue;
    rowPtr[eu[q] + 1]++; rowPtr[ev[q] + 1]++;
    keptAbs += mags[q]; keptSq += mags[q] * mags[q]; keptCount++;
  }
  for (let i = 0; i < n; i++) rowPtr[i + 1] += rowPtr[i];
  const nnz = rowPtr[n];
  const colIdx = new Int32Array(nnz), values = new Float64Array(nnz);
  const fill = rowPtr.slice(0, n);
  for (let i = 0; i < n; i++) if (diag[i] !== 0) { const p = fill[i]++; colIdx[p] = i; values[p] = diag[i]; }
  for (let q = 0; q < eu.length; q++) {
    if (!kept[q]) continue;
    const u = eu[q], v = ev[q], val = data[u * n + v];
    let p = fill[u]++; colIdx[p] = v; values[p] = val;
    p = fill[v]++; colIdx[p] = u; values[p] = val;
  }
  // Rows hold ≤ d entries: insertion sort by column.
  for (let i = 0; i < n; i++) {
    for (let a = rowPtr[i] + 1; a < rowPtr[i + 1]; a++) {
      const cc = colIdx[a], vv = values[a];
      let b = a - 1;
      while (b >= rowPtr[i] && colIdx[b] > cc) { colIdx[b + 1] = colIdx[b]; values[b + 1] = values[b]; b--; }
      colIdx[b + 1] = cc; values[b + 1] = vv;
    }
  }
  let offNnz = 0;
  for (let i = 0; i < n; i++) offNnz += offCount[i];
  const totalMass = offAbs + diagAbs, totalSq = offSq + diagSq;
  const droppedCount = offNnz / 2 - keptCount;
  const droppedMass = droppedCount === 0 ? 0 : Math.max(0, offAbs - 2 * keptAbs);
  const droppedSq = droppedCount === 0 ? 0 : Math.max(0, offSq - 2 * keptSq);
  const matrix: CsrMatrix = { n, rowPtr, colIdx, values };
  return {
    pruned: {
      matrix, d,
      nnzBefore: offNnz + diagNnz,
      nnzAfter: nnz,
      keptAbsMassFraction: totalMass === 0 ? 1 : 1 - droppedMass / totalMass,
      relativeFrobeniusError: totalSq === 0 ? 0 : Math.sqrt(droppedSq / totalSq),
    },
  };
}
