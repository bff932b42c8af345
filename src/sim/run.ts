import type { Circuit } from '../ir';
import { InvalidArgumentError } from '../errors';
import { makeRng } from '../math/rng';
import { assertStateFits } from './budget';
import { CompileOptions, compileCircuit } from './compile';
import { runTrajectory } from './execute';
import type { SimProgram } from './program';
import { assertNormPreserved } from './normCheck';
import { AllocationOptions, StateVector, normSquared, zeroState } from './state';

/** Options of {@link statevector} and {@link runCircuit}. */
export interface StatevectorOptions extends AllocationOptions, CompileOptions {
  /** Start from this state (copied; must have the circuit's qubit count) instead of |0…0⟩. */
  readonly initialState?: StateVector;
  /** Seed of the generator that draws mid-circuit measurement outcomes (default 1). */
  readonly seed?: number;
  /**
   * Stop before the trailing block of measurements (default false): the state then holds the
   * full final distribution instead of one collapsed outcome.
   */
  readonly skipFinalMeasurements?: boolean;
}

/** Final state and classical bits of one run of a circuit. */
export interface RunResult {
  readonly state: StateVector;
  /** Clbit values (0/1), index = clbit. */
  readonly clbits: Uint8Array;
  /** True when a measurement or reset drew a random outcome (the state is one trajectory). */
  readonly sampled: boolean;
  /** Number of trailing measurements not applied (with `skipFinalMeasurements`). */
  readonly skippedMeasurements: number;
}

/** Allocate the start state of a run: a copy of `initialState`, or |0…0⟩. */
export function startState(program: SimProgram, opts: StatevectorOptions): StateVector {
  const init = opts.initialState;
  if (!init) return zeroState(program.numQubits, opts);
  if (init.numQubits !== program.numQubits) {
    throw new InvalidArgumentError(`initial state has ${init.numQubits} qubits but the circuit has ${program.numQubits}`);
  }
  assertStateFits(init.numQubits, opts.memoryBudgetBytes);
  return { numQubits: init.numQubits, re: init.re.slice(), im: init.im.slice() };
}

/**
 * Simulate one run of `circuit` (one trajectory when it measures or resets mid-circuit; outcomes
 * drawn from makeRng(seed)). Throws SimulationTooLargeError before allocating if the state does
 * not fit the memory budget, and SimulationNormError after the run if the state's norm was lost
 * (never returns NaN amplitudes).
 */
export function runCircuit(circuit: Circuit, opts: StatevectorOptions = {}): RunResult {
  assertStateFits(circuit.numQubits, opts.memoryBudgetBytes);
  const program = compileCircuit(circuit, opts);
  const state = startState(program, opts);
  const startNormSquared = opts.initialState ? normSquared(state) : 1;
  const clbits = new Uint8Array(program.numClbits);
  const to = opts.skipFinalMeasurements ? program.tailStart : program.steps.length;
  runTrajectory(program, state, clbits, makeRng(opts.seed ?? 1), 0, to);
  assertNormPreserved(state, startNormSquared);
  let sampled = false;
  for (let i = 0; i < to; i++) {
    const k = program.steps[i].kind;
    if (k === 'measure' || k === 'reset') { sampled = true; break; }
  }
  return { state, clbits, sampled, skippedMeasurements: program.steps.length - to };
}

/**
 * The final state vector of `circuit` (qubit 0 = least significant index bit), starting from
 * |0…0⟩ or `initialState`. Exact for unitary circuits; with measurements it is one trajectory.
 */
export function statevector(circuit: Circuit, opts: StatevectorOptions = {}): StateVector {
  return runCircuit(circuit, opts).state;
}
