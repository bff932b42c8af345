import type { Circuit } from '../ir';
import { InvalidArgumentError, SimulationTooLargeError } from '../errors';
import { Rng, makeRng } from '../math/rng';
import { assertStateFits } from './budget';
import { compileCircuit } from './compile';
import { applyUnitaryStep, conditionHolds, makeScratch, runTrajectory } from './execute';
import { collapseQubit, flipQubit, probabilityOfOne, toBitString } from './measure';
import type { SimProgram } from './program';
import { StatevectorOptions, startState } from './run';
import { checkNormSquared } from './normCheck';
import { StateVector, normSquared } from './state';

/** Most shots {@link sampleCounts} draws in one call (the sorted uniforms take 8 bytes per shot). */
export const MAX_SHOTS = 10_000_000;

/** Throw InvalidArgumentError unless `shots` is an integer in [1, MAX_SHOTS]. */
export function assertShotCount(shots: number): void {
  if (!Number.isInteger(shots) || shots < 1) throw new InvalidArgumentError(`shots must be a positive integer, got ${shots}`);
  if (shots > MAX_SHOTS) {
    throw new InvalidArgumentError(`${shots} shots is more than the maximum ${MAX_SHOTS}; for the limit of many shots use the probabilities of the state instead`);
  }
}

/** Options of {@link sampleCounts}. */
export interface ShotOptions extends Omit<StatevectorOptions, 'skipFinalMeasurements'> {
  /** Number of shots (positive integer). */
  readonly shots: number;
}

/** How the shots were produced. */
export type ShotMode = 'final-distribution' | 'branching' | 'per-shot';

/** Measurement counts of {@link sampleCounts}. */
export interface ShotResult {
  /**
   * Counts by outcome, sorted by count descending then key ascending. Keys are clbit strings
   * (clbit 0 rightmost, as Qiskit); when the circuit has no clbits, all qubits are sampled and
   * keys are qubit strings (qubit 0 rightmost).
   */
  readonly counts: ReadonlyMap<string, number>;
  readonly shots: number;
  readonly mode: ShotMode;
  /** 'clbits' or 'qubits': what the keys of `counts` are. */
  readonly keys: 'clbits' | 'qubits';
}

/**
 * Sample `shots` measurement outcomes of `circuit`.
 * - No mid-circuit measurement/reset/condition: simulate once up to the trailing measurements
 *   and draw all shots from the final distribution ('final-distribution').
 * - Otherwise branch at every mid-circuit measurement: the shots are split binomially between
 *   the two outcomes and each outcome with shots continues on its own copy of the state
 *   ('branching'; the smaller branch is recursed into first, so at most ⌈log2 shots⌉+1 states
 *   live at once). If those copies do not fit the memory budget, every shot is re-run as one
 *   trajectory ('per-shot'). Deterministic for a given seed (default 1).
 */
