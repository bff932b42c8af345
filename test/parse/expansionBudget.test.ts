import { parseQasm, parseQasm2, parseQasm3 } from '../../src/parse';
import { emitQasm2, emitQasm3 } from '../../src/emit';
import { circuitStats } from '../../src/analysis';
import { DEFAULT_MAX_EXPANDED_GATES, expandedInstructionCount, flatten } from '../../src/ir';
import { MAX_IDENTIFIER_LENGTH } from '../../src/parse/lexer';
import { ExpansionBudgetError, QasmSemanticError, QasmSyntaxError, QnError } from '../../src/errors';
import { compileCircuit } from '../../src/sim/compile';
import { makeRng } from '../../src/math/rng';

const H2 = 'OPENQASM 2.0;\ninclude "qelib1.inc";\nqreg q[2];\n';
const H3 = 'OPENQASM 3.0;\ninclude "stdgates.inc";\nqubit[2] q;\n';

function caught(f: () => unknown): QnError {
  try { f(); } catch (e) { if (e instanceof QnError) return e; throw e; }
  throw new Error('expected an error');
}

/** `gate g0 a { h a; }` and k gates each calling the previous `fanout` times: fanout^k h gates. */
function chain(k: number, fanout = 2): string {
  let s = 'gate g0 a { h a; }\n';
  for (let i = 1; i <= k; i++) s += `gate g${i} a { ${Array(fanout).fill(`g${i - 1} a;`).join(' ')} }\n`;
  return s + `g${k} q[0];\n`;
}

describe('expansion budget: gate-definition hierarchies', () => {
  it('60 nested definitions (2^60 gates) are refused by convert-style emitters before expanding, from counts', () => {
    const c = parseQasm2(H2 + chain(60));
    expect(c.instructions.length).toBe(1);
    for (const emit of [() => emitQasm3(c), () => emitQasm2(c)]) {
      const t0 = Date.now();
      const e = caught(emit);
      expect(e).toBeInstanceOf(ExpansionBudgetError);
      expect(e.code).toBe('EXPANSION_BUDGET');
      expect(e.details).toMatchObject({ count: 2 ** 60, limit: DEFAULT_MAX_EXPANDED_GATES });
      expect(e.message).toMatch(/g60.*1\.153e18 gates.*raise the expansion budget/);
      expect(e.message).not.toMatch(/--/); // the library names no CLI flag; the CLI adds it
      expect(Date.now() - t0).toBeLessThan(2000);
    }
  });

  it('stats stays symbolic: the same file is counted, not refused', () => {
    const s = circuitStats(parseQasm2(H2 + chain(60)));
    expect(s.gateCounts).toEqual({ g60: 1 });
  });

  it('the count from the call graph equals the length of the real flattening (random small hierarchies)', () => {
    const r = makeRng(7);
    for (let t = 0; t < 20; t++) {
      const k = 1 + r.int(5), fanout = 1 + r.int(3);
      const c = parseQasm2(H2 + chain(k, fanout) + 'barrier q;\ncx q[0], q[1];\n');
      const isLeaf = (op: { name: string }): boolean => op.name === 'h' || op.name === 'cx';
      const flat = flatten(c, isLeaf);
      expect(expandedInstructionCount(c, isLeaf).count).toBe(flat.instructions.length);
      expect(flat.instructions.length).toBe(fanout ** k + 2);
    }
  });

  it('the budget is an option: a hierarchy just over it is refused, at it accepted', () => {
    const c = parseQasm2(H2 + chain(10));
    expect(emitQasm2(c, { maxExpandedGates: 1024 }).split('\n').filter((l) => l.startsWith('h ')).length).toBe(1024);
    expect(caught(() => emitQasm2(c, { maxExpandedGates: 1023 })).code).toBe('EXPANSION_BUDGET');
  });

  it('parametrized hierarchies whose instances all differ are charged while parsing, with the position', () => {
    let s = 'gate g0(t) a { rz(t) a; }\n';
    for (let i = 1; i <= 40; i++) s += `gate g${i}(t) a { g${i - 1}(2*t) a; g${i - 1}(2*t + 1) a; }\n`;
    const e = caught(() => parseQasm2(H2 + s + 'g40(0.5) q[0];\n', { maxExpandedGates: 5000 }));
    expect(e).toBeInstanceOf(QasmSemanticError);
    expect(e.code).toBe('EXPANSION_BUDGET');
    expect(e.message).toMatch(/budget of 5000/);
  });
});

