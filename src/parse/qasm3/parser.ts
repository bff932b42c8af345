import { QnError } from '../../errors';
import type { Circuit, Op } from '../../ir';
import { invertOp } from '../../ops/inverse';
import { makeControlled, makeGphase, makeNegControlled, makePower } from '../../ops/modifiers';
import { Qasm3Classical, SCALAR_TYPES } from './classical';
import { BUILTIN_U, STDGATES_INC } from '../gateTable';
import { Tok } from '../lexer';
import { MAX_NESTING_DEPTH } from '../exprParser';
import type { ParseQasmOptions } from '../qasm2/parser';
import type { QasmDialect } from '../statements';
import { stdgates3Entry } from './stdgates3';

/**
 * Parse the gate-level subset of OpenQASM 3 (Cross et al. 2022, ACM TQC 3(3)): qubit/bit and
 * qreg/creg declarations, `include "stdgates.inc"` (built in, not read), gate definitions,
 * modifiers ctrl@ / ctrl(k)@ / negctrl@ / inv@ / pow(p)@, gphase, measure (`measure q -> c;`
 * and `c = measure q;`), reset, barrier, const and scalar declarations (int, uint, float,
 * angle) with expressions (pi/π, tau/τ, euler/ℇ), `for` loops over ranges `[a:b]`, `[a:s:b]`
 * (inclusive) and sets `{a, b}`, register slices `q[a:b]`, and `if (c == n)`, `if (c[i] == b)`,
 * `&&` and (for one bit) `else` around statements or blocks. `opaque` is accepted as an
 * extension. Other OpenQASM 3 features raise a QasmSyntaxError naming the feature.
 */
export function parseQasm3(text: string, options: ParseQasmOptions = {}): Circuit {
  return new Qasm3Parser(text, options.fileName, options.maxExpandedGates).parseProgram();
}

const UNSUPPORTED = new Set(['def', 'while', 'input', 'output', 'let', 'box', 'delay', 'defcal', 'cal', 'defcalgrammar', 'extern', 'switch',
  'break', 'continue', 'return', 'end', 'duration', 'stretch', 'complex', 'array', 'pragma']);
const MODIFIERS = new Set(['ctrl', 'negctrl', 'inv', 'pow']);

type Modifier = { readonly kind: 'ctrl' | 'negctrl' | 'inv' | 'pow'; readonly value: number };

const QASM3: QasmDialect = Object.freeze({
  version: 3 as const, headerRequired: false, builtins: () => [BUILTIN_U], libraryFile: 'stdgates.inc',
  libraryEntries: () => STDGATES_INC.map((name) => stdgates3Entry(name)!),
});

class Qasm3Parser extends Qasm3Classical {
  constructor(text: string, fileName?: string, maxExpandedGates?: number) {
    super(text, QASM3, fileName, maxExpandedGates);
  }

  parseProgram(): Circuit {
    this.parseVersionHeader();
    while (this.lx.kind !== Tok.EOF) this.parseStatement(false);
    return this.finish();
  }

  protected override parseBodyStatement(): void {
    this.parseStatement(true);
  }

  /** One statement (top level when !inGateBody). */
  private parseStatement(inGateBody: boolean): void {
    this.enterNesting();
    try {
      this.parseStatementInner(inGateBody);
    } finally {
      this.leaveNesting();
    }
  }

  private parseStatementInner(inGateBody: boolean): void {
    const lx = this.lx;
    if (lx.kind === Tok.LBrace) { this.parseBlock(inGateBody); return; }
    if (lx.kind !== Tok.Ident) {
      throw this.syntaxError(`expected a statement (declaration, gate call, measure, reset, barrier, gate, for, if), found ${lx.describe()}`);
    }
    const word = lx.value;
    if (UNSUPPORTED.has(word)) {
      throw this.syntaxError(`the OpenQASM 3 feature '${word}' is not supported; this parser reads the gate-level subset (declarations, gates, modifiers, measure, reset, barrier, for, if)`);
    }
    if (inGateBody && ['measure', 'reset', 'gate', 'opaque', 'qubit', 'bit', 'qreg', 'creg', 'include', 'if', 'const'].includes(word)) {
      throw this.syntaxError(`'${word}' is not allowed inside a gate body (only gate calls, gphase, barrier and for loops)`);
    }
    switch (word) {
      case 'include': return this.parseInclude();
      case 'qubit': case 'bit': return this.parseNewDecl(word === 'qubit');
      case 'qreg': case 'creg': return this.parseRegisterDeclaration(word === 'qreg');
      case 'const': lx.next(); return this.parseScalarDecl(true);
      case 'gate': return this.parseGateDefinition();
      case 'opaque': return this.parseOpaqueDeclaration();
      case 'for': return this.parseFor(inGateBody);
      case 'if': return this.parseIf(inGateBody);
      case 'else': throw this.syntaxError("'else' without a preceding 'if' statement");
      case 'measure': return this.parseMeasureStatement();
      case 'reset': return this.parseResetStatement();
      case 'barrier': return this.parseBarrierStatement();
      default:
        break;
    }
    if (SCALAR_TYPES.has(word)) return this.parseScalarDecl(false);
    if (!inGateBody && (this.cregs.has(word) || this.values.has(word))) return this.parseAssignment();
    this.parseGateCall();
  }

