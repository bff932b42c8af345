import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { EmitUnsupportedError } from '../../src/errors';
import { emitQasm2, emitQasm3 } from '../../src/emit';
import { legalNames, IdentifierRules } from '../../src/emit/identifiers';
import { parseQasm2 } from '../../src/parse';
import { runCapture } from '../cli/helpers';

const RULES_2: IdentifierRules = { version: 'OpenQASM 2', pattern: /^[a-z][A-Za-z0-9_]*$/, reserved: new Set(['gate', 'cx']) };

/** The typed error thrown by `f`, or a failure if it throws anything else or nothing. */
function emitError(f: () => unknown): EmitUnsupportedError {
  try { f(); } catch (e) {
    expect(e).toBeInstanceOf(EmitUnsupportedError);
    return e as EmitUnsupportedError;
  }
  throw new Error('expected an EmitUnsupportedError');
}

describe('legalNames: a collision after renaming is a typed error', () => {
  it.each([
    // [names, the name reported, its renamed form]
    [['Anc', 'r_Anc'], 'Anc', 'r_Anc'],
    [['r_Anc', 'Anc'], 'Anc', 'r_Anc'],
    [['data', '_x', 'r__x'], '_x', 'r__x'],
    [['gate', 'r_gate'], 'gate', 'r_gate'],
  ])('%j → EMIT_UNSUPPORTED naming %s and %s', (names, name, renamed) => {
    const e = emitError(() => legalNames(names, RULES_2, 'register'));
    expect(e.code).toBe('EMIT_UNSUPPORTED');
    expect(e.details).toEqual({ name, renamed });
    expect(e.message).toContain(`'${renamed}' is already taken`);
  });

  it('without a collision: legal names kept, others get the r_ prefix', () => {
    expect([...legalNames(['Anc', 'b', 'cx'], RULES_2, 'register')]).toEqual([['Anc', 'r_Anc'], ['b', 'b'], ['cx', 'r_cx']]);
  });

  it('an opaque gate renamed onto a register name is a typed error (QASM 2)', () => {
    const c = parseQasm2('OPENQASM 2.0;\ninclude "qelib1.inc";\nopaque Foo a;\nqreg r_Foo[1];\nFoo r_Foo[0];\n');
    const e = emitError(() => emitQasm2(c));
    expect(e.message).toMatch(/opaque gate 'Foo' and a register would both be named 'r_Foo'/);
  });

  it('QASM 3: a keyword register renamed onto an existing name is a typed error', () => {
    const c = parseQasm2('OPENQASM 2.0;\ninclude "qelib1.inc";\nqreg end[1];\nqreg r_end[1];\nh end[0];\n');
    expect(emitError(() => emitQasm3(c)).details).toEqual({ name: 'end', renamed: 'r_end' });
  });
});

describe('qnewton convert: a collision after renaming writes no file', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qn-ids-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it.each(['qasm2', 'qasm3'])('--to %s: exit 1, [EMIT_UNSUPPORTED], no output', async (to) => {
    const src = path.join(dir, `in_${to}.qasm`);
    // qasm2: 'Anc' must be renamed (capital letter) onto 'r_Anc'; qasm3: 'end' (keyword) onto 'r_end'
    fs.writeFileSync(src, to === 'qasm2'
      ? 'OPENQASM 2.0;\ninclude "qelib1.inc";\nqreg Anc[1];\nqreg r_Anc[1];\ncx Anc[0],r_Anc[0];\n'
      : 'OPENQASM 2.0;\ninclude "qelib1.inc";\nqreg end[1];\nqreg r_end[1];\ncx end[0],r_end[0];\n');
    const out = path.join(dir, `out_${to}.qasm`);
    const r = await runCapture(['convert', src, '--to', to, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/error \[EMIT_UNSUPPORTED\]: .*already taken/);
    expect(fs.existsSync(out)).toBe(false);
  });
});
