import { QasmSemanticError, QasmSyntaxError } from '../../src/errors';
import { parseQasm, parseQasm2, parseQasm3 } from '../../src/parse';

/**
 * Bad input → a typed error at the right place. Each source marks the expected error position
 * with '$' (removed before parsing); the message must match the given pattern (what was expected
 * or how to fix it).
 */
const H2 = 'OPENQASM 2.0;\ninclude "qelib1.inc";\n';
const H3 = 'OPENQASM 3.0;\ninclude "stdgates.inc";\n';
const R2 = 'qreg q[3];\nqreg r[2];\ncreg c[2];\n';
const R3 = 'qubit[3] q;\nqubit[2] r;\nbit[2] c;\n';

type Case = readonly [string, 2 | 3 | 0, string, string, RegExp];
const CASES: readonly Case[] = [
  // wrong token after each kind of statement
  ['after header', 2, 'OPENQASM 2.0 $qreg q[1];', 'QASM_SYNTAX', /expected ';' after the OPENQASM header/],
  ['after include', 2, 'OPENQASM 2.0;\ninclude "qelib1.inc" $qreg q[1];', 'QASM_SYNTAX', /expected ';' after the include/],
  ['after qreg', 2, H2 + 'qreg q[2] $x;', 'QASM_SYNTAX', /expected ';' after the qreg declaration, found 'x'/],
  ['after creg', 2, H2 + 'creg c[2]$,', 'QASM_SYNTAX', /expected ';' after the creg declaration, found ','/],
  ['in qreg size', 2, H2 + 'qreg q[$x];', 'QASM_SYNTAX', /expected an integer register size/],
  ['after gate call', 2, H2 + R2 + 'h q[0] $q[1];', 'QASM_SYNTAX', /expected ';' after the 'h' gate call, found 'q'/],
  ['measure without ->', 2, H2 + R2 + 'measure q[0] $c[0];', 'QASM_SYNTAX', /expected '->' in measure/],
  ['after measure', 2, H2 + R2 + 'measure q[0] -> c[0] $c;', 'QASM_SYNTAX', /expected ';' after the measure/],
  ['after reset', 2, H2 + R2 + 'reset q[0] $q[1];', 'QASM_SYNTAX', /expected ';' after the reset/],
  ['after barrier', 2, H2 + R2 + 'barrier q[0] $q[1];', 'QASM_SYNTAX', /expected ';' after the barrier/],
  ['after if', 2, H2 + R2 + 'if(c==1) $qreg s[1];', 'QASM_SYNTAX', /expected a gate call, measure or reset after if/],
  ['if without ==', 2, H2 + R2 + 'if(c $1) x q[0];', 'QASM_SYNTAX', /expected '==' in the condition/],
  ['gate without {', 2, H2 + 'gate g a $h a;', 'QASM_SYNTAX', /expected '\{' to start the body of gate 'g'/],
  ['after opaque', 2, H2 + 'opaque o a ${', 'QASM_SYNTAX', /expected ';' after the opaque declaration/],
  ['statement start', 2, H2 + R2 + '$[ q;', 'QASM_SYNTAX', /expected a statement/],
  ['after qubit decl (v3)', 3, H3 + 'qubit[2] q $x;', 'QASM_SYNTAX', /expected ';' after the qubit declaration/],
  ['after const (v3)', 3, H3 + 'const int n = 3 $x;', 'QASM_SYNTAX', /expected ';' after the declaration of 'n'/],
  ['after c = measure (v3)', 3, H3 + R3 + 'c[0] = measure q[0] $x;', 'QASM_SYNTAX', /expected ';' after the measure/],
  ['after modifier (v3)', 3, H3 + R3 + 'ctrl $x q[0], q[1];', 'QASM_SYNTAX', /expected '@' after the 'ctrl' modifier/],
  ['for without in (v3)', 3, H3 + R3 + 'for uint i $of [0:1] { h q[i]; }', 'QASM_SYNTAX', /expected 'in' after the loop variable/],
  // end of file inside a statement
  ['EOF in gate call', 2, H2 + R2 + 'h q[0]$', 'QASM_SYNTAX', /expected ';' after the 'h' gate call, found end of file/],
  ['EOF in gate body', 2, H2 + 'gate g a { h a;$', 'QASM_SYNTAX', /expected '\}' to close the body of gate 'g', found end of file/],
  ['EOF in parameters', 2, H2 + R2 + 'U(0.1, $', 'QASM_SYNTAX', /expected an expression .* found end of file/],
  ['EOF in comment', 2, H2 + '$/* never closed', 'QASM_SYNTAX', /unterminated comment: expected '\*\/'/],
  ['EOF in block (v3)', 3, H3 + R3 + 'for uint i in [0:1] { h q[i];$', 'QASM_SYNTAX', /expected '\}' to close the block, found end of file/],
  // names
  ['unknown gate', 2, H2 + R2 + '$foo q[0];', 'UNKNOWN_GATE', /unknown gate 'foo': define it with 'gate foo/],
  ['library gate without include', 2, 'OPENQASM 2.0;\n' + R2 + '$h q[0];', 'UNKNOWN_GATE', /add include "qelib1.inc"/],
  ['unknown gate (v3)', 3, H3 + R3 + '$ccz q[0], q[1], q[2];', 'UNKNOWN_GATE', /include "stdgates.inc"|define it/],
  ['unknown register', 2, H2 + R2 + 'h $s[0];', 'QASM_SEMANTIC', /unknown quantum register 's'; declare it first/],
  ['creg used as qubit', 2, H2 + R2 + 'h $c[0];', 'QASM_SEMANTIC', /'c' is a classical register; expected a quantum register/],
  ['unknown name in expression', 2, H2 + R2 + 'rz($theta) q[0];', 'QASM_SEMANTIC', /unknown name 'theta' in expression: expected a number, pi/],
  // arity
  ['missing parameter', 2, H2 + R2 + '$rz q[0];', 'QASM_SEMANTIC', /'rz' takes 1 parameter\(s\) but 0 were given/],
  ['extra parameter', 2, H2 + R2 + '$h(0.1) q[0];', 'QASM_SEMANTIC', /'h' takes 0 parameter\(s\) but 1 were given/],
  ['wrong qubit count', 2, H2 + R2 + '$cx q[0];', 'QASM_SEMANTIC', /'cx' acts on 2 qubit\(s\) but 1 operand\(s\)/],
  ['wrong qubit count (v3 ctrl)', 3, H3 + R3 + '$ctrl(2) @ x q[0], q[1];', 'QASM_SEMANTIC', /'ctrl @ x' acts on 3 qubit\(s\) but 2 operand/],
  ['duplicate operands', 2, H2 + R2 + '$cx q[0],q[0];', 'QASM_SEMANTIC', /duplicate qubit operands in 'cx'.*distinct qubits/],
  ['duplicate operands by broadcast', 2, H2 + R2 + '$cx q, q[1];', 'QASM_SEMANTIC', /duplicate qubit operands/],
  ['duplicate operands in gate body', 2, H2 + 'gate g a, b { $cx a, a; }', 'QASM_SEMANTIC', /duplicate qubit operands/],
  ['index out of range', 2, H2 + R2 + 'h q[$5];', 'QASM_SEMANTIC', /index 5 out of range for register 'q' of size 3 \(valid: 0\.\.2\)/],
  ['index out of range (v3)', 3, H3 + R3 + 'for uint i in [0:3] { h q[$i]; }', 'QASM_SEMANTIC', /index 3 out of range for register 'q'/],
  ['broadcast size mismatch', 2, H2 + R2 + '$cx q, r;', 'QASM_SEMANTIC', /register size mismatch in 'cx': registers of sizes 3 and 2/],
  ['measure size mismatch', 2, H2 + R2 + '$measure q -> c;', 'QASM_SEMANTIC', /quantum register of size 3 and classical register of size 2 differ/],
  ['if on one bit (v2)', 2, H2 + R2 + 'if(c$[0]==1) x q[0];', 'QASM_SYNTAX', /OpenQASM 2 conditions compare a whole classical register/],
  ['condition value too large', 2, H2 + R2 + 'if(c==$4) x q[0];', 'QASM_SEMANTIC', /condition value 4 does not fit in register 'c' of 2 bit/],
  // definitions
  ['register redefinition', 2, H2 + 'qreg q[2];\n$qreg q[3];', 'QASM_SEMANTIC', /redefinition of 'q'/],
  ['library gate redefinition', 2, H2 + 'gate $h a { x a; }', 'QASM_SEMANTIC', /redefinition of gate 'h' \(it is a library gate/],
  ['gate redefinition', 2, H2 + 'gate g a { x a; }\ngate $g a { y a; }', 'QASM_SEMANTIC', /redefinition of gate 'g'; rename/],
  ['built-in redefinition', 2, 'OPENQASM 2.0;\ngate $CX a, b { }', 'QASM_SEMANTIC', /redefinition of gate 'CX' \(it is a built-in/],
  ['use before definition', 2, H2 + R2 + '$g q[0];\ngate g a { h a; }', 'QASM_SEMANTIC', /'g' is used before its definition \(line 7\); move the definition above/],
  ['recursive gate', 2, H2 + 'gate g a { h a; $g a; }', 'QASM_SEMANTIC', /recursive gate: 'g' calls itself/],
  ['gate body uses a register', 2, H2 + R2 + 'gate g a { h $q; }', 'QASM_SEMANTIC', /'q' is not a qubit argument of this gate/],
  ['measure in gate body', 2, H2 + 'gate g a { $measure a; }', 'QASM_SYNTAX', /'measure' is not allowed inside a gate body/],
  // arithmetic
  ['division by zero', 2, H2 + R2 + 'rz(1$/0) q[0];', 'QASM_SEMANTIC', /division by zero in expression/],
  ['division by zero (computed)', 2, H2 + R2 + 'rz(pi$/(1-1)) q[0];', 'QASM_SEMANTIC', /division by zero/],
  ['division by zero in a gate body', 2, H2 + R2 + 'gate g(t) a { rz(1$/t) a; }\ng(0) q[0];', 'QASM_SEMANTIC', /division by zero.*\(while expanding 'g' used at 7:1\)/],
  ['ln of zero', 2, H2 + R2 + 'rz($ln(0)) q[0];', 'QASM_SEMANTIC', /ln of a non-positive number \(0\): the argument of ln must be > 0/],
  ['ln of negative', 2, H2 + R2 + 'rz($ln(-1)) q[0];', 'QASM_SEMANTIC', /ln of a non-positive number/],
  ['sqrt of negative', 2, H2 + R2 + 'rz($sqrt(-2)) q[0];', 'QASM_SEMANTIC', /sqrt of a negative number/],
  ['** in QASM2', 2, H2 + R2 + 'rz(2$**2) q[0];', 'QASM_SYNTAX', /'\*\*' is not OpenQASM 2; write '\^'/],
  ['^ in QASM3', 3, H3 + R3 + 'rz(2$^2) q[0];', 'QASM_SYNTAX', /write '\*\*' for a power/],
  // versions and unsupported features
  ['unsupported version (auto)', 0, 'OPENQASM $4.0;\nqreg q[1];', 'QASM_UNSUPPORTED_VERSION', /unsupported OpenQASM version 4\.0/],
  ['OPENQASM 2.1 (auto)', 0, 'OPENQASM $2.1;\nqreg q[1];', 'QASM_UNSUPPORTED_VERSION', /unsupported OpenQASM version 2\.1: the supported versions are 2\.0, 3 and 3\.0/],
  ['OPENQASM 2.1 given to parseQasm2', 2, 'OPENQASM $2.1;\nqreg q[1];', 'QASM_UNSUPPORTED_VERSION', /version 2\.1: the supported versions are 2\.0, 3 and 3\.0/],
  ['OPENQASM 3.1 given to parseQasm3', 3, 'OPENQASM $3.1;\nqubit q;', 'QASM_UNSUPPORTED_VERSION', /version 3\.1: the supported versions/],
  ['OPENQASM 2 without minor (auto)', 0, 'OPENQASM $2;\nqreg q[1];', 'QASM_UNSUPPORTED_VERSION', /version 2: the supported versions/],
  ['version 3 given to parseQasm2', 2, 'OPENQASM $3.0;\nqubit q;', 'QASM_UNSUPPORTED_VERSION', /this parser reads 2\.0/],
  ['version 2 given to parseQasm3', 3, 'OPENQASM $2.0;\nqreg q[1];', 'QASM_UNSUPPORTED_VERSION', /this parser reads version 3/],
  ['unknown include', 2, 'OPENQASM 2.0;\ninclude $"other.inc";', 'QASM_SEMANTIC', /only "qelib1\.inc" is known/],
  ['unsupported v3 feature', 3, H3 + R3 + '$def f() { }', 'QASM_SYNTAX', /'def' is not supported; this parser reads the gate-level subset/],
  ['fractional pow of a two-qubit target', 3, H3 + R3 + '$pow(0.5) @ swap q[0], q[1];', 'QASM_SEMANTIC', /fractional powers are supported only for gates with a single-qubit target/],
  ['else after a register condition', 3, H3 + R3 + 'if (c == 1) x q[0]; $else x q[1];', 'QASM_SYNTAX', /'else' is supported only after a single-bit condition/],
  ['non-integer index (v3)', 3, H3 + R3 + 'h q[$1.5];', 'QASM_SEMANTIC', /index must be an integer, got 1\.5/],
  ['bad character', 2, H2 + R2 + 'h q[0]$#;', 'QASM_SYNTAX', /unexpected character '#'/],
];

function locate(src: string): { text: string; line: number; col: number } {
  const at = src.indexOf('$');
  const before = src.slice(0, at);
  const lines = before.split('\n');
  return { text: src.slice(0, at) + src.slice(at + 1), line: lines.length, col: lines[lines.length - 1].length + 1 };
}

describe('OpenQASM parse errors', () => {
  it.each(CASES)('%s', (_name, version, src, code, pattern) => {
    const { text, line, col } = locate(src);
    const parse = version === 2 ? parseQasm2 : version === 3 ? parseQasm3 : parseQasm;
    let err: unknown;
    try { parse(text, { fileName: 'bad.qasm' }); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(QasmSyntaxError);
    const e = err as QasmSyntaxError;
    expect({ code: e.code, line: e.line, column: e.column }).toEqual({ code, line, column: col });
    expect(e.message).toMatch(pattern);
    expect(e.message.startsWith(`bad.qasm:${line}:${col}: `)).toBe(true);
    if (code === 'QASM_SEMANTIC' || code === 'UNKNOWN_GATE') expect(e).toBeInstanceOf(QasmSemanticError);
  });
});