  private parseBlock(inGateBody: boolean): void {
    this.expect(Tok.LBrace, 'to open a block');
    while (this.lx.kind !== Tok.RBrace) {
      if (this.lx.kind === Tok.EOF) throw this.syntaxError("expected '}' to close the block, found end of file");
      this.parseStatement(inGateBody);
    }
    this.lx.next();
  }

  /** `c = measure q;` or `c[i] = measure q[j];` */
  private parseAssignment(): void {
    const lx = this.lx;
    const line = lx.line, col = lx.col;
    const name = lx.value;
    if (!this.cregs.has(name)) throw this.semanticError(`assignment to the classical value '${name}' is not supported (only 'bits = measure qubits;')`, line, col);
    const c = this.parseClbitOperand();
    this.expect(Tok.Eq, `after '${name}' (c = measure q;)`);
    if (lx.kind !== Tok.Ident || lx.value !== 'measure') throw this.syntaxError(`expected 'measure' after '=' (only measurement results can be assigned to bits), found ${lx.describe()}`);
    lx.next();
    const q = this.parseQubitOperand();
    this.expect(Tok.Semi, 'after the measure statement');
    this.applyMeasure(q, c, line, col);
  }

  /** Parse modifiers, the gate name, parameters and operands; apply (with broadcast). */
  private parseGateCall(): void {
    const lx = this.lx;
    const line = lx.line, col = lx.col;
    const mods: Modifier[] = [];
    while (lx.kind === Tok.Ident && MODIFIERS.has(lx.value)) {
      const kind = lx.value as Modifier['kind'];
      const ml = lx.line, mc = lx.col;
      lx.next();
      let value = kind === 'pow' ? NaN : 1;
      if (kind === 'pow') {
        this.expect(Tok.LParen, "after 'pow' (pow(k) @ gate)");
        value = this.parseExpr();
        this.expect(Tok.RParen, 'to close the pow exponent');
      } else if (kind !== 'inv' && this.accept(Tok.LParen)) {
        value = this.parseIntExpr('number of controls');
        if (value < 1 && !this.lenient) throw this.semanticError(`${kind}(${value}): the number of controls must be at least 1`, ml, mc);
        this.expect(Tok.RParen, `to close ${kind}(...)`);
      }
      this.expect(Tok.At, `after the '${kind}' modifier`);
      if (mods.length >= MAX_NESTING_DEPTH) throw this.semanticError(`more than ${MAX_NESTING_DEPTH} gate modifiers on one gate; combine them (e.g. ctrl(k) @, pow(k) @)`, ml, mc);
      mods.push({ kind, value });
    }
    if (lx.kind !== Tok.Ident) throw this.syntaxError(`expected a gate name${mods.length ? ' after the modifiers' : ''}, found ${lx.describe()}`);
    const name = lx.value;
    const nl = lx.line, nc = lx.col;
    lx.next();
    const isGphase = name === 'gphase';
    const g = isGphase ? undefined : this.lookupGate(name, nl, nc);
    const { angles, operands: ops } = this.parseCallTail(name, isGphase ? 1 : g!.numParams, nl, nc);
    if (isGphase && mods.every((m) => m.kind !== 'ctrl' && m.kind !== 'negctrl')) {
      // plain (or inverted / powered) global phase: operands, if any, are irrelevant
      let phase = angles[0];
      for (const m of mods) phase = m.kind === 'inv' ? -phase : phase * m.value;
      if (!Number.isFinite(phase) && !this.lenient) throw this.semanticError(`global phase evaluates to ${phase}, which is not a finite number; use a smaller angle or power`, line, col);
      const b = this.scope.builder;
      if (b && !this.condition) b.addGlobalPhase(phase);
      return;
    }
    let arity = isGphase ? 0 : g!.numQubits;
    for (const m of mods) if (m.kind === 'ctrl' || m.kind === 'negctrl') arity += m.value;
    const display = mods.length ? `${mods.map((m) => m.kind).join(' @ ')} @ ${name}` : name;
    const make = (): Op => {
      let op = isGphase ? makeGphase(angles[0]) : g!.make(angles);
      for (let i = mods.length - 1; i >= 0; i--) {
        const m = mods[i];
        try {
          if (m.kind === 'ctrl') op = makeControlled(op, m.value);
          else if (m.kind === 'negctrl') op = makeNegControlled(op, m.value);
          else if (m.kind === 'inv') op = invertOp(op);
          else op = makePower(op, m.value);
        } catch (e) {
          if (e instanceof QnError) throw this.semanticError(e.message, line, col);
          throw e;
        }
      }
      return op;
    };
    this.applyGate(display, arity, make, ops, line, col);
  }

