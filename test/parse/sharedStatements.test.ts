import { QasmSemanticError, QasmSyntaxError } from '../../src/errors';
import type { Circuit } from '../../src/ir';
import { parseQasm2, parseQasm3 } from '../../src/parse';

/**
 * The statements both OpenQASM versions spell the same way (src/parse/statements.ts,
 * registers.ts, gateDefinitions.ts) give the same circuit from either parser: each body below is
 * parsed once as 2.0 and once as 3 and the instruction lists are compared, and each is checked
 * against a hand count of the instructions it must produce.
 */
const H2 = 'OPENQASM 2.0;\ninclude "qelib1.inc";\n';
const H3 = 'OPENQASM 3.0;\ninclude "stdgates.inc";\n';

function listing(c: Circuit): string[] {
  return c.instructions.map((ins) => `${ins.op.name}(${ins.op.angles.map((a) => a.toFixed(12)).join(',')}) q${ins.qubits.join(',')} c${(ins.clbits ?? []).join(',')}`);
}

describe('statements shared by the OpenQASM 2 and 3 parsers', () => {
  it.each([
    ['qreg/creg + broadcast gate', 'qreg q[3];\ncreg c[3];\nh q;\n', 3],
    ['measure with broadcast', 'qreg q[2];\ncreg c[2];\nmeasure q -> c;\n', 2],
    ['measure single bits', 'qreg q[2];\ncreg c[2];\nmeasure q[1] -> c[0];\n', 1],
    ['reset register and bit', 'qreg q[2];\nreset q;\nreset q[0];\n', 3],
    ['barrier over registers', 'qreg q[2];\nqreg r[1];\nbarrier q, r[0];\n', 1],
    ['gate call with parameters', 'qreg q[2];\nU(0.1, 0.2, pi/3) q[0];\ncx q[0], q[1];\n', 2],
    ['gate definition with barrier', 'qreg q[2];\ngate g(t) a, b { rz(t) a; barrier a, b; cx a, b; }\ng(0.5) q[0], q[1];\n', 1],
    ['opaque declaration', 'qreg q[1];\nopaque o(t) a;\no(0.2) q[0];\n', 1],
  ])('%s: same circuit from parseQasm2 and parseQasm3', (_name, body, count) => {
    const c2 = parseQasm2(H2 + body), c3 = parseQasm3(H3 + body);
    expect(listing(c2)).toEqual(listing(c3));
    expect(c2.instructions.length).toBe(count);
    expect(c2.numQubits).toBe(c3.numQubits);
    expect(c2.numClbits).toBe(c3.numClbits);
  });

  it.each([
    ['v2 unknown include', () => parseQasm2('OPENQASM 2.0;\ninclude "stdgates.inc";\n'), QasmSemanticError, /only "qelib1.inc" is known/],
    ['v3 unknown include', () => parseQasm3('OPENQASM 3.0;\ninclude "qelib1.inc";\n'), QasmSemanticError, /only "stdgates.inc" is known/],
    ['v2 missing header', () => parseQasm2('qreg q[1];'), QasmSyntaxError, /expected the header 'OPENQASM 2.0;'/],
    ['v2 reading version 3', () => parseQasm2('OPENQASM 3.0;'), QasmSyntaxError, /this parser reads 2.0 \(use parseQasm3/],
    ['v3 reading version 2', () => parseQasm3('OPENQASM 2.0;'), QasmSyntaxError, /this parser reads version 3 \(use parseQasm2/],
    ['v2 barrier needs operands', () => parseQasm2(H2 + 'qreg q[1];\nbarrier;'), QasmSyntaxError, /expected a qubit operand for barrier/],
    ['v2 qreg needs a size', () => parseQasm2(H2 + 'qreg q;'), QasmSyntaxError, /expected '\[' after the register name in qreg/],
    ['v2 gate call needs operands', () => parseQasm2(H2 + 'qreg q[1];\nh;'), QasmSyntaxError, /expected a qubit operand for 'h'/],
  ])('%s → typed error', (_name, fn, cls, msg) => {
    expect(fn).toThrow(cls);
    expect(fn).toThrow(msg);
  });

  it.each([
    ['v3 header is optional', 'include "stdgates.inc";\nqubit[2] q;\nh q;\n', 2],
    ['v3 barrier; covers every qubit', 'OPENQASM 3.0;\nqreg q[2];\nqreg r[1];\nbarrier;\n', 1],
    ['v3 qreg without size is one qubit', 'OPENQASM 3.0;\ninclude "stdgates.inc";\nqreg q;\nx q;\n', 1],
    ['v3 gphase without operands', 'OPENQASM 3.0;\ngphase(0.3);\n', 0],
  ])('%s', (_name, text, count) => {
    const c = parseQasm3(text);
    expect(c.instructions.length).toBe(count);
    if (_name.includes('barrier;')) expect(c.instructions[0].qubits).toEqual([0, 1, 2]);
  });
});
