import type { Circuit } from '../../ir';
import { BUILTIN_U, GateEntry, QELIB1_EXTENSIONS, QELIB1_GATES, stdEntry } from '../gateTable';
import { Tok } from '../lexer';
import { extraLibraryEntry } from '../libraryExtras';
import { QasmDialect, StatementParser } from '../statements';

/** Options of the OpenQASM parsers. */
export interface ParseQasmOptions {
  /** File name used in error messages. */
  readonly fileName?: string;
  /**
   * Expansion budget: most gates (plus register elements and loop iterations) the parse may
   * build, counted before each piece is built (default DEFAULT_MAX_EXPANDED_GATES in src/ir;
   * CLI `--max-expanded-gates`). Over it: QasmSemanticError EXPANSION_BUDGET at the construct.
   */
  readonly maxExpandedGates?: number;
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
  return new Qasm2Parser(text, options.fileName, options.maxExpandedGates).parseProgram();
}

/**
 * qelib1.inc's gates plus the common extensions. Extensions beyond the original qelib1.inc may be
 * redefined by the file (many generated files define e.g. rzz or csx themselves after the
 * include); the original gates may not.
 */
function qelib1Entries(): readonly GateEntry[] {
  return [...QELIB1_GATES, ...QELIB1_EXTENSIONS].map((name) => {
    const e: GateEntry | undefined = stdEntry(name) ?? extraLibraryEntry(name);
    if (!e) throw new Error(`qelib1 gate '${name}' missing from the library`);
    return QELIB1_GATES.includes(name) ? e : { ...e, overridable: true };
  });
}

const QASM2: QasmDialect = Object.freeze({
  version: 2 as const, headerRequired: true, builtins: () => [BUILTIN_U, { ...stdEntry('cx')!, name: 'CX', kind: 'builtin' as const }], libraryFile: 'qelib1.inc', libraryEntries: qelib1Entries,
});

/** Statement keywords that cannot follow `if(...)`. */
const NOT_AFTER_IF = ['qreg', 'creg', 'gate', 'opaque', 'if', 'barrier', 'include'];
/** Statement keywords that cannot appear in a gate body. */
const NOT_IN_BODY = ['measure', 'reset', 'if', 'gate', 'opaque', 'qreg', 'creg'];

class Qasm2Parser extends StatementParser {
  constructor(text: string, fileName?: string, maxExpandedGates?: number) {
    super(text, QASM2, fileName, maxExpandedGates);
  }

  parseProgram(): Circuit {
    this.parseVersionHeader();
    while (this.lx.kind !== Tok.EOF) this.parseStatement();
    return this.finish();
  }

  private parseStatement(): void {
    const lx = this.lx;
    if (lx.kind !== Tok.Ident) {
      throw this.syntaxError(`expected a statement (qreg, creg, gate, opaque, measure, reset, barrier, if, include, or a gate call), found ${lx.describe()}`);
    }
    switch (lx.value) {
      case 'include': return this.parseInclude();
      case 'qreg': return this.parseRegisterDeclaration(true);
      case 'creg': return this.parseRegisterDeclaration(false);
      case 'gate': return this.parseGateDefinition();
      case 'opaque': return this.parseOpaqueDeclaration();
      case 'if': return this.parseIf();
      case 'barrier': return this.parseBarrierStatement();
      default: return this.parseQop();
    }
  }

  /** `if(creg==n) qop` (current token is 'if'): OpenQASM 2 compares a whole classical register. */
  private parseIf(): void {
    const lx = this.lx;
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
    if (lx.kind !== Tok.Ident || NOT_AFTER_IF.includes(lx.value)) {
      throw this.syntaxError(`expected a gate call, measure or reset after if(...), found ${lx.describe()}`);
    }
    this.condition = { clbits: reg.indices, value };
    try { this.parseQop(); } finally { this.condition = undefined; }
  }

  /** A quantum operation that may be conditioned: gate call, measure, or reset. */
  private parseQop(): void {
    const word = this.lx.value;
    if (word === 'measure') return this.parseMeasureStatement();
    if (word === 'reset') return this.parseResetStatement();
    this.parseGateCall();
  }

  /** `name[(params)] operands;` (current token is the gate name). */
  private parseGateCall(): void {
    const lx = this.lx;
    const line = lx.line, col = lx.col;
    const name = lx.value;
    lx.next();
    const g = this.lookupGate(name, line, col);
    const { angles, operands } = this.parseCallTail(name, g.numParams, line, col);
    this.applyGate(name, g.numQubits, () => g.make(angles), operands, line, col);
  }

  protected override parseBodyStatement(): void {
    const lx = this.lx;
    if (lx.kind !== Tok.Ident) throw this.syntaxError(`expected a gate call or barrier in the gate body, found ${lx.describe()}`);
    const w = lx.value;
    if (NOT_IN_BODY.includes(w)) throw this.syntaxError(`'${w}' is not allowed inside a gate body (only gate calls and barrier)`);
    if (w === 'barrier') return this.parseBarrierStatement();
    this.parseGateCall();
  }
}
