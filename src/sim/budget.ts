import { formatBytes } from '../format';
import { constants as bufferConstants } from 'buffer';
import { InvalidArgumentError, SimulationTooLargeError } from '../errors';
import { MemoryLimits, readMemoryLimits } from '../math/memoryLimit';

/** Bytes per amplitude: one Float64 real part plus one Float64 imaginary part. */
export const BYTES_PER_AMPLITUDE = 16;

/** 20 GiB: cap of the default memory budget. */
const DEFAULT_BUDGET_CAP_BYTES = 20 * 1024 ** 3;

/**
 * Largest number of qubits a state vector can have here, whatever the memory: the smaller of
 * log2 of the typed-array maximum length (2^32 elements on Node 20 / 64-bit) and 30, because
 * the kernels index amplitudes with 32-bit bitwise integer operations (`|`, `<<`), which stay
 * exact and non-negative only below 2^31.
 */
export const MAX_SIMULATOR_QUBITS: number = Math.min(30, Math.floor(Math.log2(bufferConstants.MAX_LENGTH)));

/** Share of the real memory limit a simulation may take by default. */
const DEFAULT_BUDGET_FRACTION = 0.75;

/**
 * Default memory budget of one simulation in bytes: 75% of the real memory limit
 * ({@link readMemoryLimits}: RAM, cgroup limit, `ulimit -v`, whichever is smallest) or 20 GiB,
 * whichever is smaller.
 */
export function defaultMemoryBudgetBytes(limits: MemoryLimits = readMemoryLimits()): number {
  return Math.min(Math.floor(DEFAULT_BUDGET_FRACTION * limits.limitBytes), DEFAULT_BUDGET_CAP_BYTES);
}

/** Where the default budget comes from, for messages: "75% of the cgroup memory limit 2.00 GiB". */
function defaultBudgetOrigin(limits: MemoryLimits): string {
  const fromLimit = Math.floor(DEFAULT_BUDGET_FRACTION * limits.limitBytes);
  return fromLimit > DEFAULT_BUDGET_CAP_BYTES
    ? `the default cap ${formatBytes(DEFAULT_BUDGET_CAP_BYTES)}`
    : `${100 * DEFAULT_BUDGET_FRACTION}% of the ${limits.binding} ${formatBytes(limits.limitBytes)}`;
}

/** Bytes of `numStates` state vectors of `numQubits` qubits (2^n amplitudes × 16 B each). */
export function stateVectorBytes(numQubits: number, numStates = 1): number {
  return numStates * BYTES_PER_AMPLITUDE * 2 ** numQubits;
}

/**
 * Throw {@link SimulationTooLargeError} unless `numStates` state vectors of `numQubits` qubits
 * fit in `memoryBudgetBytes` (default {@link defaultMemoryBudgetBytes}, read from the real
 * limits at each call) and under the hard qubit
 * limit {@link MAX_SIMULATOR_QUBITS}. Call before allocating anything.
 */
export function assertStateFits(numQubits: number, memoryBudgetBytes?: number, numStates = 1, what = 'circuit'): void {
  if (!Number.isInteger(numQubits) || numQubits < 0) {
    throw new InvalidArgumentError(`invalid qubit count ${numQubits}; expected a non-negative integer`);
  }
  const limits = memoryBudgetBytes === undefined ? readMemoryLimits() : undefined;
  const budget = memoryBudgetBytes ?? defaultMemoryBudgetBytes(limits);
  if (!(budget > 0)) throw new InvalidArgumentError(`memory budget must be positive, got ${budget} bytes`);
  if (numQubits > MAX_SIMULATOR_QUBITS) {
    throw new SimulationTooLargeError(
      `cannot simulate a ${numQubits}-qubit ${what}: the state-vector simulator supports at most ${MAX_SIMULATOR_QUBITS} qubits; ` +
      'use resource estimation (cost) instead of simulation for circuits this wide',
      { numQubits, maxQubits: MAX_SIMULATOR_QUBITS });
  }
  const needed = stateVectorBytes(numQubits, numStates);
  if (needed > budget) {
    throw new SimulationTooLargeError(
      `cannot simulate a ${numQubits}-qubit ${what}: ${numStates > 1 ? `${numStates} state vectors need` : 'the state vector needs'} ` +
      `${formatBytes(needed)} but the memory budget is ${formatBytes(budget)}${limits ? ` (${defaultBudgetOrigin(limits)})` : ''}; ` +
      'simulate fewer qubits or raise the budget',
      { numQubits, neededBytes: needed, budgetBytes: budget, ...(limits ? { limitBytes: limits.limitBytes, limitKind: limits.binding } : {}) });
  }
}