  /** `for [type] i in [a:b] | [a:s:b] | {a, b} stmt-or-block`: unrolled by re-parsing the body. */
  private parseFor(inGateBody: boolean): void {
    const lx = this.lx;
    const fl = lx.line, fc = lx.col;
    lx.next();
    if (lx.kind === Tok.Ident && SCALAR_TYPES.has(lx.value)) {
      lx.next();
      if (this.accept(Tok.LBracket)) { this.parseIntExpr('type size'); this.expect(Tok.RBracket, 'to close the type size'); }
    }
    const vl = lx.line, vc = lx.col;
    const v = this.expectIdent('as the loop variable');
    if (lx.kind !== Tok.Ident || lx.value !== 'in') throw this.syntaxError(`expected 'in' after the loop variable, found ${lx.describe()}`);
    lx.next();
    let vals: number[];
    if ((lx.kind as Tok) === Tok.LBrace) {
      vals = this.parseIntSet();
      this.chargeExpansion(vals.length, `'for' loop over ${vals.length} values`, fl, fc);
    } else {
      this.expect(Tok.LBracket, "to start the loop range ([a:b] or [a:step:b])");
      const a = this.parseIntExpr('range start');
      if ((lx.kind as Tok) !== Tok.Colon) throw this.syntaxError(`expected ':' in the loop range [a:b], found ${lx.describe()}`);
      vals = this.parseRangeRest(a, a, (length) => this.chargeExpansion(length, `'for' loop over ${length} values`, fl, fc));
      this.expect(Tok.RBracket, 'to close the loop range');
    }
    if (this.qregs.has(v) || this.cregs.has(v)) throw this.semanticError(`loop variable '${v}' shadows a register; rename it`, vl, vc);
    const saved = this.values.get(v);
    const bodyStart = this.lx.save();
    const outerScope = this.scope;
    try {
      if (vals.length === 0) { // check the body once without effects
        this.scope = { ...outerScope, builder: null };
        this.values.set(v, 0);
        this.parseStatement(inGateBody);
      }
      for (let i = 0; i < vals.length; i++) {
        this.values.set(v, vals[i]);
        if (i > 0) this.lx.restore(bodyStart);
        const before = this.expansionCharged;
        this.parseStatement(inGateBody);
        // From the first iteration's cost, refuse the whole loop before unrolling the rest.
        if (i === 0 && vals.length > 1) this.chargeExpansion(0, `'for' loop over ${vals.length} values`, fl, fc, (vals.length - 1) * (this.expansionCharged - before));
      }
    } finally {
      this.scope = outerScope;
      if (saved === undefined) this.values.delete(v); else this.values.set(v, saved);
    }
  }

  /** `if (cond) stmt-or-block [else stmt-or-block]` (else only for a single-bit condition). */
  private parseIf(inGateBody: boolean): void {
    const lx = this.lx;
    lx.next();
    this.expect(Tok.LParen, "after 'if'");
    const line = lx.line, col = lx.col;
    let cond = this.parseCondTerm();
    while (this.accept(Tok.AndAnd)) cond = this.merge(cond, this.parseCondTerm(), line, col);
    this.expect(Tok.RParen, 'to close the condition');
    const outer = this.condition;
    try {
      this.condition = outer ? this.merge(outer, cond, line, col) : cond;
      this.parseStatement(inGateBody);
      if (lx.kind === Tok.Ident && lx.value === 'else') {
        if (cond.clbits.length !== 1) throw this.syntaxError("'else' is supported only after a single-bit condition (if (c[i] == b)); a register comparison cannot be negated here");
        lx.next();
        const neg = { clbits: cond.clbits, value: 1 - cond.value };
        this.condition = outer ? this.merge(outer, neg, line, col) : neg;
        this.parseStatement(inGateBody);
      }
    } finally {
      this.condition = outer;
    }
  }

}
