/**
 * complex64 state vectors: the state lives in one Float32Array of interleaved (re, im) pairs,
 * 8 bytes per amplitude (half of complex128), so 30 qubits need 8 GiB. Every step runs inside a
 * cache block (fusion.ts): each group of 2^k amplitudes is widened into the Float64 block
 * buffers, the ordinary Float64 kernels run on it, and it is rounded back to Float32 once per
 * block. So arithmetic is in double precision and rounding to single happens once per block
 * pass, not once per gate. Hand-written for the same reason as kernels.ts (every step touches
 * all 2^n amplitudes; a generic complex library allocates per element).
 *
 * Supported: unitary circuits (trailing measurements are skipped, as with
 * `skipFinalMeasurements`). Mid-circuit measurement, reset and classical conditions are refused
 * with a typed error.
 */
import type { Circuit, ExpansionOptions } from '../ir';
import { InvalidArgumentError } from '../errors';
import { assertStateFits } from './budget';
import { compileCircuit } from './compile';
import { applyUnitaryStep, makeScratch, Scratch } from './execute';
import { blockOf, blockSteps } from './fusion';
import { BasisProbability, topBasisStatesOf } from './measure';
import type { SimStep } from './program';
import type { AllocationOptions, StateVector } from './state';
import { stepMask } from './stepMask';

/** Amplitude precisions of the dense simulator (the choice, declared once for API and CLI). */
export const PRECISIONS = ['complex128', 'complex64'] as const;
/** complex128: split Float64Arrays (StateVector); complex64: interleaved Float32Array (Complex64State). */
export type Precision = (typeof PRECISIONS)[number];

/** Bytes per amplitude of each precision. */
export const PRECISION_BYTES_PER_AMPLITUDE: Readonly<Record<Precision, number>> = { complex128: 16, complex64: 8 };

/** Checked precision name (default complex128). */
export function parsePrecision(name: string | undefined): Precision {
  const p = name ?? 'complex128';
  if (!(PRECISIONS as readonly string[]).includes(p)) throw new InvalidArgumentError(`unknown precision '${p}'; expected one of ${PRECISIONS.join(', ')}`);
  return p as Precision;
}

/** A complex64 state: amplitude i is data[2i] + i·data[2i+1] (qubit q = bit q of i). */
export interface Complex64State {
  readonly numQubits: number;
  readonly data: Float32Array;
  /**
   * Block passes of the run, each rounding every amplitude to Float32 once (relative error
   * ≤ 2^−24 per component): the 2-norm of the error against exact arithmetic is at most about
   * roundings · 2^−24 (unitaries preserve the norm of earlier errors).
   */
  readonly roundings: number;
}

/** Block width of complex64 runs: 2^14 amplitudes (256 KiB as Float64) per group. */
const BLOCK_QUBITS_64 = 14;

/** Options of {@link statevectorComplex64}. */
export interface Complex64Options extends AllocationOptions, ExpansionOptions {}

/**
 * The final state of a unitary `circuit` from |0…0⟩ in complex64 (trailing measurements skipped).
 * Throws SimulationTooLargeError before allocating when 8·2^n bytes exceed the memory budget.
 */
export function statevectorComplex64(circuit: Circuit, opts: Complex64Options = {}): Complex64State {
  assertStateFits(circuit.numQubits, opts.memoryBudgetBytes, 1, 'circuit', PRECISION_BYTES_PER_AMPLITUDE.complex64);
  const program = compileCircuit(circuit, { ...opts, blockQubits: 0 });
  if (program.isDynamic) {
    throw new InvalidArgumentError('complex64 simulation supports unitary circuits only (no mid-circuit measurement, reset or classical condition)');
  }
  const n = program.numQubits;
  const steps = program.steps.slice(0, program.tailStart).flatMap(expandPhaseProduct);
  const blocks = planBlocks(steps, n);
  const data = new Float32Array(2 * 2 ** n);
  data[0] = 1;
  const scratch = makeScratch();
  for (const b of blocks) applyBlock64(data, b, scratch);
  return { numQubits: n, data, roundings: blocks.length };
}

/** Phase products (whole-state steps) back as their phase steps, so each fits a block. */
function expandPhaseProduct(s: SimStep): SimStep[] {
  if (s.kind !== 'phaseProduct') return [s];
  const out: SimStep[] = [];
  const cBit = s.control < 0 ? 0 : 1 << s.control;
  for (let q = 0; q < s.fRe.length; q++) {
    if (s.fRe[q] === 1 && s.fIm[q] === 0) continue;
    const mask = cBit | (1 << q);
    const pos = Int32Array.from(s.control < 0 || q === s.control ? [q] : [Math.min(q, s.control), Math.max(q, s.control)]);
    out.push({ kind: 'phaseMask', pos, mask, pr: s.fRe[q], pi: s.fIm[q] });
  }
  return out;
}

