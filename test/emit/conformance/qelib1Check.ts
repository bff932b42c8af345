import * as fs from 'fs';
import * as path from 'path';

/** The published qelib1.inc (openqasm/openqasm, branch OpenQASM2.x, examples/qelib1.inc; Apache-2.0). */
export const PUBLISHED_QELIB1 = fs.readFileSync(path.resolve(__dirname, '../../fixtures/qelib1/qelib1.inc'), 'utf8');

/** Gate names the published qelib1.inc defines. */
export const QELIB1_NAMES: ReadonlySet<string> = new Set([...PUBLISHED_QELIB1.matchAll(/^gate\s+([A-Za-z_][A-Za-z0-9_]*)/gm)].map((m) => m[1]));

const IDENT2 = /^[a-z][A-Za-z0-9_]*$/;
const KEYWORDS2 = new Set(['OPENQASM', 'include', 'qreg', 'creg', 'gate', 'opaque', 'measure', 'reset', 'barrier', 'if', 'pi', 'U', 'CX']);

/**
 * Problems of an OpenQASM 2 file for a reader that knows only the published qelib1.inc, following
 * the rules of Qiskit's qasm2 loader: the header `OPENQASM 2.0;` and `include "qelib1.inc";`;
 * every gate called (top level and inside `gate` bodies) is a qelib1.inc gate or defined earlier
 * in the file; no definition redefines a qelib1.inc gate; every declared name is an OpenQASM 2
 * identifier `[a-z][A-Za-z0-9_]*` and no keyword. Empty = conforming. Expects one statement per
 * line, as our emitter writes.
 */
export function qasm2ConformanceErrors(text: string): string[] {
  const errors: string[] = [];
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  if (lines[0] !== 'OPENQASM 2.0;') errors.push(`line 1: expected 'OPENQASM 2.0;', found '${lines[0]}'`);
  if (lines[1] !== 'include "qelib1.inc";') errors.push(`line 2: expected 'include "qelib1.inc";'`);
  const defined = new Set<string>();
  const declare = (name: string, where: string): void => {
    if (!IDENT2.test(name) || KEYWORDS2.has(name)) errors.push(`${where}: '${name}' is not an OpenQASM 2 identifier`);
    if (QELIB1_NAMES.has(name) || defined.has(name)) errors.push(`${where}: '${name}' redefines a gate`);
    defined.add(name);
  };
  const checkCall = (stmt: string, where: string, gateArgs?: ReadonlySet<string>): void => {
    const s = stmt.trim().replace(/^if\s*\(\s*[A-Za-z_][A-Za-z0-9_]*\s*==\s*\d+\s*\)\s*/, '');
    const m = /^([A-Za-z_][A-Za-z0-9_]*)/.exec(s);
    if (!m) { errors.push(`${where}: cannot read '${stmt}'`); return; }
    const name = m[1];
    if (gateArgs === undefined && (name === 'measure' || name === 'reset' || name === 'barrier')) return;
    if (!QELIB1_NAMES.has(name) && !defined.has(name)) errors.push(`${where}: gate '${name}' is neither in qelib1.inc nor defined before use`);
  };
  for (let i = 2; i < lines.length; i++) {
    const line = lines[i], where = `line ${i + 1}`;
    let m = /^gate\s+([A-Za-z_][A-Za-z0-9_]*)\s*(?:\(([^)]*)\))?\s*([^{]*)\{(.*)\}\s*$/.exec(line);
    if (m) {
      const args = new Set(m[3].split(',').map((x) => x.trim()));
      for (const st of m[4].split(';').filter((x) => x.trim())) checkCall(st, `${where} (body of ${m[1]})`, args);
      declare(m[1], where);
      continue;
    }
    m = /^opaque\s+([A-Za-z_][A-Za-z0-9_]*)/.exec(line);
    if (m) { declare(m[1], where); continue; }
    m = /^[qc]reg\s+([A-Za-z_][A-Za-z0-9_]*)\[\d+\];$/.exec(line);
    if (m) { declare(m[1], where); continue; }
    if (!line.endsWith(';')) { errors.push(`${where}: statement does not end with ';'`); continue; }
    checkCall(line, where);
  }
  return errors;
}

/**
 * The file with `include "qelib1.inc";` replaced by the published file's text, so that a parser
 * reads every library gate by its literal published definition rather than by a built-in table.
 */
export function withPublishedQelib1(text: string): string {
  if (!text.includes('include "qelib1.inc";')) throw new Error('no include "qelib1.inc"');
  return text.replace('include "qelib1.inc";', PUBLISHED_QELIB1);
}
