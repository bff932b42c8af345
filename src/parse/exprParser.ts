import { QasmSemanticError, QasmSyntaxError } from '../errors';
import { Lexer, Tok, describeTok } from './lexer';

/** Deepest nesting of parentheses, unary signs, function calls and (QASM 3) blocks a parser accepts. */
export const MAX_NESTING_DEPTH = 256;

/** OpenQASM major version a parser reads (changes the expression grammar slightly). */
export type QasmVersion = 2 | 3;

const FUNCS2: Readonly<Record<string, ((x: number) => number) | undefined>> = {
  sin: Math.sin, cos: Math.cos, tan: Math.tan, exp: Math.exp, ln: Math.log, sqrt: Math.sqrt,
};
const FUNCS3: Readonly<Record<string, ((x: number) => number) | undefined>> = {
  ...FUNCS2, arcsin: Math.asin, arccos: Math.acos, arctan: Math.atan, log: Math.log,
};
const CONSTS2: Readonly<Record<string, number | undefined>> = { pi: Math.PI };
const CONSTS3: Readonly<Record<string, number | undefined>> = { pi: Math.PI, 'π': Math.PI, tau: 2 * Math.PI, 'τ': 2 * Math.PI, euler: Math.E, 'ℇ': Math.E };

/**
 * Base of the OpenQASM parsers: the lexer, error helpers, and a recursive-descent evaluator of
 * real-valued parameter expressions (OpenQASM 2 spec §3 "exp"; OpenQASM 3 "Classical types"
 * subset): numbers, pi (and π, tau/τ, euler/ℇ in v3), names bound by the current scope,
 * + − * / and power (`^` in v2, `**` in v3; right-associative, binds tighter than unary minus),
 * `%` (v3), unary minus, and sin cos tan exp ln sqrt (+ arcsin arccos arctan in v3).
 * Expressions are evaluated on the fly (no syntax tree); all arithmetic is real (1/2 = 0.5).
 * When `lenient` is set (checking a gate body before its parameters are known), domain errors
 * are not raised: values may be NaN then.
 */
export abstract class ExprParser {
  protected lx: Lexer;
  protected readonly text: string;
  protected readonly fileName: string | undefined;
  protected readonly version: QasmVersion;
  protected lenient = false;
  private nestingDepth = 0;

  protected constructor(text: string, version: QasmVersion, fileName?: string) {
    this.text = text;
    this.version = version;
    this.fileName = fileName;
    this.lx = new Lexer(text, fileName);
  }

  /** Value of a name in an expression (gate parameter, loop variable, constant), or undefined. */
  protected abstract lookupValue(name: string): number | undefined;

  /** A syntax error at the current token. */
  protected syntaxError(message: string): QasmSyntaxError {
    return new QasmSyntaxError(message, this.lx.line, this.lx.col, this.fileName);
  }

  /** A semantic error at a given position. */
  protected semanticError(message: string, line: number, col: number): QasmSemanticError {
    return new QasmSemanticError(message, line, col, this.fileName);
  }

  /** Consume a token of `kind` or fail with "expected X <context>, found Y". */
  protected expect(kind: Tok, context: string): void {
    if (this.lx.kind !== kind) throw this.syntaxError(`expected ${describeTok(kind)} ${context}, found ${this.lx.describe()}`);
    this.lx.next();
  }

  /** Consume an identifier and return its text. */
  protected expectIdent(context: string): string {
    if (this.lx.kind !== Tok.Ident) throw this.syntaxError(`expected a name ${context}, found ${this.lx.describe()}`);
    const v = this.lx.value;
    this.lx.next();
    return v;
  }

  /** True (and consumes it) when the current token is `kind`. */
  protected accept(kind: Tok): boolean {
    if (this.lx.kind !== kind) return false;
    this.lx.next();
    return true;
  }

  /** Enter one nesting level; fails with QASM_SYNTAX beyond {@link MAX_NESTING_DEPTH}. Pair with {@link leaveNesting}. */
  protected enterNesting(what = 'expression'): void {
    if (this.nestingDepth >= MAX_NESTING_DEPTH) throw this.syntaxError(`${what} nested too deeply (limit ${MAX_NESTING_DEPTH}); flatten the ${what === 'expression' ? 'expression or block' : what}`);
    this.nestingDepth++;
  }

  /** Leave a nesting level entered with {@link enterNesting}. */
  protected leaveNesting(): void {
    this.nestingDepth--;
  }

  /** Parse and evaluate an expression; a non-finite value (overflow, 1e309) is refused with its position. */
  protected parseExpr(): number {
    const line = this.lx.line, col = this.lx.col;
    let v = this.parseTerm();
    for (;;) {
      const k = this.lx.kind;
      if (k === Tok.Plus) { this.lx.next(); v += this.parseTerm(); } else if (k === Tok.Minus) { this.lx.next(); v -= this.parseTerm(); } else break;
    }
    if (!this.lenient && !Number.isFinite(v)) {
      throw this.semanticError(`expression evaluates to ${v}, which is not a finite number; use a value within ±1.8e308`, line, col);
    }
    return v;
  }

