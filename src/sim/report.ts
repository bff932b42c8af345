import { InvalidArgumentError } from '../errors';
import { toBitString } from './measure';
import type { ShotResult } from './shots';
import type { StateVector } from './state';

/** Widest state {@link stateToJson} writes (2^24 amplitudes is already ~1 GB of JSON at worst). */
export const MAX_JSON_STATE_QUBITS = 24;

/** JSON form of a state: its nonzero amplitudes, index ascending, bitstrings with qubit 0 rightmost. */
export interface StateJson {
  readonly format: 'qnewton-statevector';
  readonly numQubits: number;
  readonly bitOrder: 'qubit 0 rightmost';
  readonly amplitudes: ReadonlyArray<{ readonly bits: string; readonly re: number; readonly im: number; readonly probability: number }>;
}

/** JSON form of shot counts. */
export interface CountsJson {
  readonly format: 'qnewton-counts';
  readonly shots: number;
  readonly mode: string;
  readonly keys: 'clbits' | 'qubits';
  readonly bitOrder: 'bit 0 rightmost';
  readonly counts: Readonly<Record<string, number>>;
}

/** The nonzero amplitudes of a state as JSON data; refuses states wider than 24 qubits. */
export function stateToJson(state: StateVector): StateJson {
  if (state.numQubits > MAX_JSON_STATE_QUBITS) {
    throw new InvalidArgumentError(`a ${state.numQubits}-qubit state has too many amplitudes to write as JSON (max ${MAX_JSON_STATE_QUBITS} qubits); use --shots to write counts instead`);
  }
  const amplitudes: { bits: string; re: number; im: number; probability: number }[] = [];
  for (let i = 0; i < state.re.length; i++) {
    const re = state.re[i], im = state.im[i];
    if (re === 0 && im === 0) continue;
    amplitudes.push({ bits: toBitString(i, state.numQubits), re, im, probability: re * re + im * im });
  }
  return { format: 'qnewton-statevector', numQubits: state.numQubits, bitOrder: 'qubit 0 rightmost', amplitudes };
}

/** Shot counts as JSON data (keys in the result's order: count descending, then key). */
export function countsToJson(r: ShotResult): CountsJson {
  return { format: 'qnewton-counts', shots: r.shots, mode: r.mode, keys: r.keys, bitOrder: 'bit 0 rightmost', counts: Object.fromEntries(r.counts) };
}