/** Every step inside a block: blocks of BLOCK_QUBITS_64 qubits, wider ones for wider steps. */
function planBlocks(steps: readonly SimStep[], n: number): Array<SimStep & { kind: 'block' }> {
  const all = (1 << n) - 1;
  if (n <= BLOCK_QUBITS_64) return steps.length ? [blockOf(steps, all, n, n)] : [];
  return blockSteps(steps, n, BLOCK_QUBITS_64).map((s) => {
    if (s.kind === 'block') return s;
    const m = stepMask(s);
    let width = 0;
    for (let x = m; x; x &= x - 1) width++;
    return blockOf([s], m, n, Math.max(width, BLOCK_QUBITS_64));
  });
}

/** Widen each group of a block to Float64, run its steps, round back to Float32. */
function applyBlock64(data: Float32Array, block: SimStep & { kind: 'block' }, scratch: Scratch): void {
  const k = block.pos.length, size = 1 << k, dim = data.length / 2;
  if (scratch.blockRe.length < size) { scratch.blockRe = new Float64Array(size); scratch.blockIm = new Float64Array(size); }
  const bRe = scratch.blockRe.subarray(0, size), bIm = scratch.blockIm.subarray(0, size);
  const local: StateVector = { numQubits: k, re: bRe, im: bIm };
  const rowOffsets = block.rowOffsets, rows = rowOffsets.length, rowLen = 1 << block.rowBits, steps = block.steps;
  let free = dim - 1;
  for (let j = 0; j < k; j++) free &= ~(1 << block.pos[j]);
  let f = 0;
  do {
    for (let r = 0, d = 0; r < rows; r++, d += rowLen) {
      const a = 2 * (f + rowOffsets[r]);
      for (let x = 0; x < rowLen; x++) { bRe[d + x] = data[a + 2 * x]; bIm[d + x] = data[a + 2 * x + 1]; }
    }
    for (let s = 0; s < steps.length; s++) applyUnitaryStep(local, steps[s], scratch);
    for (let r = 0, d = 0; r < rows; r++, d += rowLen) {
      const a = 2 * (f + rowOffsets[r]);
      for (let x = 0; x < rowLen; x++) { data[a + 2 * x] = bRe[d + x]; data[a + 2 * x + 1] = bIm[d + x]; }
    }
    f = (f - free) & free;
  } while (f !== 0);
}

/** The k most probable basis states of a complex64 state (as {@link topBasisStates}). */
export function topBasisStates64(state: Complex64State, k: number): readonly BasisProbability[] {
  const d = state.data;
  return topBasisStatesOf(state.numQubits, k, (i) => d[2 * i], (i) => d[2 * i + 1]);
}

/** The complex64 state widened to a complex128 StateVector (allocates 16·2^n bytes). */
export function toComplex128(state: Complex64State, opts: AllocationOptions = {}): StateVector {
  assertStateFits(state.numQubits, opts.memoryBudgetBytes);
  const dim = state.data.length / 2, re = new Float64Array(dim), im = new Float64Array(dim), d = state.data;
  for (let i = 0; i < dim; i++) { re[i] = d[2 * i]; im[i] = d[2 * i + 1]; }
  return { numQubits: state.numQubits, re, im };
}

/** A complex128 state rounded to complex64 (roundings = 1). */
export function toComplex64(state: StateVector): Complex64State {
  const dim = state.re.length, data = new Float32Array(2 * dim);
  for (let i = 0; i < dim; i++) { data[2 * i] = state.re[i]; data[2 * i + 1] = state.im[i]; }
  return { numQubits: state.numQubits, data, roundings: 1 };
}

/** max_i |a64_i − a128_i| between a complex64 and a complex128 state of the same width. */
export function maxAmplitudeError(a: Complex64State, b: StateVector): number {
  if (a.numQubits !== b.numQubits) throw new InvalidArgumentError(`states have ${a.numQubits} and ${b.numQubits} qubits`);
  let m = 0;
  const d = a.data;
  for (let i = 0; i < b.re.length; i++) m = Math.max(m, Math.hypot(d[2 * i] - b.re[i], d[2 * i + 1] - b.im[i]));
  return m;
}
