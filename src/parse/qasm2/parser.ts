import { QasmSyntaxError } from '../../errors';
import type { Circuit } from '../../ir';
import { makeStdGate } from '../../ops/gates';
import { ParserCore, Operand } from '../core';
import { GateEntry, QELIB1_EXTENSIONS, QELIB1_GATES, stdEntry } from '../gateTable';
import { Tok } from '../lexer';
import { extraLibraryEntry } from '../libraryExtras';

/** Options of the OpenQASM parsers. */
export interface ParseQasmOptions {
  /** File name used in error messages. */
  readonly fileName?: string;
}

/**
 * Parse an OpenQASM 2.0 program (Cross, Bishop, Smolin, Gambetta 2017, arXiv:1707.03429) into a
 * {@link Circuit}: qreg/creg, gate and opaque definitions, built-ins U and CX, register
 * broadcast, measure, reset, barrier, `if(creg==n)`, and parameter expressions.
 * `include "qelib1.inc"` provides the library gates of src/ops/gates (no file is read), with
 * Qiskit's extensions and `ccz` (see gateTable.ts). Errors are QasmSyntaxError /
 * QasmSemanticError with line and column.
 */
export function parseQasm2(text: string, options: ParseQasmOptions = {}): Circuit {
  return new Qasm2Parser(text, options.fileName).parseProgram();
}

class Qasm2Parser extends ParserCore {
  constructor(text: string, fileName?: string) {
    super(text, 2, fileName);
    this.gates.set('U', { name: 'U', numParams: 3, numQubits: 1, kind: 'builtin', hash: 'std:u3', make: (a) => makeStdGate('u3', a) });
    const cx = makeStdGate('cx');
    this.gates.set('CX', { name: 'CX', numParams: 0, numQubits: 2, kind: 'builtin', hash: 'std:cx', make: () => cx });
  }

  parseProgram(): Circuit {
    this.parseHeader();
    while (this.lx.kind !== Tok.EOF) this.parseStatement();
    return this.finish();
  }

  private parseHeader(): void {
    const lx = this.lx;
    if (lx.kind !== Tok.Ident || lx.value !== 'OPENQASM') throw this.syntaxError(`expected the header 'OPENQASM 2.0;' at the start of the file, found ${lx.describe()}`);
    lx.next();
    if ((lx.kind as Tok) !== Tok.Real && (lx.kind as Tok) !== Tok.Int) throw this.syntaxError(`expected a version number after OPENQASM, found ${lx.describe()}`);
    const v = lx.value;
    if (Math.floor(lx.num) !== 2) {
      throw new QasmSyntaxError(`unsupported OpenQASM version ${v}: this parser reads 2.0 (use parseQasm3 or parseQasm for version 3)`, lx.line, lx.col, this.fileName, 'QASM_UNSUPPORTED_VERSION');
    }
    lx.next();
    this.expect(Tok.Semi, 'after the OPENQASM header');
  }

  private parseStatement(): void {
    const lx = this.lx;
    if (lx.kind !== Tok.Ident) {
      throw this.syntaxError(`expected a statement (qreg, creg, gate, opaque, measure, reset, barrier, if, include, or a gate call), found ${lx.describe()}`);
    }
    const line = lx.line, col = lx.col;
    const word = lx.value;
    switch (word) {
      case 'include': return this.parseInclude();
      case 'qreg':
      case 'creg': {
        lx.next();
        const name = this.expectIdent(`as the ${word} name`);
        this.expect(Tok.LBracket, `after the register name in ${word}`);
        const size = this.parseIntExpr('register size');
        this.expect(Tok.RBracket, 'to close the register size');
        this.expect(Tok.Semi, `after the ${word} declaration`);
        this.declareRegister(name, size, word === 'qreg', false, line, col);
        return;
      }
      case 'gate': return this.parseGateDefinition();
      case 'opaque': return this.parseOpaqueDeclaration();
      case 'if': {
        lx.next();
        this.expect(Tok.LParen, "after 'if'");
        const cl = lx.line, cc = lx.col;
        const name = this.expectIdent('as the classical register of the condition');
        const reg = this.cregs.get(name);
        if (!reg) throw this.semanticError(`unknown classical register '${name}' in if(...); OpenQASM 2 conditions compare a whole creg`, cl, cc);
        if ((lx.kind as Tok) === Tok.LBracket) throw this.syntaxError('OpenQASM 2 conditions compare a whole classical register (if(c==n)); a single bit c[i] cannot be tested');
        this.expect(Tok.EqEq, 'in the condition (if(creg==n))');
        const vl = lx.line, vc = lx.col;
        const value = this.parseIntExpr('value in the condition');
        if (value < 0 || value >= 2 ** reg.size) throw this.semanticError(`condition value ${value} does not fit in register '${name}' of ${reg.size} bit(s)`, vl, vc);
        this.expect(Tok.RParen, 'to close the condition');
        if (lx.kind !== Tok.Ident || ['qreg', 'creg', 'gate', 'opaque', 'if', 'barrier', 'include'].includes(lx.value)) {
          throw this.syntaxError(`expected a gate call, measure or reset after if(...), found ${lx.describe()}`);
        }
        this.condition = { clbits: reg.indices, value };
        try { this.parseQop(); } finally { this.condition = undefined; }
        return;
      }
      default:
        this.parseQop();
    }
  }

