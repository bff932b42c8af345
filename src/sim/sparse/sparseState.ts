import { InvalidArgumentError, SimulationTooLargeError, SupportBudgetExceededError } from '../../errors';
import { defaultMemoryBudgetBytes } from '../budget';
import { formatBytes } from '../../format';

/**
 * Widest circuit of the sparse backend: basis indices are kept as two 32-bit words (bits 0–31
 * and 32–63), so the index of any basis state of up to 64 qubits is exact.
 */
export const MAX_SPARSE_QUBITS = 64;

/**
 * Peak bytes per non-zero amplitude of the sparse state, including growth: an entry holds two
 * Int32 key words, two Float64 amplitude parts and one mark byte (25 B); the hash index has two
 * Int32 slots per entry of capacity (8 B); while the arrays double, old (33 B) and new (66 B)
 * copies coexist for each live entry: ≤ 99 B, rounded up to 100.
 */
export const SPARSE_BYTES_PER_AMPLITUDE = 100;

/** Default pruning threshold: amplitudes with |a| at most this are dropped (|a|² ≤ 1e-28). */
export const DEFAULT_PRUNE_AMPLITUDE = 1e-14;

/** Smallest allocated capacity (entries). */
const MIN_CAPACITY = 16;

/** Largest support a memory budget allows: ⌊budget / {@link SPARSE_BYTES_PER_AMPLITUDE}⌋. */
export function supportBudgetOf(memoryBudgetBytes: number = defaultMemoryBudgetBytes()): number {
  if (!(memoryBudgetBytes > 0)) throw new InvalidArgumentError(`memory budget must be positive, got ${memoryBudgetBytes} bytes`);
  // Typed-array lengths: the hash index has 2 slots per entry, at most 2^31 slots here.
  return Math.max(1, Math.min(2 ** 30, Math.floor(memoryBudgetBytes / SPARSE_BYTES_PER_AMPLITUDE)));
}

/** Throw SimulationTooLargeError unless `numQubits` is within the sparse backend's index width. */
export function assertSparseWidth(numQubits: number): void {
  if (!Number.isInteger(numQubits) || numQubits < 0) throw new InvalidArgumentError(`invalid qubit count ${numQubits}; expected a non-negative integer`);
  if (numQubits > MAX_SPARSE_QUBITS) {
    throw new SimulationTooLargeError(
      `cannot simulate a ${numQubits}-qubit circuit: the sparse-state backend indexes basis states with 64 bits (at most ${MAX_SPARSE_QUBITS} qubits); ` +
      'use resource estimation (cost) instead of simulation for circuits this wide', { numQubits, maxQubits: MAX_SPARSE_QUBITS });
  }
}

/**
 * A sparse quantum state: the non-zero amplitudes re[e] + i·im[e] of basis indices
 * lo[e] + 2^32·hi[e] (bit q = qubit q; both words read as unsigned) for e < count, in no
 * particular order, with an open-addressing hash index (linear probing, slots hold e + 1) from
 * basis index to entry. Kernels that permute keys invalidate the index; it is rebuilt on the next
 * lookup. Growing past `maxSupport` entries throws {@link SupportBudgetExceededError} before
 * allocating. Mutable by design (kernels update it in place); owned by one run.
 */
export class SparseState {
  readonly numQubits: number;
  readonly maxSupport: number;
  count = 0;
  lo: Int32Array;
  hi: Int32Array;
  re: Float64Array;
  im: Float64Array;
  /** Per-entry scratch marks for multi-target kernels. */
  mark: Uint8Array;
  /** Largest `count` seen. */
  peakSupport = 0;
  /** Σ|a|² of the amplitudes removed by pruning (not by measurement collapse). */
  prunedProbability = 0;
  /** Σ over prune passes of sqrt(Σ|a|² removed in that pass): a bound on the 2-norm error of pruning. */
  pruneErrorBound = 0;
  prunedCount = 0;
  private table: Int32Array;
  private tableMask: number;
  private tableValid = true;

  constructor(numQubits: number, maxSupport: number, capacity = MIN_CAPACITY) {
    assertSparseWidth(numQubits);
    if (!Number.isInteger(maxSupport) || maxSupport < 1) throw new InvalidArgumentError(`support budget must be a positive integer, got ${maxSupport}`);
    this.numQubits = numQubits;
    this.maxSupport = maxSupport;
    const cap = Math.max(1, Math.min(maxSupport, Math.max(MIN_CAPACITY, capacity)));
    this.lo = new Int32Array(cap); this.hi = new Int32Array(cap);
    this.re = new Float64Array(cap); this.im = new Float64Array(cap);
    this.mark = new Uint8Array(cap);
    const slots = tableSlotsFor(cap);
    this.table = new Int32Array(slots);
    this.tableMask = slots - 1;
  }

  /** Number of entries the arrays hold without growing. */
  get capacity(): number {
    return this.lo.length;
  }

  /** Mark the hash index stale (after keys changed in place). */
  invalidateIndex(): void {
    this.tableValid = false;
  }

