/**
 * Gate fusion into cache blocks for the dense backend. A run of consecutive unitary,
 * unconditioned steps whose qubits together number at most `blockQubits` becomes one 'block'
 * step: the state is swept once, each group of 2^blockQubits amplitudes that differ only in the
 * block's qubits is gathered into a buffer that stays in cache, every step of the run is applied
 * to the buffer with its own kernel (diagonal, permutation and 2×2 kernels stay cheap; no dense
 * 2^k×2^k matrix is formed, so the arithmetic per amplitude is the same as unfused and results
 * are identical), and the buffer is scattered back. The run's qubits are padded with the lowest
 * free qubits so that gathers read contiguous runs of memory; when the block's qubits are exactly
 * 0…k−1 the groups are contiguous chunks and are updated in place without copying.
 * (Cache blocking of state-vector simulation: e.g. qsim's and Qiskit Aer's fused blocks; here the
 * fused unit is a run of kernels rather than one dense matrix, because in JavaScript a dense
 * 2^k×2^k product costs more arithmetic than the memory pass it saves.)
 */
import { applyUnitaryStep, makeScratch } from './execute';
import type { SimStep, SparseGate } from './program';
import type { StateVector } from './state';

/**
 * Default block width (qubits): 0 = off. Measured with bench:sim on the shared 2-core machine
 * (CPU time, n = 20: QFT 0.27 s unblocked vs 0.27 s at k = 14 and 0.36–0.45 s at k = 10–12;
 * layered 0.29 s vs 0.31 s at k = 14), blocks did not beat the per-gate kernels, which are
 * arithmetic-bound here rather than memory-bound; so they stay opt-in (`blockQubits`).
 */
export const DEFAULT_BLOCK_QUBITS = 0;

/** Qubit mask of a step's operands (0 for a scalar). */
export function stepMask(s: SimStep): number {
  if (s.kind === 'scalar' || s.kind === 'diagTable') return 0;
  if (s.kind === 'phaseProduct') return (1 << s.fRe.length) - 1;
  if (s.kind === 'measure' || s.kind === 'reset') return 1 << s.qubit;
  let m = 0;
  for (let k = 0; k < s.pos.length; k++) m |= 1 << s.pos[k];
  return m;
}

function popcount(x: number): number {
  let c = 0;
  while (x) { x &= x - 1; c++; }
  return c;
}

/**
 * Group the steps of an n-qubit program into cache blocks of at most `blockQubits` qubits
 * (runs of one step are left as they are). Returns the input when n ≤ blockQubits (the whole
 * state is one block already) or blockQubits < 2.
 */
export function blockSteps(steps: readonly SimStep[], numQubits: number, blockQubits: number): readonly SimStep[] {
  if (blockQubits < 2 || numQubits <= blockQubits) return steps;
  const out: SimStep[] = [];
  let run: SimStep[] = [];
  let runMask = 0;
  const close = () => {
    if (run.length === 1) out.push(run[0]);
    else if (run.length > 1) out.push(makeBlock(run, runMask, numQubits, blockQubits));
    run = []; runMask = 0;
  };
  for (const s of steps) {
    const blockable = s.kind !== 'measure' && s.kind !== 'reset' && !s.condition;
    if (!blockable) { close(); out.push(s); continue; }
    const m = stepMask(s);
    if (popcount(runMask | m) > blockQubits) close();
    run.push(s);
    runMask |= m;
  }
  close();
  return out;
}

function makeBlock(run: readonly SimStep[], mask: number, numQubits: number, blockQubits: number): SimStep {
  // Pad with the lowest qubits outside the run (contiguous gathers).
  let full = mask;
  for (let q = 0; q < numQubits && popcount(full) < blockQubits; q++) full |= 1 << q;
  const pos: number[] = [];
  for (let q = 0; q < numQubits; q++) if (full & (1 << q)) pos.push(q);
  const loc = new Int32Array(numQubits).fill(-1);
  pos.forEach((q, j) => { loc[q] = j; });
  const size = 1 << pos.length;
  const offsets = new Int32Array(size);
  for (let l = 0; l < size; l++) {
    let off = 0;
    for (let j = 0; j < pos.length; j++) if ((l >> j) & 1) off |= 1 << pos[j];
    offsets[l] = off;
  }
  const contiguous = pos[pos.length - 1] === pos.length - 1;
  return { kind: 'block', pos: Int32Array.from(pos), offsets, contiguous, steps: mergeDiagonalRuns(run.map((s) => remapStep(s, loc)), size) };
}

function isDiagonalStep(s: SimStep): boolean {
  return s.kind === 'phaseMask' || s.kind === 'diag1' || s.kind === 'diagN' || s.kind === 'scalar';
}

/**
 * Replace each run of ≥ 2 consecutive diagonal local steps by one table of 2^k phases (their
 * product, computed by applying the run to a buffer of ones), applied with one complex
 * multiplication per amplitude: a QFT's ladder of controlled phases costs one sweep of the block.
 */
function mergeDiagonalRuns(steps: readonly SimStep[], size: number): SimStep[] {
  const out: SimStep[] = [];
  for (let i = 0; i < steps.length;) {
    let j = i;
    while (j < steps.length && isDiagonalStep(steps[j])) j++;
    if (j - i >= 2) {
      const dRe = new Float64Array(size).fill(1), dIm = new Float64Array(size);
      const table: StateVector = { numQubits: Math.log2(size), re: dRe, im: dIm };
      const scratch = makeScratch();
      for (let k = i; k < j; k++) applyUnitaryStep(table, steps[k], scratch);
      out.push({ kind: 'diagTable', dRe, dIm });
      i = j;
    } else {
      out.push(steps[i]);
      i++;
    }
  }
  return out;
}

/** A step with its qubit positions and masks moved to the local numbering `loc` (global → local). */
function remapStep(s: SimStep, loc: Int32Array): SimStep {
  const mapMask = (m: number) => {
    let r = 0;
    for (let q = 0; m; q++, m >>>= 1) if (m & 1) r |= 1 << loc[q];
    return r;
  };
  const mapPos = (p: Int32Array) => Int32Array.from(p, (q) => loc[q]);
  switch (s.kind) {
    case 'scalar': return s;
    case 'phaseMask': return { ...s, pos: mapPos(s.pos), mask: mapMask(s.mask) };
    case 'general1': case 'diag1': case 'antidiag1': return { ...s, pos: mapPos(s.pos), ctrlMask: mapMask(s.ctrlMask), t: loc[s.t] };
    case 'swap': return { ...s, pos: mapPos(s.pos), ctrlMask: mapMask(s.ctrlMask), offA: mapMask(s.offA), offB: mapMask(s.offB) };
    case 'dense2': return { ...s, pos: mapPos(s.pos), ctrlMask: mapMask(s.ctrlMask), t0: loc[s.t0], t1: loc[s.t1] };
    case 'diagN': return { ...s, pos: mapPos(s.pos), ctrlMask: mapMask(s.ctrlMask), offsets: Int32Array.from(s.offsets, mapMask) };
    case 'sparse': {
      const g: SparseGate = { ...s.sparse, offsets: Int32Array.from(s.sparse.offsets, mapMask) };
      return { ...s, pos: mapPos(s.pos), ctrlMask: mapMask(s.ctrlMask), sparse: g };
    }
    case 'block': case 'diagTable': case 'phaseProduct': case 'measure': case 'reset':
      throw new Error(`remapStep: '${s.kind}' cannot be part of a block`);
  }
}