  /** A quantum operation: gate call, measure, reset, or barrier. */
  private parseQop(): void {
    const lx = this.lx;
    const line = lx.line, col = lx.col;
    const word = lx.value;
    if (word === 'measure') {
      lx.next();
      const q = this.parseQubitOperand();
      this.expect(Tok.Arrow, "in measure (measure q -> c;)");
      const c = this.parseClbitOperand();
      this.expect(Tok.Semi, 'after the measure statement');
      this.applyMeasure(q, c, line, col);
      return;
    }
    if (word === 'reset') {
      lx.next();
      const q = this.parseQubitOperand();
      this.expect(Tok.Semi, 'after the reset statement');
      this.applyReset(q);
      return;
    }
    if (word === 'barrier') {
      lx.next();
      const ops = this.parseOperandList('barrier');
      this.expect(Tok.Semi, 'after the barrier statement');
      this.applyBarrier(ops);
      return;
    }
    this.parseGateCall();
  }

  private parseGateCall(): void {
    const lx = this.lx;
    const line = lx.line, col = lx.col;
    const name = lx.value;
    lx.next();
    const g = this.lookupGate(name, line, col);
    const angles = this.parseParamList(`of '${name}'`);
    if (angles.length !== g.numParams) {
      throw this.semanticError(`gate '${name}' takes ${g.numParams} parameter(s) but ${angles.length} were given`, line, col);
    }
    const ops = this.parseOperandList(`'${name}'`);
    this.expect(Tok.Semi, `after the '${name}' gate call`);
    this.applyGate(name, g.numQubits, () => g.make(angles), ops, line, col);
  }

  private parseOperandList(context: string): Operand[] {
    if (this.lx.kind !== Tok.Ident) throw this.syntaxError(`expected a qubit operand for ${context}, found ${this.lx.describe()}`);
    const out: Operand[] = [this.parseQubitOperand()];
    while (this.accept(Tok.Comma)) out.push(this.parseQubitOperand());
    return out;
  }

  protected override parseBodyStatement(): void {
    const lx = this.lx;
    if (lx.kind !== Tok.Ident) throw this.syntaxError(`expected a gate call or barrier in the gate body, found ${lx.describe()}`);
    const w = lx.value;
    if (w === 'measure' || w === 'reset' || w === 'if' || w === 'gate' || w === 'opaque' || w === 'qreg' || w === 'creg') {
      throw this.syntaxError(`'${w}' is not allowed inside a gate body (only gate calls and barrier)`);
    }
    if (w === 'barrier') {
      lx.next();
      const ops = this.parseOperandList('barrier');
      this.expect(Tok.Semi, 'after the barrier statement');
      this.applyBarrier(ops);
      return;
    }
    this.parseGateCall();
  }

  private parseInclude(): void {
    const lx = this.lx;
    lx.next();
    const line = lx.line, col = lx.col;
    if (lx.kind !== Tok.String) throw this.syntaxError(`expected a file name in quotes after include, found ${lx.describe()}`);
    const file = lx.value;
    lx.next();
    this.expect(Tok.Semi, 'after the include statement');
    if (file !== 'qelib1.inc') {
      throw this.semanticError(`cannot include "${file}": only "qelib1.inc" is known (files are not read); paste the gate definitions instead`, line, col);
    }
    // Extensions beyond the original qelib1.inc may be redefined by the file (many generated files
    // define e.g. rzz or csx themselves after the include); the original gates may not.
    for (const name of [...QELIB1_GATES, ...QELIB1_EXTENSIONS]) {
      if (this.gates.has(name)) continue;
      const e: GateEntry | undefined = stdEntry(name) ?? extraLibraryEntry(name);
      if (!e) throw new Error(`qelib1 gate '${name}' missing from the library`);
      this.gates.set(name, QELIB1_GATES.includes(name) ? e : { ...e, overridable: true });
    }
  }


}

