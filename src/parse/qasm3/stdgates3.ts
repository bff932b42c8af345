import { CircuitBuilder } from '../../ir';
import { makeStdGate } from '../../ops/gates';
import { GateDefinition, makeDefinedGate } from '../../ops/modifiers';
import { GateEntry, STDGATES_INC, stdEntry } from '../gateTable';

/**
 * stdgates.inc's u2 and u3 carry a global phase that qelib1's do not (OpenQASM 3 spec,
 * stdgates.inc): u3(θ,φ,λ) = gphase(−(φ+λ)/2) · U(θ,φ,λ), u2(φ,λ) = u3(π/2,φ,λ). They become
 * defined-gate ops whose body is U plus that phase, so the global phase is exact.
 */
function phasedU(name: 'u2' | 'u3'): GateDefinition {
  const paramNames = name === 'u3' ? ['θ', 'φ', 'λ'] : ['φ', 'λ'];
  return Object.freeze({
    name, paramNames, qubitNames: ['q'], hash: `qasm3:${name}`,
    instantiate: (a: readonly number[]) => {
      const [t, p, l] = name === 'u3' ? a : [Math.PI / 2, a[0], a[1]];
      return CircuitBuilder.withQubits(1).apply(makeStdGate('u3', [t, p, l]), [0]).addGlobalPhase(-(p + l) / 2).build();
    },
  });
}

const U2_DEF = phasedU('u2');
const U3_DEF = phasedU('u3');

/** Table entry of a stdgates.inc gate for the OpenQASM 3 parser. */
export function stdgates3Entry(name: string): GateEntry | undefined {
  if (!STDGATES_INC.includes(name)) return undefined;
  if (name === 'u2' || name === 'u3') {
    const def = name === 'u2' ? U2_DEF : U3_DEF;
    return { name, numParams: def.paramNames.length, numQubits: 1, kind: 'std', hash: `qasm3:${name}`, make: (a) => makeDefinedGate(def, a) };
  }
  return stdEntry(name);
}
