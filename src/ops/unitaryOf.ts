import { CMatrix, embedC, identityC, mulC, scaleC } from '../math/complexMatrix';
import { InvalidCircuitError } from '../errors';
import type { Circuit, Op } from '../ir';
import { controlledMatrix } from './gates/controlled';

/** Widest op/circuit {@link unitaryOfOp} accepts (dense matrices grow as 4^n). */
export const MAX_REFERENCE_UNITARY_QUBITS = 10;

/**
 * Reference (slow, simple) unitary of an op: its own `unitary`, else from its gateSpec, else the
 * product of its decomposition. For registry tests and small-gate set-up only; the simulator has
 * the fast path.
 */
export function unitaryOfOp(op: Op): CMatrix {
  if (op.def.category !== 'unitary') throw new InvalidCircuitError(`'${op.name}' is not unitary`);
  if (op.numQubits > MAX_REFERENCE_UNITARY_QUBITS) {
    throw new InvalidCircuitError(`unitary of '${op.name}' on ${op.numQubits} qubits is too large (max ${MAX_REFERENCE_UNITARY_QUBITS})`);
  }
  if (op.def.unitary) return op.def.unitary(op);
  if (op.def.gateSpec) {
    const g = op.def.gateSpec(op);
    return controlledMatrix(g.numControls, g.target);
  }
  if (op.def.decompose) return unitaryOfCircuit(op.def.decompose(op));
  throw new InvalidCircuitError(`'${op.name}' has neither a unitary nor a decomposition`);
}

/** Reference unitary of a small circuit of unitary ops (barriers ignored), including global phase. */
export function unitaryOfCircuit(c: Circuit): CMatrix {
  if (c.numQubits > MAX_REFERENCE_UNITARY_QUBITS) {
    throw new InvalidCircuitError(`unitary of a ${c.numQubits}-qubit circuit is too large (max ${MAX_REFERENCE_UNITARY_QUBITS})`);
  }
  let u = identityC(1 << c.numQubits);
  for (const ins of c.instructions) {
    if (ins.op.def.category === 'barrier') continue;
    if (ins.op.def.category !== 'unitary' || ins.condition) {
      throw new InvalidCircuitError(`circuit has non-unitary instruction '${ins.op.name}'`);
    }
    u = mulC(embedC(unitaryOfOp(ins.op), ins.qubits, c.numQubits), u);
  }
  return c.globalPhaseRad === 0 ? u : scaleC(u, Math.cos(c.globalPhaseRad), Math.sin(c.globalPhaseRad));
}
