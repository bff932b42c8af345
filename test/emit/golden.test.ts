import { NAM_INPUT_DIR } from '../fixtures/paths';
import * as fs from 'fs';
import * as path from 'path';
import { EmitUnsupportedError } from '../../src/errors';
import { emitQasm2, emitQasm3 } from '../../src/emit';
import { Circuit, CircuitBuilder } from '../../src/ir';
import { makeMultiControlled, makeStdGate } from '../../src/ops/gates';
import { makeBarrier, makeMeasure, makeReset } from '../../src/ops/nonunitary';
import { makeControlled, makeGphase, makeNegControlled, makePower } from '../../src/ops/modifiers';
import { parseQasm, parseQasm2 } from '../../src/parse';

/**
 * Golden files for both emitters: test/golden/<name>_v2.qasm and <name>_v3.qasm. Regenerate
 * on purpose with `UPDATE_GOLDEN=1 npx jest test/emit/golden` and review the diff.
 */
const GOLDEN = path.resolve(__dirname, '../golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const PI = Math.PI;

function teleport(): Circuit {
  const b = new CircuitBuilder();
  b.addQreg('q', 3); b.addCreg('m0', 1); b.addCreg('m1', 1);
  const g = (n: string, a: number[] = []) => makeStdGate(n, a);
  b.apply(g('ry', [0.7]), [0]).apply(g('h'), [1]).apply(g('cx'), [1, 2]).apply(makeBarrier(3), [0, 1, 2])
    .apply(g('cx'), [0, 1]).apply(g('h'), [0])
    .apply(makeMeasure(), [0], { clbits: [0] }).apply(makeMeasure(), [1], { clbits: [1] })
    .apply(g('z'), [2], { condition: { clbits: [0], value: 1 } }).apply(g('x'), [2], { condition: { clbits: [1], value: 1 } })
    .apply(makeReset(), [0]).apply(makeReset(), [1]);
  return b.build();
}

function multiControlled(): Circuit {
  const b = new CircuitBuilder();
  b.addQreg('a', 3); b.addQreg('tg', 2);
  b.apply(makeMultiControlled('mcx', 3), [0, 1, 2, 3])
    .apply(makeStdGate('ccz'), [0, 1, 4])
    .apply(makeMultiControlled('mcp', 3, [PI / 8]), [4, 0, 1, 3])
    .apply(makeControlled(makeStdGate('h'), 2), [0, 1, 3])
    .apply(makeNegControlled(makeStdGate('x'), 1), [2, 4])
    .apply(makePower(makeStdGate('x'), 0.5), [3])
    .apply(makeControlled(makeGphase(PI / 4), 1), [2])
    .addGlobalPhase(-PI / 8);
  return b.build();
}

const USER_GATES = `OPENQASM 2.0;
include "qelib1.inc";
gate maj a, b, c { cx c, b; cx c, a; ccx a, b, c; }
gate rot(theta, phi) a { u3(theta, phi, -phi) a; rz(theta/2) a; }
gate twice(t) a, b { rot(t, pi/4) a; maj a, b, b; }
opaque blackbox(t) a, b;
qreg q[3];
creg c[3];
maj q[0], q[1], q[2];
rot(pi/3, 0.25) q[1];
blackbox(1.5) q[2], q[0];
measure q -> c;
if(c==5) rot(-pi/2, pi) q[0];
`.replace('maj a, b, b;', 'cx a, b;');

function angles(): Circuit {
  const b = CircuitBuilder.withQubits(2);
  for (const a of [0, PI, -PI / 2, 3 * PI / 4, -7 * PI / 16, 2 * PI, 0.1, -1e-7, 12345.678, PI / 3]) b.apply(makeStdGate('rz', [a]), [0]);
  b.apply(makeStdGate('cu3', [PI / 2, -PI / 4, 0.3]), [1, 0]).apply(makeStdGate('u2', [0, PI]), [1]);
  return b.build();
}

/** The same program without the opaque gate: OpenQASM 3 has no `opaque`, so its golden file omits it. */
const USER_GATES_NO_OPAQUE = USER_GATES.replace('opaque blackbox(t) a, b;\n', '').replace('blackbox(1.5) q[2], q[0];\n', '');

const CASES: ReadonlyArray<readonly [string, () => Circuit]> = [
  ['teleport', teleport],
  ['multicontrolled', multiControlled],
  ['usergates', () => parseQasm2(USER_GATES)],
  ['angles', angles],
  ['nam_tof_3', () => parseQasm(fs.readFileSync(path.join(NAM_INPUT_DIR, 'tof_3.qasm'), 'utf8'))],
];

function checkGolden(file: string, text: string): void {
  const p = path.join(GOLDEN, file);
  if (UPDATE) { fs.writeFileSync(p, text); return; }
  if (!fs.existsSync(p)) throw new Error(`missing golden file ${p}; run UPDATE_GOLDEN=1 npx jest test/emit/golden`);
  expect(text).toBe(fs.readFileSync(p, 'utf8'));
}

describe('emitter golden files', () => {
  it.each(CASES)('%s (OpenQASM 2)', (name, make) => {
    const text = emitQasm2(make());
    checkGolden(`${name}_v2.qasm`, text);
    expect(emitQasm2(parseQasm(text))).toBe(text);
  });

  it.each(CASES)('%s (OpenQASM 3)', (name, make) => {
    const text = emitQasm3(name === 'usergates' ? parseQasm2(USER_GATES_NO_OPAQUE) : make());
    checkGolden(`${name}_v3.qasm`, text);
    expect(emitQasm3(parseQasm(text))).toBe(text);
  });
});

describe('opaque gates', () => {
  it('OpenQASM 3 refuses an opaque gate with a typed error (the language has no opaque statement)', () => {
    expect(() => emitQasm3(parseQasm2(USER_GATES))).toThrow(EmitUnsupportedError);
    expect(() => emitQasm3(parseQasm2(USER_GATES))).toThrow(/opaque gate 'blackbox' cannot be written in OpenQASM 3/);
    expect(USER_GATES_NO_OPAQUE).not.toContain('blackbox');
  });
});

describe('conditions', () => {
  function subsetCondition(): Circuit {
    const b = new CircuitBuilder();
    b.addQreg('q', 2); b.addCreg('c', 3);
    b.apply(makeStdGate('x'), [1], { condition: { clbits: [0, 2], value: 2 } });
    return b.build();
  }

  it('OpenQASM 2 rejects a condition on part of a register with a typed error', () => {
    expect(() => emitQasm2(subsetCondition())).toThrow(EmitUnsupportedError);
    expect(() => emitQasm2(subsetCondition())).toThrow(/only condition on a whole classical register.*Emit OpenQASM 3 instead/);
  });

  it('OpenQASM 3 writes it as nested single-bit conditions and reads it back', () => {
    const text = emitQasm3(subsetCondition());
    expect(text).toContain('if (c[0] == 0) if (c[2] == 1) x q[1];');
    expect(parseQasm(text).instructions[0].condition).toEqual({ clbits: [0, 2], value: 2 });
  });

  it('a conditioned composite keeps the condition on every emitted gate', () => {
    const b = new CircuitBuilder();
    b.addQreg('q', 3); b.addCreg('c', 2);
    b.apply(makeStdGate('ccz'), [0, 1, 2], { condition: { clbits: [0, 1], value: 3 } });
    const lines = emitQasm2(b.build()).split('\n').filter((l) => /^[a-z]/.test(l) && !/^(include|qreg|creg)/.test(l));
    expect(lines.length).toBe(13);
    expect(lines.every((l) => l.startsWith('if(c==3) '))).toBe(true);
  });
});