describe('expansion budget: pow, ctrl, loops, broadcast, registers', () => {
  it('pow(1e12) @ h stays symbolic in OpenQASM 3 and is refused where it must expand', () => {
    const c = parseQasm3(H3 + 'pow(1e12) @ h q[0];');
    expect(emitQasm3(c)).toMatch(/pow\(1000000000000\) @ h q\[0\];/);
    const e = caught(() => emitQasm2(c));
    expect(e.details).toMatchObject({ count: 1e12 });
    expect(caught(() => compileCircuit(c)).code).toBe('EXPANSION_BUDGET');
  });

  it('ctrl(1000000) @ h needs its operands (refused, no allocation)', () => {
    expect(caught(() => parseQasm3(H3 + 'ctrl(1000000) @ h q[0], q[1];')).message).toMatch(/acts on 1000001 qubit\(s\) but 2 operand\(s\)/);
  });

  it('nested for loops are refused after one iteration of the outer loop, from its measured cost', () => {
    const t0 = Date.now();
    const e = caught(() => parseQasm3(H3 + 'for int i in [0:99999] { for int j in [0:9999] { x q[0]; } }', { maxExpandedGates: 100_000 }));
    expect(e.code).toBe('EXPANSION_BUDGET');
    expect(e.message).toMatch(/^4:1: expanding 'for' loop over 100000 values/);
    expect(Date.now() - t0).toBeLessThan(5000);
  });

  it('a range too long for the budget is refused before its values are materialized', () => {
    const e = caught(() => parseQasm3(H3 + 'for int i in [0:1:1e15] x q[0];'));
    expect(e.code).toBe('EXPANSION_BUDGET');
    expect(e.message).toMatch(/^4:1: expanding 'for' loop over 1000000000000001 values/);
    expect(caught(() => parseQasm3(H3 + 'h q[0:4294967296];')).message).toMatch(/slice of register 'q' selects 4294967297 elements/);
  });

  it('broadcast and register sizes count against the same budget', () => {
    expect(caught(() => parseQasm2('OPENQASM 2.0;\ninclude "qelib1.inc";\nqreg q[1000];\nh q;\nh q;\n', { maxExpandedGates: 2500 })).message)
      .toMatch(/^5:1: expanding 'h' broadcast over 1000 qubits would produce 3000 gates/);
    expect(caught(() => parseQasm2('OPENQASM 2.0;\nqreg a[1500000];\nqreg b[1500000];\n')).message).toMatch(/^3:1: expanding register 'b\[1500000\]'.* 3000000 gates/);
    // within the budget the gates are all there
    expect(parseQasm2('OPENQASM 2.0;\ninclude "qelib1.inc";\nqreg q[1000];\nh q;\nh q;\n', { maxExpandedGates: 3000 }).instructions.length).toBe(2000);
  });

  it('refuses an invalid budget', () => {
    expect(caught(() => parseQasm(H3, { maxExpandedGates: NaN })).code).toBe('EXPANSION_BUDGET');
    expect(caught(() => parseQasm(H3, { maxExpandedGates: 0 })).code).toBe('EXPANSION_BUDGET');
  });
});

describe('hostile input: names and modifier chains', () => {
  it.each([32767, 40000, 200000])('an unknown gate name of %i characters is a clean QASM_SYNTAX error at its position', (n) => {
    for (const f of [parseQasm2, parseQasm3]) {
      const e = caught(() => f((f === parseQasm2 ? H2 : H3) + 'g'.repeat(n) + ' q[0];'));
      expect(e).toBeInstanceOf(QasmSyntaxError);
      expect(e.message).toMatch(new RegExp(`^4:1: name 'g{30}…' is ${n} characters long; names may have at most ${MAX_IDENTIFIER_LENGTH}`));
    }
  });

  it('an unknown gate of the longest allowed name still explains a later definition', () => {
    const name = 'g'.repeat(MAX_IDENTIFIER_LENGTH);
    expect(caught(() => parseQasm2(`${H2}${name} q[0];\ngate ${name} a { h a; }\n`)).message).toMatch(/used before its definition \(line 5\)/);
  });

  it('more than 256 modifiers are refused; gate definitions nest at most 256 deep', () => {
    expect(caught(() => parseQasm3(H3 + 'inv @ '.repeat(300) + 'x q[0];')).message).toMatch(/more than 256 gate modifiers/);
    const e = caught(() => parseQasm2(H2 + chain(300, 1)));
    expect(e.message).toMatch(/gate definition nested too deeply \(limit 256\)/);
    expect(parseQasm2(H2 + chain(200, 1)).instructions.length).toBe(1);
  });
});