  /** Entry of basis index (lo, hi), or −1. */
  find(lo: number, hi: number): number {
    if (!this.tableValid) this.rebuildIndex();
    const table = this.table, mask = this.tableMask, klo = this.lo, khi = this.hi;
    let i = hashOf(lo, hi) & mask;
    for (;;) {
      const t = table[i];
      if (t === 0) return -1;
      const e = t - 1;
      if (klo[e] === lo && khi[e] === hi) return e;
      i = (i + 1) & mask;
    }
  }

  /** Append a new basis index (must not be present) with its amplitude; returns its entry. */
  append(lo: number, hi: number, re: number, im: number): number {
    if (this.count === this.capacity) this.grow();
    const e = this.count++;
    this.lo[e] = lo; this.hi[e] = hi; this.re[e] = re; this.im[e] = im;
    if (this.count > this.peakSupport) this.peakSupport = this.count;
    if (this.tableValid) this.insertSlot(e);
    return e;
  }

  /**
   * Remove every entry with |a|² ≤ `threshold2` (exact zeros always), keeping the order of the
   * rest. With `countAsPruned` the removed probability (plus `alsoDropped`, `alsoDroppedCount`:
   * amplitudes the caller did not store in the same pass) is added to the prune statistics.
   */
  compact(threshold2: number, countAsPruned: boolean, alsoDropped = 0, alsoDroppedCount = 0): void {
    const lo = this.lo, hi = this.hi, re = this.re, im = this.im, n = this.count;
    let w = 0, removed = alsoDropped, removedCount = alsoDroppedCount;
    for (let e = 0; e < n; e++) {
      const p = re[e] * re[e] + im[e] * im[e];
      if (p <= threshold2) {
        if (p > 0) { removed += p; removedCount++; }
        continue;
      }
      if (w !== e) { lo[w] = lo[e]; hi[w] = hi[e]; re[w] = re[e]; im[w] = im[e]; }
      w++;
    }
    if (countAsPruned && removed > 0) {
      this.prunedProbability += removed;
      this.pruneErrorBound += Math.sqrt(removed);
      this.prunedCount += removedCount;
    }
    if (w === n) return;
    this.count = w;
    this.tableValid = false;
  }

  /** ‖ψ‖² = Σ|a|². */
  normSquared(): number {
    let acc = 0;
    const re = this.re, im = this.im;
    for (let e = 0; e < this.count; e++) acc += re[e] * re[e] + im[e] * im[e];
    return acc;
  }

  private rebuildIndex(): void {
    this.table.fill(0);
    for (let e = 0; e < this.count; e++) this.insertSlot(e);
    this.tableValid = true;
  }

  private insertSlot(e: number): void {
    const table = this.table, mask = this.tableMask;
    let i = hashOf(this.lo[e], this.hi[e]) & mask;
    while (table[i] !== 0) i = (i + 1) & mask;
    table[i] = e + 1;
  }

  private grow(): void {
    const cap = this.capacity;
    if (cap >= this.maxSupport) {
      throw new SupportBudgetExceededError(
        `the sparse state needs more than ${this.maxSupport} non-zero amplitudes (the support budget, ${formatBytes(this.maxSupport * SPARSE_BYTES_PER_AMPLITUDE)} ` +
        `at ${SPARSE_BYTES_PER_AMPLITUDE} B each) on ${this.numQubits} qubits; raise --memory-gib / --max-support, or use --backend dense when the state vector fits`,
        { numQubits: this.numQubits, maxSupport: this.maxSupport });
    }
    const next = Math.min(this.maxSupport, cap * 2);
    this.lo = growInt32(this.lo, next); this.hi = growInt32(this.hi, next);
    this.re = growFloat64(this.re, next); this.im = growFloat64(this.im, next);
    const mark = new Uint8Array(next);
    mark.set(this.mark);
    this.mark = mark;
    const slots = tableSlotsFor(next);
    this.table = new Int32Array(slots);
    this.tableMask = slots - 1;
    this.tableValid = false;
  }
}

/** Hash index size: the power of two ≥ 2·capacity (load factor ≤ 1/2). */
function tableSlotsFor(capacity: number): number {
  let s = 32;
  while (s < 2 * capacity) s *= 2;
  return s;
}

/**
 * Math.imul bound once: under a sandboxed global (vm contexts, e.g. jest) every `Math.imul`
 * lookup in the hot hash went through the global object and cost ~50× the multiply.
 */
const imul = Math.imul;

/** Mix both key words (multiplicative hashing, then a xor-shift so high bits reach the mask). */
function hashOf(lo: number, hi: number): number {
  let h = imul(lo, 0x9e3779b1) ^ imul(hi + 0x7f4a7c15, 0x85ebca77);
  h ^= h >>> 15;
  h = imul(h, 0x2c1b3c6d);
  return h ^ (h >>> 13);
}

function growInt32(a: Int32Array, n: number): Int32Array {
  const b = new Int32Array(n);
  b.set(a);
  return b;
}

function growFloat64(a: Float64Array, n: number): Float64Array {
  const b = new Float64Array(n);
  b.set(a);
  return b;
}
