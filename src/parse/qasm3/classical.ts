import type { Condition } from '../../ir';
import type { Operand, RegInfo } from '../registers';
import { StatementParser } from '../statements';
import { mergeConditions } from '../conditions';
import { Tok } from '../lexer';

/** Scalar classical types whose declarations hold compile-time values. */
export const SCALAR_TYPES: ReadonlySet<string> = new Set(['int', 'uint', 'float', 'angle']);

/**
 * Classical pieces of the OpenQASM 3 parser: `qubit`/`bit` and scalar declarations, index
 * expressions with slices `[a:b]` / `[a:s:b]` (inclusive) and sets `{a, b}`, and conditions.
 * (Old-style `qreg`/`creg` declarations are shared with OpenQASM 2: see registers.ts.)
 */
export abstract class Qasm3Classical extends StatementParser {
  /** `qubit[n] name;`, `qubit name;`, `bit[n] name;`, `bit name;`. */
  protected parseNewDecl(quantum: boolean): void {
    const lx = this.lx;
    const kw = quantum ? 'qubit' : 'bit';
    lx.next();
    let size = 1, scalar = true;
    if (this.accept(Tok.LBracket)) {
      size = this.parseIntExpr('register size');
      scalar = false;
      this.expect(Tok.RBracket, `to close the size of the ${kw} register`);
    }
    const line = lx.line, col = lx.col;
    const name = this.expectIdent(`as the ${kw} name`);
    if (lx.kind === Tok.Eq) throw this.syntaxError(`initializers on ${kw} declarations are not supported; declare '${name}' without '= ...'`);
    this.expect(Tok.Semi, `after the ${kw} declaration`);
    this.declareRegister(name, size, quantum, scalar, line, col);
  }

  /** `[const] int|uint|float|angle[[size]] name = expr;` — a compile-time value. */
  protected parseScalarDecl(isConst: boolean): void {
    const lx = this.lx;
    if (lx.kind !== Tok.Ident || !SCALAR_TYPES.has(lx.value)) {
      throw this.syntaxError(`expected a type (int, uint, float, angle) ${isConst ? "after 'const'" : ''}, found ${lx.describe()}`);
    }
    const type = lx.value;
    lx.next();
    if (this.accept(Tok.LBracket)) {
      this.parseIntExpr('type size');
      this.expect(Tok.RBracket, 'to close the type size');
    }
    const line = lx.line, col = lx.col;
    const name = this.expectIdent(`as the name of the ${type} variable`);
    if ((lx.kind as Tok) !== Tok.Eq) throw this.syntaxError(`expected '=' and an initial value for '${name}' (only initialized declarations are supported), found ${lx.describe()}`);
    lx.next();
    let v = this.parseExpr();
    this.expect(Tok.Semi, `after the declaration of '${name}'`);
    if (type === 'int' || type === 'uint') {
      if (!Number.isInteger(v)) v = Math.trunc(v);
      if (type === 'uint' && v < 0) throw this.semanticError(`uint '${name}' cannot hold the negative value ${v}`, line, col);
    }
    if (this.qregs.has(name) || this.cregs.has(name) || this.gates.has(name) || this.values.has(name)) {
      throw this.semanticError(`redefinition of '${name}': the name is already declared; choose another name`, line, col);
    }
    this.values.set(name, v);
  }

  protected override parseIndexInto(reg: RegInfo): Operand {
    const lx = this.lx;
    if (lx.kind !== Tok.LBracket) return reg.scalar ? reg.offset : reg.indices;
    lx.next();
    const line = lx.line, col = lx.col;
    if ((lx.kind as Tok) === Tok.LBrace) { // index set {a, b, ...}
      const vals = this.parseIntSet();
      this.expect(Tok.RBracket, 'to close the index set');
      return vals.map((v) => this.indexReg(reg, v, line, col));
    }
    const a = (lx.kind as Tok) === Tok.Colon ? 0 : this.parseIntExpr('index');
    if ((lx.kind as Tok) !== Tok.Colon) {
      this.expect(Tok.RBracket, 'to close the index');
      return this.indexReg(reg, a, line, col);
    }
    const vals = this.parseRangeRest(a, reg.size - 1, (length, l, c) => {
      if (length > reg.size) throw this.semanticError(`slice of register '${reg.name}' selects ${length} elements but the register has ${reg.size}; use indices in 0..${reg.size - 1}`, l, c);
    });
    this.expect(Tok.RBracket, 'to close the register slice');
    return vals.map((v) => this.indexReg(reg, v, line, col));
  }

  /**
   * After `a` (current token ':'): `:b` or `:s:b`; inclusive end (OpenQASM 3 ranges). The length
   * is computed and passed to `admit` (which refuses too long a range with the range's position)
   * before any element is materialized.
   */
  protected parseRangeRest(start: number, defaultEnd: number, admit: (length: number, line: number, col: number) => void): number[] {
    this.expect(Tok.Colon, 'in the range');
    const line = this.lx.line, col = this.lx.col;
    let step = 1;
    let end = this.lx.kind === Tok.RBracket ? defaultEnd : this.parseIntExpr('range bound');
    if (this.accept(Tok.Colon)) {
      step = end;
      end = this.parseIntExpr('range end');
    }
    if (step === 0) throw this.semanticError('range step must not be 0', line, col);
    if (!Number.isFinite(start) || !Number.isFinite(end) || !Number.isFinite(step)) return [];
    const span = step > 0 ? end - start : start - end;
    const length = span < 0 ? 0 : Math.floor(span / Math.abs(step)) + 1;
    admit(length, line, col);
    const out = new Array<number>(length);
    for (let k = 0; k < length; k++) out[k] = start + k * step;
    return out;
  }

  protected parseIntSet(): number[] {
    this.expect(Tok.LBrace, 'to open the set');
    const out = [this.parseIntExpr('set element')];
    while (this.accept(Tok.Comma)) out.push(this.parseIntExpr('set element'));
    this.expect(Tok.RBrace, 'to close the set');
    return out;
  }

  protected merge(a: Condition, b: Condition, line: number, col: number): Condition {
    const m = mergeConditions(a, b);
    if (!m) throw this.semanticError('contradictory nested conditions on the same bit: the statement could never run', line, col);
    return m;
  }

  /** `c == n`, `c[i] == b`, `c[i] != b`, `c[i]`, `!c[i]`. */
  protected parseCondTerm(): Condition {
    const lx = this.lx;
    const negate = this.accept(Tok.Bang);
    const line = lx.line, col = lx.col;
    if (lx.kind !== Tok.Ident) throw this.syntaxError(`expected a classical register or bit in the condition, found ${lx.describe()}`);
    const bits = this.parseClbitOperand();
    const clbits = typeof bits === 'number' ? [bits] : bits;
    let value = 1, eq = true;
    if ((lx.kind as Tok) === Tok.EqEq || (lx.kind as Tok) === Tok.NotEq) {
      eq = (lx.kind as Tok) === Tok.EqEq;
      lx.next();
      const vl = lx.line, vc = lx.col;
      value = this.parseIntExpr('value in the condition');
      if (value < 0 || value >= 2 ** clbits.length) throw this.semanticError(`condition value ${value} does not fit in ${clbits.length} bit(s)`, vl, vc);
    } else if (clbits.length !== 1) {
      throw this.syntaxError(`expected '==' and a value after the register in the condition, found ${lx.describe()}`);
    }
    if (negate !== !eq) {
      if (clbits.length !== 1) throw this.semanticError("'!=' / '!' conditions are supported only on a single bit", line, col);
      value = 1 - value;
    }
    return { clbits, value };
  }
}
