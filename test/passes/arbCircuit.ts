/**
 * fast-check arbitrary of random circuits drawn gate by gate (not from a single seed), so a
 * failing property shrinks to a short circuit with few qubits and simple angles. The gate mix
 * follows {@link randomCircuit}: mostly Clifford+T and Toffoli-class gates, rz by multiples of
 * π/4 (sometimes perturbed), any standard gate with random angles, multi-controlled gates and
 * inverse wrappers.
 */
import fc from 'fast-check';
import { Circuit, CircuitBuilder, Op } from '../../src/ir';
import { makeMultiControlled, makeStdGate, stdGateInfo, stdGateNames, wrapInverse } from '../../src/ops';

const CT_GATES = ['h', 'x', 'cx', 't', 'tdg', 's', 'sdg', 'z', 'ccz', 'ccx', 'cz', 'swap'];
const ANY_GATES = stdGateNames().filter((n) => !n.startsWith('rccx'));
const INVERSES = [() => makeStdGate('t'), () => makeStdGate('h'), () => makeStdGate('rx', [0.4]), () => makeStdGate('ccx')];

interface GateDraw {
  readonly kind: number;
  readonly index: number;
  readonly angles: readonly number[];
  readonly qubitOrder: readonly number[];
}

function opOfDraw(d: GateDraw): Op {
  switch (d.kind) {
    case 0: return makeStdGate(CT_GATES[d.index % CT_GATES.length]);
    case 1: return makeStdGate('rz', [((d.index % 17) - 8) * Math.PI / 4 + d.angles[0]]);
    case 2: {
      const name = ANY_GATES[d.index % ANY_GATES.length];
      return makeStdGate(name, d.angles.slice(0, stdGateInfo(name)!.numAngles));
    }
    case 3: {
      const kind = (['mcx', 'mcz', 'mcp'] as const)[d.index % 3];
      return makeMultiControlled(kind, 3, kind === 'mcp' ? [0.7] : []);
    }
    default: return wrapInverse(INVERSES[d.index % INVERSES.length]());
  }
}

const arbGateDraw: fc.Arbitrary<GateDraw> = fc.record({
  // 0 dominates after shrinking (simplest gates first).
  kind: fc.integer({ min: 0, max: 4 }),
  index: fc.nat({ max: 1000 }),
  angles: fc.array(fc.double({ min: -2 * Math.PI, max: 2 * Math.PI, noNaN: true }), { minLength: 4, maxLength: 4 }),
  // A permutation key: qubits are taken in the order of these ranks.
  qubitOrder: fc.array(fc.nat({ max: 1000 }), { minLength: 8, maxLength: 8 }),
});

function buildCircuit(numQubits: number, draws: readonly GateDraw[]): Circuit {
  const b = CircuitBuilder.withQubits(numQubits);
  for (const d of draws) {
    const op = opOfDraw(d);
    if (op.numQubits > numQubits) continue;
    const order = Array.from({ length: numQubits }, (_, q) => q).sort((x, y) => d.qubitOrder[x] - d.qubitOrder[y] || x - y);
    b.apply(op, order.slice(0, op.numQubits));
  }
  return b.build();
}

/** Circuits of 1..maxQubits qubits and up to maxGates gates, shrinking gate by gate. */
export function arbCircuit(maxQubits = 8, maxGates = 40): fc.Arbitrary<Circuit> {
  return fc.tuple(fc.integer({ min: 1, max: maxQubits }), fc.array(arbGateDraw, { maxLength: maxGates }))
    .map(([n, draws]) => buildCircuit(n, draws));
}
