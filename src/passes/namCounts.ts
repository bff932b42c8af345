import { Circuit } from '../ir';
import { isTLikeAngle } from './gateList';

/** Gate counts in the convention of Nam et al. (2018) and the VOQC / Quartz papers. */
export interface NamCounts {
  readonly total: number;
  readonly cnot: number;
  readonly t: number;
}

const TWO_QUBIT = new Set(['cx', 'cz', 'swap', 'rzz', 'cy', 'ch', 'crz', 'cu1', 'cp', 'rxx', 'ryy']);
const PHASE_GATES = new Set(['rz', 'u1', 'p']);

/**
 * Count a flat circuit like the Nam suite's count_gates.py (test/fixtures/nam/README.md): every gate statement is one gate
 * (any Rz/T/S/Z is ONE gate), except ccz = 13 gates (6 CNOT + 7 T) and ccx = 15 (adds 2 H);
 * CNOT counts two-qubit gates; T counts t/tdg and Rz/P/U1 whose angle is an odd multiple of π/4.
 * Measure and barrier are not gates.
 */
export function namCounts(circuit: Circuit): NamCounts {
  let total = 0, cnot = 0, t = 0;
  for (const ins of circuit.instructions) {
    const name = ins.op.name;
    if (ins.op.def.category === 'measure' || ins.op.def.category === 'barrier') continue;
    if (name === 'ccz' || name === 'ccx') { total += name === 'ccx' ? 15 : 13; cnot += 6; t += 7; continue; }
    total++;
    if (TWO_QUBIT.has(name)) cnot++;
    else if (name === 't' || name === 'tdg') t++;
    else if (PHASE_GATES.has(name) && isTLikeAngle(ins.op.angles[0])) t++;
  }
  return { total, cnot, t };
}
