/**
 * Gate fusion into cache blocks for the dense backend. A set of unitary, unconditioned steps
 * whose qubits together number at most `blockQubits` becomes one 'block' step: the state is swept
 * once, each group of 2^blockQubits amplitudes that differ only in the block's qubits is gathered
 * into a buffer that stays in cache (L2), every step of the set is applied to the buffer with its
 * own kernel, and the buffer is scattered back.
 *
 * Planning: a block starts at the first step not yet placed and takes every later step that
 * fits its qubit budget and commutes with all the steps it skips (touches none of their
 * qubits), looking ahead up to {@link LOOKAHEAD_STEPS} steps. So a CX chain that crosses the
 * block boundary does not end the block: the steps on the block's qubits further on (the next
 * layer's gates) join it. Every block contains the qubits 0…ROW_BITS−1, so a group is read as
 * rows of 2^ROW_BITS contiguous amplitudes (a block of only high qubits would read single
 * amplitudes 2^p apart: one TLB miss per amplitude); blocks on qubits 0…k−1 are contiguous
 * chunks updated in place.
 *
 * Inside a block (blockLocal.ts) runs of diagonal and permutation steps become one table step,
 * the other kernels stay as they are (no dense 2^k×2^k matrix is formed: in JavaScript a dense
 * product costs more arithmetic than the memory pass it saves, so the fused unit is a run of
 * kernels). (Cache blocking of state-vector simulation as in qsim's and Qiskit Aer's fused blocks.)
 */
import { mergeLocalSteps, remapStep } from './blockLocal';
import type { SimStep } from './program';
import { stepMask } from './stepMask';

export { stepMask } from './stepMask';

/**
 * Default block width (qubits): 0 = off. Measured in CPU time on the shared 2-core machine
 * (n = 24, time per input gate / one state pass): layered 0.40 with or without blocks of 14,
 * QFT 0.24 both, brickwork 0.65 both. The kernels here are instruction-bound (a scale pass
 * costs ~2 ns per amplitude whether the data is in L2 or in DRAM), so the memory pass a block
 * saves is not what limits; blocks stay opt-in (`blockQubits`, 14 = 256 KiB of state per group).
 */
export const DEFAULT_BLOCK_QUBITS = 0;

/** Low qubits every block contains: groups are read in rows of 2^ROW_BITS contiguous amplitudes. */
export const ROW_BITS = 5;

/** Steps scanned past the first skipped one when looking for more steps that fit a block. */
export const LOOKAHEAD_STEPS = 512;

function popcount(x: number): number {
  let c = 0;
  while (x) { x &= x - 1; c++; }
  return c;
}

function isBlockable(s: SimStep): boolean {
  return s.kind !== 'measure' && s.kind !== 'reset' && s.kind !== 'phaseProduct' && s.kind !== 'block' && !s.condition;
}

/**
 * Group the steps of an n-qubit program into cache blocks of at most `blockQubits` qubits
 * (blocks of one step are left as that step). Returns the input when n ≤ blockQubits (the whole
 * state is one block already) or blockQubits < 2. Same unitary, rounding of merged tables aside.
 */
export function blockSteps(steps: readonly SimStep[], numQubits: number, blockQubits: number): readonly SimStep[] {
  if (blockQubits < 2 || numQubits <= blockQubits) return steps;
  const rowBits = Math.min(ROW_BITS, blockQubits - 2);
  const rowMask = (1 << rowBits) - 1;
  const allMask = numQubits >= 31 ? -1 : (1 << numQubits) - 1;
  const placed = new Uint8Array(steps.length);
  const out: SimStep[] = [];
  let first = 0;
  while (first < steps.length) {
    const s0 = steps[first];
    placed[first] = 1;
    if (!isBlockable(s0) || popcount(stepMask(s0) | rowMask) > blockQubits) {
      out.push(s0);
      first = nextUnplaced(placed, first);
      continue;
    }
    const taken: SimStep[] = [s0];
    let mask = stepMask(s0) | rowMask;
    let skippedMask = 0, scanned = 0;
    for (let j = first + 1; j < steps.length && scanned < LOOKAHEAD_STEPS; j++) {
      if (placed[j]) continue;
      const s = steps[j];
      if (!isBlockable(s)) break;
      const m = stepMask(s);
      if ((m & skippedMask) === 0 && popcount(mask | m) <= blockQubits) {
        taken.push(s); placed[j] = 1; mask |= m;
        continue;
      }
      skippedMask |= m;
      scanned++;
      if ((skippedMask & allMask) === allMask) break;
    }
    out.push(taken.length === 1 ? s0 : makeBlock(taken, mask, numQubits, blockQubits));
    first = nextUnplaced(placed, first);
  }
  return out;
}

function nextUnplaced(placed: Uint8Array, from: number): number {
  let i = from + 1;
  while (i < placed.length && placed[i]) i++;
  return i;
}

function makeBlock(run: readonly SimStep[], mask: number, numQubits: number, blockQubits: number): SimStep {
  // Pad with the lowest qubits outside the run (longer contiguous rows).
  let full = mask;
  for (let q = 0; q < numQubits && popcount(full) < blockQubits; q++) full |= 1 << q;
  const pos: number[] = [];
  for (let q = 0; q < numQubits; q++) if (full & (1 << q)) pos.push(q);
  const loc = new Int32Array(numQubits).fill(-1);
  pos.forEach((q, j) => { loc[q] = j; });
  let rowBits = 0;
  while (rowBits < pos.length && pos[rowBits] === rowBits) rowBits++;
  const rows = 1 << (pos.length - rowBits);
  const rowOffsets = new Int32Array(rows);
  for (let r = 0; r < rows; r++) {
    let off = 0;
    for (let j = rowBits; j < pos.length; j++) if ((r >> (j - rowBits)) & 1) off |= 1 << pos[j];
    rowOffsets[r] = off;
  }
  const steps = mergeLocalSteps(run.map((s) => remapStep(s, loc)), 1 << pos.length);
  return { kind: 'block', pos: Int32Array.from(pos), rowBits, rowOffsets, steps };
}