export function sampleCounts(circuit: Circuit, opts: ShotOptions): ShotResult {
  const shots = opts.shots;
  assertShotCount(shots);
  assertStateFits(circuit.numQubits, opts.memoryBudgetBytes);
  const program = compileCircuit(circuit, opts);
  const rng = makeRng(opts.seed ?? 1);
  // ‖ψ‖² at the start; every state sampled from must still have it (checkNormSquared).
  const norm0 = opts.initialState ? normSquared(opts.initialState) : 1;
  const acc = new Map<string, number>();
  const keys = program.numClbits > 0 ? 'clbits' as const : 'qubits' as const;
  let mode: ShotMode;
  if (!program.isDynamic) {
    mode = 'final-distribution';
    const state = startState(program, opts);
    const scratch = makeScratch();
    for (let i = 0; i < program.tailStart; i++) applyUnitaryStep(state, program.steps[i], scratch);
    sampleTail(program, state, new Uint8Array(program.numClbits), shots, rng, acc, norm0);
  } else {
    const maxLive = Math.ceil(Math.log2(shots)) + 1;
    let fitsBranching = true;
    try { assertStateFits(program.numQubits, opts.memoryBudgetBytes, maxLive); } catch (e) {
      if (!(e instanceof SimulationTooLargeError)) throw e;
      fitsBranching = false;
    }
    if (fitsBranching) {
      mode = 'branching';
      branch(program, 0, startState(program, opts), new Uint8Array(program.numClbits), shots, rng, acc, norm0);
    } else {
      mode = 'per-shot';
      assertStateFits(program.numQubits, opts.memoryBudgetBytes, opts.initialState ? 2 : 1);
      for (let s = 0; s < shots; s++) {
        const state = startState(program, opts);
        const clbits = new Uint8Array(program.numClbits);
        runTrajectory(program, state, clbits, rng, 0, program.tailStart);
        sampleTail(program, state, clbits, 1, rng, acc, norm0);
      }
    }
  }
  const sorted = [...acc.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return { counts: new Map(sorted), shots, mode, keys };
}

/** Number of successes in n Bernoulli(p) trials (exact; O(n) draws). */
function binomial(rng: Rng, n: number, p: number): number {
  if (p <= 0) return 0;
  if (p >= 1) return n;
  let k = 0;
  for (let i = 0; i < n; i++) if (rng.next() < p) k++;
  return k;
}

function branch(program: SimProgram, from: number, state: StateVector, clbits: Uint8Array, shots: number, rng: Rng, acc: Map<string, number>, norm0: number): void {
  const steps = program.steps;
  const scratch = makeScratch();
  for (let i = from; i < program.tailStart; i++) {
    const s = steps[i];
    if (s.condition && !conditionHolds(clbits, s.condition)) continue;
    if (s.kind !== 'measure' && s.kind !== 'reset') { applyUnitaryStep(state, s, scratch); continue; }
    const p1 = probabilityOfOne(state, s.qubit);
    const n1 = binomial(rng, shots, p1), n0 = shots - n1;
    let outcome: 0 | 1 = n1 > 0 ? 1 : 0;
    if (n0 > 0 && n1 > 0) {
      // Split: recurse into the smaller branch on a copy, continue the larger one here.
      const small: 0 | 1 = n1 <= n0 ? 1 : 0;
      const copy: StateVector = { numQubits: state.numQubits, re: state.re.slice(), im: state.im.slice() };
      const copyBits = clbits.slice();
      applyOutcome(copy, copyBits, s.kind, s.qubit, s.kind === 'measure' ? s.clbit : -1, small, small === 1 ? p1 : 1 - p1);
      branch(program, i + 1, copy, copyBits, small === 1 ? n1 : n0, rng, acc, norm0);
      outcome = small === 1 ? 0 : 1;
      shots = outcome === 1 ? n1 : n0;
    }
    applyOutcome(state, clbits, s.kind, s.qubit, s.kind === 'measure' ? s.clbit : -1, outcome, outcome === 1 ? p1 : 1 - p1);
  }
  sampleTail(program, state, clbits, shots, rng, acc, norm0);
}

function applyOutcome(state: StateVector, clbits: Uint8Array, kind: 'measure' | 'reset', qubit: number, clbit: number, outcome: 0 | 1, prob: number): void {
  collapseQubit(state, qubit, outcome, prob);
  if (kind === 'measure') clbits[clbit] = outcome;
  else if (outcome === 1) flipQubit(state, qubit);
}

/**
 * Draw `shots` basis indices from |state|² (sorted uniforms swept once through the cumulative
 * distribution: O(2^n + shots·log shots), no extra 2^n array) and record the outcome keys.
 */
function sampleTail(program: SimProgram, state: StateVector, clbits: Uint8Array, shots: number, rng: Rng, acc: Map<string, number>, norm0: number): void {
  const u = new Float64Array(shots);
  for (let i = 0; i < shots; i++) u[i] = rng.next();
  u.sort();
  const re = state.re, im = state.im, dim = re.length;
  let total = 0;
  for (let i = 0; i < dim; i++) total += re[i] * re[i] + im[i] * im[i];
  checkNormSquared(total, norm0);
  const hits = new Map<number, number>();
  let cum = 0, k = 0, lastNonZero = 0;
  for (let i = 0; i < dim && k < shots; i++) {
    const p = (re[i] * re[i] + im[i] * im[i]) / total;
    if (p === 0) continue;
    lastNonZero = i;
    cum += p;
    let c = 0;
    while (k < shots && u[k] < cum) { k++; c++; }
    if (c > 0) hits.set(i, (hits.get(i) ?? 0) + c);
  }
  if (k < shots) hits.set(lastNonZero, (hits.get(lastNonZero) ?? 0) + (shots - k)); // rounding of the cumulative sum
  const tail = program.steps.slice(program.tailStart);
  for (const [index, count] of hits) {
    let key: string;
    if (program.numClbits === 0) {
      key = toBitString(index, program.numQubits);
    } else {
      const bits = clbits.slice();
      for (const t of tail) if (t.kind === 'measure') bits[t.clbit] = (index >>> t.qubit) & 1;
      key = clbitString(bits);
    }
    acc.set(key, (acc.get(key) ?? 0) + count);
  }
}

/** Clbit values as a string, clbit 0 rightmost. */
export function clbitString(clbits: Uint8Array): string {
  let s = '';
  for (let i = clbits.length - 1; i >= 0; i--) s += clbits[i] ? '1' : '0';
  return s;
}
