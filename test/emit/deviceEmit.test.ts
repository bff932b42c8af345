import { emitQasm2, emitQasm3 } from '../../src/emit';
import { QASM3_DEFINITIONS, BRAKET_NAMES } from '../../src/emit/qasm3Definitions';
import { Circuit, CircuitBuilder } from '../../src/ir';
import { distanceUpToPhaseC, maxAbsDiffC } from '../../src/math/complexMatrix';
import { makeRng } from '../../src/math/rng';
import { makeStdGate, stdGateInfo } from '../../src/ops/gates';
import { unitaryOfCircuit } from '../../src/ops/unitaryOf';
import { parseQasm2, parseQasm3 } from '../../src/parse';
import { DEVICE_TARGETS, DeviceTargetName, lowerTo } from '../../src/passes';
import { randomCircuit } from '../passes/helpers';
import { officialQasm3SyntaxErrors } from './conformance/officialQasm3';
import { qasm2ConformanceErrors, withPublishedQelib1 } from './conformance/qelib1Check';

const TOL = 1e-9;
const DEVICES = Object.keys(DEVICE_TARGETS) as DeviceTargetName[];

/**
 * Braket's built-in gates written as stdgates.inc gates (Braket developer guide, "Supported gates"),
 * so that our OpenQASM 3 parser reads a Braket file with Braket's meaning.
 */
const BRAKET_PRELUDE = `include "stdgates.inc";
gate cnot a, b { cx a, b; }
gate ccnot a, b, c { ccx a, b, c; }
gate phaseshift(l) a { p(l) a; }
gate cphaseshift(l) a, b { cp(l) a, b; }
gate si a { sdg a; }
gate ti a { tdg a; }
gate v a { sx a; }
gate vi a { inv @ sx a; }
gate i a { id a; }
gate xx(t) a, b { h a; h b; cx a, b; rz(t) b; cx a, b; h a; h b; }
gate zz(t) a, b { cx a, b; rz(t) b; cx a, b; }
`;

function readBraket(text: string): Circuit {
  return parseQasm3(text.replace('OPENQASM 3.0;\n', `OPENQASM 3.0;\n${BRAKET_PRELUDE}`));
}

describe('OpenQASM 3 definitions of device-native gates', () => {
  it.each([...QASM3_DEFINITIONS.keys()])('%s equals the library gate exactly, global phase included', (name) => {
    const info = stdGateInfo(name)!;
    const rng = makeRng(3);
    const angles = Array.from({ length: info.numAngles }, () => (rng.next() - 0.5) * 6);
    const op = makeStdGate(name, angles);
    const c = CircuitBuilder.withQubits(info.numQubits).apply(op, Array.from({ length: info.numQubits }, (_, i) => i)).build();
    const text = emitQasm3(c, { keepGates: [name] });
    expect(text).toContain(`gate ${name}`);
    expect(officialQasm3SyntaxErrors(text)).toEqual([]);
    expect(maxAbsDiffC(unitaryOfCircuit(parseQasm3(text)), unitaryOfCircuit(c))).toBeLessThan(TOL);
  });
});

describe.each(['nam', 'ibm', 'ion', 'clifford+t'] as const)('OpenQASM 2 files for the generic target %s (as optimize writes them)', (target) => {
  it('only qelib1.inc gates or gates the file defines; read back by the published qelib1.inc, same unitary', () => {
    for (const seed of [1, 2, 3]) {
      const c = lowerTo(randomCircuit(makeRng(seed), 3, 12), target).circuit;
      const text = emitQasm2(c, { gateSet: 'qelib1-extended' });
      expect(qasm2ConformanceErrors(text)).toEqual([]);
      expect(distanceUpToPhaseC(unitaryOfCircuit(parseQasm2(withPublishedQelib1(text))), unitaryOfCircuit(c))).toBeLessThan(TOL);
    }
  });
});

describe.each(DEVICES)('files for %s', (target) => {
  const dialect = DEVICE_TARGETS[target].dialect;
  const natives = DEVICE_TARGETS[target].gates;
  const samples = [1, 2, 3].map((seed) => lowerTo(randomCircuit(makeRng(seed), 3, 12), target).circuit);

  it('OpenQASM 2: only native gates, each non-qelib1 one defined; read back by the published qelib1.inc, same unitary', () => {
    for (const c of samples) {
      const text = emitQasm2(c, { keepGates: dialect.qasm2KeepGates });
      expect(qasm2ConformanceErrors(text)).toEqual([]);
      const calls = text.split('\n').filter((l) => /^[a-z]/.test(l) && !/^(include|qreg|creg|gate|measure|barrier|reset)/.test(l)).map((l) => l.split(/[ (]/)[0]);
      for (const g of calls) expect(natives.has(g)).toBe(true);
      expect(distanceUpToPhaseC(unitaryOfCircuit(parseQasm2(withPublishedQelib1(text))), unitaryOfCircuit(c))).toBeLessThan(TOL);
    }
  });

  it('OpenQASM 3: official grammar accepts it; read back, same unitary with global phase', () => {
    for (const c of samples) {
      const text = emitQasm3(c, { keepGates: dialect.qasm3KeepGates, gateNames: dialect.qasm3Names });
      expect(officialQasm3SyntaxErrors(text)).toEqual([]);
      const back = dialect.qasm3Names === 'braket' ? readBraket(text) : parseQasm3(text);
      expect(maxAbsDiffC(unitaryOfCircuit(back), unitaryOfCircuit(c))).toBeLessThan(TOL);
      for (const g of dialect.qasm3KeepGates) if (c.instructions.some((i) => i.op.name === g)) expect(text).toMatch(new RegExp(`^${g}[ (]`, 'm'));
      if (dialect.qasm3Names === 'braket') {
        expect(text).not.toContain('include');
        const names = new Set(Object.values(BRAKET_NAMES));
        for (const l of text.split('\n').slice(1)) if (l && !/^(qubit|bit|gphase)/.test(l)) expect(names.has(l.split(/[ (]/)[0])).toBe(true);
      }
    }
  });
});
