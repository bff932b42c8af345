import { makeRng } from '../../math/rng';
import { ceilLog2 } from '../arith/qrom';
import type { CsrMatrixLike } from './matrixInput';

/**
 * A slot ("colour") assignment for the non-zeros of a symmetric matrix: an edge colouring of its
 * sparsity graph (diagonal entries are self-loops). Slot l of row j holds the column
 * partner[j·d + l]; by construction partner is an involution in every slot
 * (partner(partner(j, l), l) = j), unused slots point to j itself with value 0. This is the
 * decomposition of a d-sparse symmetric matrix into d "1-sparse" symmetric parts
 * (Aharonov & Ta-Shma 2003; Childs 2010 uses it for Hamiltonian simulation). It lets the sparse
 * block encoding use an out-of-place column oracle (a permutation by construction) and still
 * match the left and right halves with one register swap.
 */
export interface SlotAssignment {
  readonly n: number;
  /** Slots per row d = 2^numSlotQubits ≥ number of colours used. */
  readonly slotCount: number;
  readonly numSlotQubits: number;
  /** Colours really used (≤ 2·maxRowNnz − 1 by the greedy bound; often maxRowNnz or +1). */
  readonly colorCount: number;
  /** partner column of (row j, slot l) at j·slotCount + l. */
  readonly partner: Int32Array;
  /** A[j][partner] at j·slotCount + l (0 for unused slots). */
  readonly value: Float64Array;
  /** Largest number of non-zeros in a row. */
  readonly maxRowNnz: number;
}

/**
 * Edge colouring of a canonical symmetric CSR matrix by greedy passes (each undirected edge {i, j}
 * gets the smallest colour free at both ends): first in row order, then — while the colour count
 * exceeds the power of two at or above the row sparsity and the matrix is small (≤ 20,000
 * non-zeros) — up to 24 more passes over seeded random edge orders (makeRng, deterministic);
 * the pass with fewest colours wins. `minSlots` forces at least that many slots (rounded up to
 * a power of two).
 */
export function assignSlots(a: CsrMatrixLike, minSlots = 1): SlotAssignment {
  const n = a.n;
  let maxRowNnz = 0;
  for (let i = 0; i < n; i++) maxRowNnz = Math.max(maxRowNnz, a.rowPtr[i + 1] - a.rowPtr[i]);
  const edges: number[] = []; // pairs (k of the upper-triangle entry)
  for (let i = 0; i < n; i++) for (let k = a.rowPtr[i]; k < a.rowPtr[i + 1]; k++) if (a.colIdx[k] >= i) edges.push(k);
  const rowOf = new Int32Array(a.rowPtr[n]);
  for (let i = 0; i < n; i++) for (let k = a.rowPtr[i]; k < a.rowPtr[i + 1]; k++) rowOf[k] = i;
  const target = 2 ** ceilLog2(Math.max(1, maxRowNnz));
  let best = greedyColouring(a, rowOf, edges, maxRowNnz);
  if (best.colorCount > target && a.rowPtr[n] <= 20000) {
    const rng = makeRng(0x51a7);
    for (let attempt = 0; attempt < 24 && best.colorCount > target; attempt++) {
      const order = edges.slice();
      for (let t = order.length - 1; t > 0; t--) { const u = rng.int(t + 1); const tmp = order[t]; order[t] = order[u]; order[u] = tmp; }
      const c = greedyColouring(a, rowOf, order, maxRowNnz);
      if (c.colorCount < best.colorCount) best = c;
    }
  }
  const { used, val, colorCount, maxColors } = best;
  const s = ceilLog2(Math.max(colorCount, minSlots, 1));
  const d = 2 ** s;
  const partner = new Int32Array(n * d);
  const value = new Float64Array(n * d);
  for (let j = 0; j < n; j++) {
    for (let l = 0; l < d; l++) {
      const u = l < maxColors ? used[j * maxColors + l] : 0;
      partner[j * d + l] = u === 0 ? j : u - 1;
      value[j * d + l] = u === 0 ? 0 : val[j * maxColors + l];
    }
  }
  return { n, slotCount: d, numSlotQubits: s, colorCount, partner, value, maxRowNnz };
}

interface Colouring {
  /** used[i*maxColors + c] = 1 + partner when colour c is taken at vertex i (0 = free). */
  readonly used: Int32Array;
  readonly val: Float64Array;
  readonly colorCount: number;
  readonly maxColors: number;
}

/** One greedy pass over the upper-triangle entries `order` (indices into colIdx/values). */
function greedyColouring(a: CsrMatrixLike, rowOf: Int32Array, order: readonly number[], maxRowNnz: number): Colouring {
  const n = a.n;
  const maxColors = Math.max(1, 2 * maxRowNnz - 1);
  const used = new Int32Array(n * maxColors);
  const val = new Float64Array(n * maxColors);
  let colorCount = 0;
  for (const k of order) {
    const i = rowOf[k], j = a.colIdx[k];
    let c = 0;
    while (used[i * maxColors + c] !== 0 || used[j * maxColors + c] !== 0) c++;
    used[i * maxColors + c] = 1 + j; used[j * maxColors + c] = 1 + i;
    val[i * maxColors + c] = a.values[k]; val[j * maxColors + c] = a.values[k];
    colorCount = Math.max(colorCount, c + 1);
  }
  return { used, val, colorCount, maxColors };
}
