import { QasmSyntaxError } from '../errors';
import type { Circuit } from '../ir';
import type { QasmVersion } from './exprParser';
import { GateDefinitionParser } from './gateDefinitions';
import type { GateEntry } from './gateTable';
import { Tok } from './lexer';
import { SUPPORTED_VERSION_TEXT, qasmVersionOf } from './version';
import type { Operand } from './registers';

/** What differs between the OpenQASM versions at the statement level shared here. */
export interface QasmDialect {
  readonly version: QasmVersion;
  /** Whether the file must start with `OPENQASM x;` (required in 2.0, optional in 3). */
  readonly headerRequired: boolean;
  /** Gates known without any include (OpenQASM 2: U and CX; OpenQASM 3: U), made per parser. */
  readonly builtins: () => readonly GateEntry[];
  /** The one library `include` accepts (built in, never read from disk). */
  readonly libraryFile: string;
  /** The library's gate entries, in declaration order. */
  readonly libraryEntries: () => readonly GateEntry[];
}

const NO_ANGLES: readonly number[] = Object.freeze([]);

const HEADER_TEXT: Readonly<Record<QasmVersion, { readonly reads: string; readonly other: string }>> = {
  2: { reads: '2.0', other: 'use parseQasm3 or parseQasm for version 3' },
  3: { reads: 'version 3', other: 'use parseQasm2 or parseQasm for 2.0' },
};

/**
 * Top layer shared by the OpenQASM 2 and 3 parsers: the statements both versions spell the same
 * way — the `OPENQASM x;` header, `include` of the built-in library, `measure q -> c;`,
 * `reset q;`, `barrier ...;`, and the parameter/operand tail of a gate call (OpenQASM 2 spec §3;
 * OpenQASM 3 spec "Gates", "Built-in quantum instructions"). Each version's parser adds its own
 * statement dispatch, conditions and (v3) modifiers, loops and classical declarations.
 */
export abstract class StatementParser extends GateDefinitionParser {
  protected readonly dialect: QasmDialect;

  protected constructor(text: string, dialect: QasmDialect, fileName?: string, maxExpandedGates?: number) {
    super(text, dialect.version, fileName, maxExpandedGates);
    this.dialect = dialect;
    for (const g of dialect.builtins()) this.gates.set(g.name, g);
  }

  /** `OPENQASM x.y;` (required or optional per dialect); other major versions are rejected. */
  protected parseVersionHeader(): void {
    const lx = this.lx;
    if (lx.kind !== Tok.Ident || lx.value !== 'OPENQASM') {
      if (!this.dialect.headerRequired) return;
      throw this.syntaxError(`expected the header 'OPENQASM ${HEADER_TEXT[this.version].reads};' at the start of the file, found ${lx.describe()}`);
    }
    lx.next();
    if ((lx.kind as Tok) !== Tok.Real && (lx.kind as Tok) !== Tok.Int) throw this.syntaxError(`expected a version number after OPENQASM, found ${lx.describe()}`);
    const v = qasmVersionOf(lx.value);
    if (v === undefined) {
      throw new QasmSyntaxError(`unsupported OpenQASM version ${lx.value}: the supported versions are ${SUPPORTED_VERSION_TEXT}`, lx.line, lx.col, this.fileName, 'QASM_UNSUPPORTED_VERSION');
    }
    if (v !== this.version) {
      const t = HEADER_TEXT[this.version];
      throw new QasmSyntaxError(`unsupported OpenQASM version ${lx.value}: this parser reads ${t.reads} (${t.other})`, lx.line, lx.col, this.fileName, 'QASM_UNSUPPORTED_VERSION');
    }
    lx.next();
    this.expect(Tok.Semi, 'after the OPENQASM header');
  }

  /** `include "file";` (current token is 'include'): only the dialect's library, built in. */
  protected parseInclude(): void {
    const lx = this.lx;
    lx.next();
    const line = lx.line, col = lx.col;
    if (lx.kind !== Tok.String) throw this.syntaxError(`expected a file name in quotes after include, found ${lx.describe()}`);
    const file = lx.value;
    lx.next();
    this.expect(Tok.Semi, 'after the include statement');
    const lib = this.dialect.libraryFile;
    if (file !== lib) {
      throw this.semanticError(`cannot include "${file}": only "${lib}" is known (files are not read); paste the gate definitions instead`, line, col);
    }
    for (const e of this.dialect.libraryEntries()) if (!this.gates.has(e.name)) this.gates.set(e.name, e);
  }

  /** `measure q -> c;` (current token is 'measure'), with broadcast. */
  protected parseMeasureStatement(): void {
    const line = this.lx.line, col = this.lx.col;
    this.lx.next();
    const q = this.parseQubitOperand();
    this.expect(Tok.Arrow, this.version === 2 ? 'in measure (measure q -> c;)' : 'in measure (measure q -> c; or c = measure q;)');
    const c = this.parseClbitOperand();
    this.expect(Tok.Semi, 'after the measure statement');
    this.applyMeasure(q, c, line, col);
  }

  /** `reset q;` (current token is 'reset'). */
  protected parseResetStatement(): void {
    const line = this.lx.line, col = this.lx.col;
    this.lx.next();
    const q = this.parseQubitOperand();
    this.expect(Tok.Semi, 'after the reset statement');
    this.applyReset(q, line, col);
  }

  /**
   * `barrier a, b[1], ...;` (current token is 'barrier'). OpenQASM 3 also allows `barrier;`: every
   * qubit (all registers at top level, all arguments in a gate body).
   */
  protected parseBarrierStatement(): void {
    const lx = this.lx;
    const line = lx.line, col = lx.col;
    lx.next();
    let ops: Operand[];
    if (this.version === 3 && (lx.kind as Tok) === Tok.Semi) {
      ops = this.scope.qubits ? [[...this.scope.qubits.values()]] : [...this.qregs.values()].map((r) => r.indices);
    } else {
      ops = this.parseOperandList('barrier');
    }
    this.expect(Tok.Semi, 'after the barrier statement');
    this.applyBarrier(ops, line, col);
  }

  /**
   * The rest of a gate call after its name: `(params)` (count checked against `numParams`,
   * errors at line:col), the qubit operands and ';'. OpenQASM 3 allows no operands (`gphase(θ);`).
   */
  protected parseCallTail(name: string, numParams: number, line: number, col: number): { angles: readonly number[]; operands: Operand[] } {
    const angles = this.parseParamList(`of '${name}'`);
    if (angles.length !== numParams) {
      throw this.semanticError(`gate '${name}' takes ${numParams} parameter(s) but ${angles.length} were given`, line, col);
    }
    const operands = this.version === 3 && this.lx.kind === Tok.Semi ? [] : this.parseOperandList(`'${name}'`);
    this.expect(Tok.Semi, `after the '${name}' gate call`);
    return { angles, operands };
  }

  /** Parse `( expr, ... )` if present; returns the values. */
  protected parseParamList(context: string): readonly number[] {
    if (this.lx.kind !== Tok.LParen) return NO_ANGLES;
    this.lx.next();
    const out: number[] = [];
    if ((this.lx.kind as Tok) === Tok.RParen) { this.lx.next(); return out; }
    for (;;) {
      out.push(this.parseExpr());
      if (this.accept(Tok.Comma)) continue;
      this.expect(Tok.RParen, `to close the parameter list ${context}`);
      return out;
    }
  }

  /** The circuit parsed so far. */
  protected finish(): Circuit {
    return this.top.build();
  }
}
