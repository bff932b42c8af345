/**
 * Regularize and prune a dense symmetric block in one streaming pass over its rows, with
 * selection instead of a global sort, and the result in CSR: the scheduler's path for block
 * Hessians of 10⁴–10⁵ rows (Q-Newton, Li et al., arXiv 2405.00252, §3: H + c·max|H|·I, then
 * prune to a d-sparse matrix).
 *
 * The result is exactly that of `pruneSymmetric(regularize(h, c).matrix, d)` (prune.ts): the same
 * greedy b-matching rule, the same tie-breaking (equal magnitudes in row-major order of (i, j),
 * i < j). Only the work differs:
 *  1. one tiled pass checks finiteness and bitwise symmetry, finds max|H| and the off-diagonal
 *     sums (the shift c·max|H| is then applied on the fly to the diagonal: no regularized copy);
 *  2. the greedy rule visits the off-diagonal pairs in its global order as a k-way merge (a
 *     binary heap over the rows) of per-row streams; row u's stream yields its upper entries
 *     (u, v > u) in decreasing magnitude, a chunk at a time: the largest 2d, then 4d, 8d, …
 *     entries below the previous chunk, chosen by quickselect (expected O(N) per chunk) and
 *     only the chunk sorted. Two facts keep the streams short, both exact because slots only
 *     decrease: an edge to a row that is already full is rejected whenever it comes, so it is
 *     skipped at once; and a full row's stream is dropped. Most rows need one chunk, so the
 *     work is about one pass over H plus O(N·d log N), and the memory O(N·d);
 *  3. the kept pairs and the diagonal are written straight to CSR.
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
  /** Row chunks selected (≥ one per row with an upper entry; more when a row's first candidates went to full rows). */
  readonly rowScans: number;
}

/** Options of {@link regularizeAndPruneDense}. */
export interface DensePruneOptions {
  /** Size of each row's first chunk of candidates (default 2d; doubles per further chunk). */
  readonly initialCandidatesPerRow?: number;
  /** Called after each row of the selection pass with the fraction of rows done. */
  readonly onProgress?: (fraction: number) => void;
}

const TILE = 64;

interface TileStats { readonly maxAbs: number; readonly offNnz: number; readonly offAbs: number; readonly offSq: number }

/** Pass 1: finiteness, bitwise symmetry, max|H| and off-diagonal sums over 64×64 tiles (each pair read once from both sides). */
function scanTiles(a: DenseMatrix): TileStats {
  const n = a.rows, data = a.data;
  let m = 0, offNnz = 0, offAbs = 0, offSq = 0;
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
          if (j !== i && v !== 0) { offNnz += 2; offAbs += 2 * t; offSq += 2 * v * v; }
        }
      }
    }
  }
  return { maxAbs: m, offNnz, offAbs, offSq };
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
  const stats = scanTiles(h);
  const shift = c * stats.maxAbs;
  const diag = new Float64Array(n);
  const slots = new Int32Array(n);
  for (let i = 0; i < n; i++) { diag[i] = data[i * n + i] + shift; slots[i] = diag[i] !== 0 ? d - 1 : d; }
  const firstChunk = Math.max(1, options.initialCandidatesPerRow ?? 2 * d);

  // Row u's stream: its upper entries (u, v > u) in the order (|a| down, v up), produced in chunks.
  // A chunk holds the largest `chunkSize[u]` entries after the last emitted one whose partner v
  // still has a free slot (an edge to a full row is rejected whenever it comes, so it is skipped);
  // equal magnitudes at the cut all join the chunk. chunkSize doubles per chunk.
  const chunkCols: Int32Array[] = new Array(n);
  const chunkMags: Float64Array[] = new Array(n);
  const chunkPos = new Int32Array(n), chunkSize = new Int32Array(n).fill(firstChunk);
  const lastMag = new Float64Array(n).fill(Infinity), lastCol = new Int32Array(n).fill(-1);
  const scratchMag = new Float64Array(n), scratchCol = new Int32Array(n), sel = new Float64Array(n);
  let rowScans = 0;
  const nextChunk = (u: number): boolean => {
    rowScans++;
    const ru = u * n, lm = lastMag[u], lc = lastCol[u];
    let cnt = 0;
    for (let v = u + 1; v < n; v++) {
      const x = data[ru + v];
      if (x === 0 || slots[v] === 0) continue;
      const m = Math.abs(x);
      if (m < lm || (m === lm && v > lc)) { scratchMag[cnt] = m; scratchCol[cnt] = v; cnt++; }
    }
    if (cnt === 0) return false;
    let take = cnt;
    const want = chunkSize[u];
    if (cnt > want) {
      for (let t = 0; t < cnt; t++) sel[t] = scratchMag[t];
      const tau = kthLargestInPlace(sel, cnt, want);
      take = 0;
      for (let t = 0; t < cnt; t++) if (scratchMag[t] >= tau) { scratchMag[take] = scratchMag[t]; scratchCol[take] = scratchCol[t]; take++; }
    }
    const mags = scratchMag.slice(0, take), cols = scratchCol.slice(0, take);
    // Columns are ascending, so a stable order by decreasing magnitude is (|a| down, v up).
    const order = orderByDecreasingKey(mags);
    const cm = new Float64Array(take), cc = new Int32Array(take);
    for (let t = 0; t < take; t++) { cm[t] = mags[order[t]]; cc[t] = cols[order[t]]; }
    chunkMags[u] = cm; chunkCols[u] = cc; chunkPos[u] = 0;
    lastMag[u] = cm[take - 1]; lastCol[u] = cc[take - 1];
    chunkSize[u] = Math.min(n, 2 * chunkSize[u]);
    return true;
  };
  // The head of row u's stream (skipping edges whose partner filled meanwhile); false when it ends.
  const advance = (u: number): boolean => {
    if (slots[u] === 0) return false;
    for (;;) {
      if (chunkCols[u] === undefined || chunkPos[u] >= chunkCols[u].length) { if (!nextChunk(u)) return false; }
      const cc = chunkCols[u];
      while (chunkPos[u] < cc.length && slots[cc[chunkPos[u]]] === 0) chunkPos[u]++;
      if (chunkPos[u] < cc.length) return true;
    }
  };
  // Min-heap of rows by their head edge in the global greedy order (|a| down, then u up; v is
  // already ordered within a row).
  const heap = new Int32Array(n);
  let size = 0;
  const headMag = (u: number): number => chunkMags[u][chunkPos[u]];
  const before = (a: number, b: number): boolean => { const ma = headMag(a), mb = headMag(b); return ma > mb || (ma === mb && a < b); };
  const siftUp = (k: number): void => {
    const x = heap[k];
    while (k > 0) { const p = (k - 1) >> 1; if (!before(x, heap[p])) break; heap[k] = heap[p]; k = p; }
    heap[k] = x;
  };
  const siftDown = (k: number): void => {
    const x = heap[k];
    for (;;) {
      let ch = 2 * k + 1;
      if (ch >= size) break;
      if (ch + 1 < size && before(heap[ch + 1], heap[ch])) ch++;
      if (!before(heap[ch], x)) break;
      heap[k] = heap[ch]; k = ch;
    }
    heap[k] = x;
  };
  for (let u = 0; u < n; u++) {
    if (advance(u)) { heap[size++] = u; siftUp(size - 1); }
    options.onProgress?.((u + 1) / n);
  }
  const keptU: number[] = [], keptV: number[] = [], keptM: number[] = [];
  while (size > 0) {
    const u = heap[0];
    const v = chunkCols[u][chunkPos[u]];
    if (slots[u] > 0 && slots[v] > 0) {
      keptU.push(u); keptV.push(v); keptM.push(chunkMags[u][chunkPos[u]]);
      slots[u]--; slots[v]--;
    }
    chunkPos[u]++;
    if (advance(u)) siftDown(0);
    else { heap[0] = heap[--size]; if (size > 0) siftDown(0); }
  }
  return { ...assemble(n, d, diag, keptU, keptV, keptM, data, stats), shift, c, maxAbs: stats.maxAbs, rowScans };
}

