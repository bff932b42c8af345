import { CircuitBuilder } from '../ir';
import { makeStdGate } from '../ops/gates';
import { GateDefinition, makeControlled, makeDefinedGate } from '../ops/modifiers';
import type { GateEntry } from './gateTable';

const PI = Math.PI;

/**
 * rc3x: relative-phase 3-controlled X (Maslov 2016, arXiv:1508.03273, Fig. 4), with the same
 * gate sequence as Qiskit's qelib1.inc definition. Built in code as a user-style definition.
 */
const RC3X: GateDefinition = Object.freeze({
  name: 'rc3x', paramNames: [], qubitNames: ['a', 'b', 'c', 'd'], hash: 'std:rc3x',
  instantiate: () => {
    const b = CircuitBuilder.withQubits(4);
    const u2 = makeStdGate('u2', [0, PI]), tp = makeStdGate('u1', [PI / 4]), tm = makeStdGate('u1', [-PI / 4]), cx = makeStdGate('cx');
    b.apply(u2, [3]).apply(tp, [3]).apply(cx, [2, 3]).apply(tm, [3]).apply(u2, [3])
      .apply(cx, [0, 3]).apply(tp, [3]).apply(cx, [1, 3]).apply(tm, [3]).apply(cx, [0, 3]).apply(tp, [3]).apply(cx, [1, 3]).apply(tm, [3])
      .apply(u2, [3]).apply(tp, [3]).apply(cx, [2, 3]).apply(tm, [3]).apply(u2, [3]);
    return b.build();
  },
});

/** Library gates of qelib1.inc's extensions that are not plain std gates: rc3x and c3sqrtx. */
export function extraLibraryEntry(name: string): GateEntry | undefined {
  if (name === 'rc3x') {
    const op = makeDefinedGate(RC3X, []);
    return { name, numParams: 0, numQubits: 4, kind: 'std', hash: 'std:rc3x', make: () => op };
  }
  if (name === 'c3sqrtx') {
    const op = makeControlled(makeStdGate('sx'), 3);
    return { name, numParams: 0, numQubits: 4, kind: 'std', hash: 'std:c3sqrtx', make: () => op };
  }
  return undefined;
}
