import type { Circuit } from '../ir';
import { isStdGate } from '../ops';
import { CIRCUIT_PROPERTIES, CircuitProperty } from './pass';
import { GATE_SETS } from './lowering/gateSets';

function unitaryNamesWithin(c: Circuit, allowed: ReadonlySet<string>): boolean {
  return c.instructions.every((ins) => ins.op.def.category !== 'unitary' || allowed.has(ins.op.name));
}

const NAM_WITH_CCZ = new Set([...GATE_SETS.nam, 'ccz']);

/**
 * Check whether `circuit` has `property`. `routed` needs the coupling edges (pairs of
 * physical qubits, either orientation) and is false without them.
 */
export function hasProperty(circuit: Circuit, property: CircuitProperty, couplingEdges?: readonly (readonly [number, number])[]): boolean {
  switch (property) {
    case 'stdGatesOnly': return circuit.instructions.every((ins) => ins.op.def.category !== 'unitary' || isStdGate(ins.op.name));
    case 'namBasis': return unitaryNamesWithin(circuit, NAM_WITH_CCZ);
    case 'noCcz': return circuit.instructions.every((ins) => ins.op.name !== 'ccz' && ins.op.name !== 'ccx');
    case 'ibmBasis': return unitaryNamesWithin(circuit, GATE_SETS.ibm);
    case 'ionBasis': return unitaryNamesWithin(circuit, GATE_SETS.ion);
    case 'cliffordTBasis': return unitaryNamesWithin(circuit, GATE_SETS['clifford+t']);
    case 'routed': {
      if (!couplingEdges) return false;
      const ok = new Set(couplingEdges.flatMap(([a, b]) => [`${a},${b}`, `${b},${a}`]));
      return circuit.instructions.every((ins) => ins.op.def.category !== 'unitary' || ins.qubits.length < 2 ||
        (ins.qubits.length === 2 && ok.has(`${ins.qubits[0]},${ins.qubits[1]}`)));
    }
  }
}

/** All properties (except `routed`) that `circuit` has, in declaration order. */
export function propertiesOf(circuit: Circuit): readonly CircuitProperty[] {
  return CIRCUIT_PROPERTIES.filter((p) => p !== 'routed' && hasProperty(circuit, p));
}