/** The CSR result and the statistics of {@link PruneResult}. */
function assemble(
  n: number, d: number, diag: Float64Array, eu: number[], ev: number[], mags: number[], data: Float64Array, stats: TileStats,
): { pruned: PruneResult } {
  const rowPtr = new Int32Array(n + 1);
  let diagNnz = 0, diagAbs = 0, diagSq = 0, keptAbs = 0, keptSq = 0;
  for (let i = 0; i < n; i++) if (diag[i] !== 0) { rowPtr[i + 1]++; diagNnz++; diagAbs += Math.abs(diag[i]); diagSq += diag[i] * diag[i]; }
  for (let q = 0; q < eu.length; q++) {
    rowPtr[eu[q] + 1]++; rowPtr[ev[q] + 1]++;
    keptAbs += mags[q]; keptSq += mags[q] * mags[q];
  }
  for (let i = 0; i < n; i++) rowPtr[i + 1] += rowPtr[i];
  const nnz = rowPtr[n];
  const colIdx = new Int32Array(nnz), values = new Float64Array(nnz);
  const fill = rowPtr.slice(0, n);
  for (let i = 0; i < n; i++) if (diag[i] !== 0) { const p = fill[i]++; colIdx[p] = i; values[p] = diag[i]; }
  for (let q = 0; q < eu.length; q++) {
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
  const totalMass = stats.offAbs + diagAbs, totalSq = stats.offSq + diagSq;
  // Dropped = all off-diagonal minus kept (exactly 0 when nothing was dropped).
  const dropped = stats.offNnz / 2 - eu.length;
  const droppedMass = dropped === 0 ? 0 : Math.max(0, stats.offAbs - 2 * keptAbs);
  const droppedSq = dropped === 0 ? 0 : Math.max(0, stats.offSq - 2 * keptSq);
  const matrix: CsrMatrix = { n, rowPtr, colIdx, values };
  return {
    pruned: {
      matrix, d,
      nnzBefore: stats.offNnz + diagNnz,
      nnzAfter: nnz,
      keptAbsMassFraction: totalMass === 0 ? 1 : 1 - droppedMass / totalMass,
      relativeFrobeniusError: totalSq === 0 ? 0 : Math.sqrt(droppedSq / totalSq),
    },
  };
}
