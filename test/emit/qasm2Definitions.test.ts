import { EmitUnsupportedError } from '../../src/errors';
import { emitQasm2, emitQasm3 } from '../../src/emit';
import { QASM2_DEFINITIONS } from '../../src/emit/qasm2Definitions';
import { Circuit, CircuitBuilder } from '../../src/ir';
import { distanceUpToPhaseC } from '../../src/math/complexMatrix';
import { makeRng } from '../../src/math/rng';
import { makeStdGate, stdGateInfo } from '../../src/ops/gates';
import { unitaryOfCircuit } from '../../src/ops/unitaryOf';
import { parseQasm2, parseQasm3 } from '../../src/parse';
import { statevector } from '../../src/sim';
import { maxDiffUpToPhase, quantumCircuitState } from '../sim/quantumCircuitRef';
import { qasm2ConformanceErrors, withPublishedQelib1 } from './conformance/qelib1Check';

const TOL = 1e-9;
const NAMES = [...QASM2_DEFINITIONS.keys()];

/** An entangled start state, then `name` with seeded random angles on qubits 0..k−1 of 3. */
function probe(name: string, seed: number): Circuit {
  const rng = makeRng(seed);
  const info = stdGateInfo(name)!;
  const b = CircuitBuilder.withQubits(3);
  b.apply(makeStdGate('ry', [0.7]), [0]).apply(makeStdGate('h'), [1]).apply(makeStdGate('cx'), [1, 2]).apply(makeStdGate('rx', [1.9]), [2]).apply(makeStdGate('t'), [1]);
  b.apply(makeStdGate(name, Array.from({ length: info.numAngles }, () => (rng.next() - 0.5) * 6)), Array.from({ length: info.numQubits }, (_, i) => i));
  return b.build();
}

describe('OpenQASM 2 gate definitions of gates outside qelib1.inc', () => {
  it.each(NAMES)('%s: the definition, read by the published qelib1.inc, is the library gate (up to global phase)', (name) => {
    for (const seed of [1, 2, 3]) {
      const c = probe(name, seed);
      const text = emitQasm2(c, { keepGates: [name] });
      expect(text).toContain(`gate ${name}`);
      expect(qasm2ConformanceErrors(text)).toEqual([]);
      expect(distanceUpToPhaseC(unitaryOfCircuit(parseQasm2(withPublishedQelib1(text))), unitaryOfCircuit(c))).toBeLessThan(TOL);
    }
  });

  it.each(NAMES)('%s: the quantum-circuit package reads the file with the same meaning', (name) => {
    const c = probe(name, 7);
    const text = emitQasm2(c, { keepGates: [name] });
    expect(maxDiffUpToPhase(quantumCircuitState(text, 3), statevector(c))).toBeLessThan(1e-7);
  });

  it('rxx keeps the exp(−iθ/2·XX) convention for readers that would otherwise double the angle', () => {
    const b = CircuitBuilder.withQubits(2).apply(makeStdGate('h'), [0]).apply(makeStdGate('rxx', [0.7]), [0, 1]);
    const text = emitQasm2(b.build(), { gateSet: 'qelib1-extended' });
    expect(text).toContain('gate rxx(theta) a,b {');
    const s = quantumCircuitState(text, 2);
    expect(Math.hypot(s.re[0], s.im[0])).toBeCloseTo(Math.cos(0.35) / Math.SQRT2, 9);
  });

  it('a file written with definitions reads back to the same file (definitions recognized by name and matrix)', () => {
    const c = probe('ecr', 4);
    const text = emitQasm2(c, { keepGates: ['ecr', 'sx'] });
    expect(emitQasm2(parseQasm2(text), { keepGates: ['ecr', 'sx'] })).toBe(text);
  });

  it('a user gate with a kept name but another meaning is not mistaken for it', () => {
    const text = 'OPENQASM 2.0;\ninclude "qelib1.inc";\ngate sx a { h a; }\nqreg q[1];\nsx q[0];\n';
    expect(emitQasm2(parseQasm2(text), { gateSet: 'qelib1-extended' })).toBe('OPENQASM 2.0;\ninclude "qelib1.inc";\nqreg q[1];\nh q[0];\n');
  });

  it('keeping a gate without a definition is a typed error', () => {
    expect(() => emitQasm2(probe('sx', 1), { keepGates: ['ccz'] })).toThrow(EmitUnsupportedError);
  });
});

describe('identifiers legal in the target version', () => {
  function regs(q: string[], c: string[] = []): Circuit {
    const b = new CircuitBuilder();
    for (const n of q) b.addQreg(n, 1);
    for (const n of c) b.addCreg(n, 1);
    return b.build();
  }

  it.each([
    ['Anc', 'r_Anc', 'Anc'], ['_t', 'r__t', '_t'], ['end', 'end', 'r_end'], ['case', 'case', 'r_case'], ['defcal', 'defcal', 'r_defcal'],
    ['gate', 'r_gate', 'r_gate'], ['cx', 'r_cx', 'r_cx'], ['sx', 'r_sx', 'r_sx'], ['data', 'data', 'data'],
  ])('register %s → %s (OpenQASM 2), %s (OpenQASM 3)', (name, v2, v3) => {
    const c = regs([name]);
    expect(emitQasm2(c)).toContain(`qreg ${v2}[1];`);
    expect(emitQasm3(c)).toContain(`qubit[1] ${v3};`);
    expect(parseQasm2(emitQasm2(c)).qregs[0].name).toBe(v2);
    expect(parseQasm3(emitQasm3(c)).qregs[0].name).toBe(v3);
  });

  it('a collision after renaming is a typed error naming both', () => {
    expect(() => emitQasm2(regs(['Anc', 'r_Anc']))).toThrow(/'Anc' is not legal in OpenQASM 2 and its renamed form 'r_Anc' is already taken/);
    expect(() => emitQasm3(regs(['end'], ['r_end']))).toThrow(EmitUnsupportedError);
  });

  it('the rule is stable: the same names always give the same file', () => {
    expect(emitQasm2(regs(['B', 'a'], ['C']))).toBe(emitQasm2(regs(['B', 'a'], ['C'])));
    expect(emitQasm2(regs(['B', 'a'], ['C']))).toContain('qreg r_B[1];\nqreg a[1];\ncreg r_C[1];');
  });
});