  private parseTerm(): number {
    let v = this.parseUnary();
    for (;;) {
      const k = this.lx.kind;
      if (k === Tok.Star) { this.lx.next(); v *= this.parseUnary(); continue; }
      if (k === Tok.Slash || k === Tok.Percent) {
        const line = this.lx.line, col = this.lx.col;
        this.lx.next();
        const d = this.parseUnary();
        if (d === 0 && !this.lenient) {
          throw this.semanticError(`division by zero in expression: the ${k === Tok.Slash ? 'divisor' : 'modulus'} evaluates to 0; change the expression`, line, col);
        }
        v = k === Tok.Slash ? v / d : v % d;
        continue;
      }
      return v;
    }
  }

  private parseUnary(): number {
    this.enterNesting();
    try {
      return this.parseUnaryInner();
    } finally {
      this.leaveNesting();
    }
  }

  private parseUnaryInner(): number {
    if (this.lx.kind === Tok.Minus) { this.lx.next(); return -this.parseUnary(); }
    if (this.lx.kind === Tok.Plus) { this.lx.next(); return this.parseUnary(); }
    return this.parsePower();
  }

  private parsePower(): number {
    const base = this.parsePrimary();
    const k = this.lx.kind;
    const powTok = this.version === 2 ? Tok.Caret : Tok.Power;
    if (k === powTok) {
      this.lx.next();
      return Math.pow(base, this.parseUnary()); // right-associative: a^b^c = a^(b^c)
    }
    if (k === Tok.Caret) throw this.syntaxError("in OpenQASM 3 '^' is bitwise xor, which is not supported in angle expressions; write '**' for a power");
    if (k === Tok.Power) throw this.syntaxError("'**' is not OpenQASM 2; write '^' for a power");
    return base;
  }

  private parsePrimary(): number {
    const lx = this.lx;
    switch (lx.kind) {
      case Tok.Int:
      case Tok.Real: {
        const v = lx.num;
        lx.next();
        return v;
      }
      case Tok.LParen: {
        lx.next();
        const v = this.parseExpr();
        this.expect(Tok.RParen, 'to close the parenthesized expression');
        return v;
      }
      case Tok.Ident: {
        const name = lx.value;
        const line = lx.line, col = lx.col;
        lx.next();
        const funcs = this.version === 2 ? FUNCS2 : FUNCS3;
        const f = funcs[name];
        if (f && (lx.kind as Tok) === Tok.LParen) {
          lx.next();
          const x = this.parseExpr();
          this.expect(Tok.RParen, `to close the argument of ${name}(...)`);
          if (!this.lenient) {
            if ((name === 'ln' || name === 'log') && !(x > 0)) {
              throw this.semanticError(`${name} of a non-positive number (${x}): the argument of ${name} must be > 0`, line, col);
            }
            if (name === 'sqrt' && x < 0) throw this.semanticError(`sqrt of a negative number (${x}): the argument must be >= 0`, line, col);
            if ((name === 'arcsin' || name === 'arccos') && Math.abs(x) > 1) {
              throw this.semanticError(`${name} of ${x}: the argument must be in [-1, 1]`, line, col);
            }
          }
          return f(x);
        }
        const bound = this.lookupValue(name);
        if (bound !== undefined) return bound;
        const c = (this.version === 2 ? CONSTS2 : CONSTS3)[name];
        if (c !== undefined) return c;
        if (f) throw this.syntaxError(`expected '(' after the function name '${name}', found ${lx.describe()}`);
        throw this.semanticError(`unknown name '${name}' in expression: expected a number, pi, a parameter or constant name, ` +
          `or a function (${Object.keys(funcs).join(', ')})`, line, col);
      }
      default:
        throw this.syntaxError(`expected an expression (a number, pi, a name, or '('), found ${lx.describe()}`);
    }
  }

  /** Parse an expression that must be a non-negative integer (sizes, indices). */
  protected parseIntExpr(what: string): number {
    const line = this.lx.line, col = this.lx.col;
    if (this.version === 2) {
      if (this.lx.kind !== Tok.Int) throw this.syntaxError(`expected an integer ${what}, found ${this.lx.describe()}`);
      const v = this.lx.num;
      this.lx.next();
      return v;
    }
    const v = this.parseExpr();
    if (!Number.isInteger(v)) {
      if (this.lenient && Number.isNaN(v)) return 0;
      throw this.semanticError(`${what} must be an integer, got ${v}`, line, col);
    }
    return v;
  }
}
