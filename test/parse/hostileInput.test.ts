import { parseQasm2, parseQasm3 } from '../../src/parse';
import { QasmSyntaxError, QnError } from '../../src/errors';

const H2 = 'OPENQASM 2.0;\ninclude "qelib1.inc";\nqreg q[1];\n';
const H3 = 'OPENQASM 3.0;\ninclude "stdgates.inc";\nqubit[1] q;\n';

function caught(f: () => unknown): QnError {
  try { f(); } catch (e) { return e as QnError; }
  throw new Error('expected an error');
}

describe('hostile input: nesting depth', () => {
  const deep = `rz(${'('.repeat(1500)}1${')'.repeat(1500)}) q[0];\n`;
  test.each([['v2', () => parseQasm2(H2 + deep)], ['v3', () => parseQasm3(H3 + deep)]])('%s deep parens give QASM_SYNTAX, not a stack overflow', (_v, f) => {
    const e = caught(f);
    expect(e).toBeInstanceOf(QasmSyntaxError);
    expect(e.code).toBe('QASM_SYNTAX');
    expect(e.message).toMatch(/^4:\d+: expression nested too deeply \(limit 256\)/);
  });
  test('deep unary minus and deep gate-body nesting are refused too', () => {
    expect(caught(() => parseQasm2(H2 + `rz(${'-'.repeat(5000)}1) q[0];`)).code).toBe('QASM_SYNTAX');
    const body = `gate g(t) a { rz(${'('.repeat(2000)}t${')'.repeat(2000)}) a; }\ng(1) q[0];`;
    expect(caught(() => parseQasm2(H2 + body)).message).toMatch(/nested too deeply/);
    expect(caught(() => parseQasm3(H3 + '{'.repeat(3000) + '}'.repeat(3000))).message).toMatch(/nested too deeply \(limit 256\)/);
  });
  test('nesting within the limit still parses', () => {
    const ok = `rz(${'('.repeat(200)}0.5${')'.repeat(200)}) q[0];`;
    expect(parseQasm2(H2 + ok).instructions.length).toBe(1);
    expect(parseQasm3(H3 + ok).instructions.length).toBe(1);
  });
});

describe('hostile input: non-finite parameters', () => {
  test.each(['1e309', '1e308*10', '-1e309', '1e308+1e308'])('rx(%s) is refused with a position (v2 and v3)', (x) => {
    for (const [f, h] of [[parseQasm2, H2], [parseQasm3, H3]] as const) {
      const e = caught(() => f(`${h}rx(${x}) q[0];`));
      expect(e).toBeInstanceOf(QasmSyntaxError);
      expect(e.message).toMatch(/^4:4: .*not a finite number/);
    }
  });
  test('a finite large angle is accepted', () => {
    expect(parseQasm2(H2 + 'rx(1e300) q[0];').instructions.length).toBe(1);
  });
});

describe('hostile input: register sizes', () => {
  test.each([['v2', () => parseQasm2('OPENQASM 2.0;\nqreg q[4294967296];')], ['v3', () => parseQasm3('OPENQASM 3.0;\nqubit[4294967296] q;')],
    ['creg', () => parseQasm2('OPENQASM 2.0;\ncreg c[100000000];')]])('%s huge register refused before allocating', (_v, f) => {
    const e = caught(f);
    expect(e).toBeInstanceOf(QasmSyntaxError);
    expect(e.message).toMatch(/^2:\d+: .*exceeds the limit of 16777216/);
  });
});
