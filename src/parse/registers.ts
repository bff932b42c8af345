import { CircuitBuilder, Condition, expansionBudget, expansionBudgetError } from '../ir';
import { QasmSemanticError } from '../errors';
import { ExprParser, QasmVersion } from './exprParser';
import { GateEntry } from './gateTable';
import { Tok } from './lexer';

/** Largest register size (qubits or bits) a declaration may have; checked before anything is allocated. */
export const MAX_REGISTER_SIZE = 2 ** 24;

/** A declared register (or a single QASM3 `qubit q;`, `scalar` true). */
export interface RegInfo {
  readonly name: string;
  readonly offset: number;
  readonly size: number;
  readonly scalar: boolean;
  readonly indices: readonly number[];
}

/** A gate operand: one qubit (global or gate-local index) or a whole register / slice. */
export type Operand = number | readonly number[];

/** Where statements go: the top-level circuit, or a gate body (instantiated, or checked dry). */
export interface Scope {
  readonly builder: CircuitBuilder | null;
  readonly params: ReadonlyMap<string, number>;
  /** Gate-body qubit names → local index; undefined at top level. */
  readonly qubits: ReadonlyMap<string, number> | undefined;
  /** Name of the gate being defined (to report recursion). */
  readonly defining: string | undefined;
  /** Hashes of the gates called (collected when checking a body). */
  readonly calleeHashes: string[] | undefined;
}

/**
 * First layer of the OpenQASM 2 and 3 parsers above expressions: the parser state (registers, the
 * gate table, compile-time values, the current scope and condition), register declarations
 * (`qreg name[n];` / `creg name[n];`, OpenQASM 2 spec §3.1) and operand resolution (`q`, `q[i]`,
 * gate arguments inside bodies; the v3 parser extends indexing with slices and sets).
 */
export abstract class RegisterParser extends ExprParser {
  protected readonly top: CircuitBuilder = new CircuitBuilder();
  protected readonly qregs = new Map<string, RegInfo>();
  protected readonly cregs = new Map<string, RegInfo>();
  protected readonly gates = new Map<string, GateEntry>();
  protected readonly values = new Map<string, number>();
  protected scope: Scope;
  protected condition: Condition | undefined;
  /** The expansion budget (gates, register elements and loop iterations this parse may produce). */
  private readonly expansionLimit: number;
  /** Work charged so far against {@link expansionLimit}. */
  private expansionUsed = 0;

  protected constructor(text: string, version: QasmVersion, fileName?: string, maxExpandedGates?: number) {
    super(text, version, fileName);
    this.scope = { builder: this.top, params: new Map(), qubits: undefined, defining: undefined, calleeHashes: undefined };
    this.expansionLimit = expansionBudget({ maxExpandedGates });
  }

  /**
   * Charge `count` units (gates to build, register elements, loop iterations) of `construct`
   * against the expansion budget BEFORE doing the work; over budget → QasmSemanticError
   * EXPANSION_BUDGET at line:col naming the construct, the count and the flag. `projected` is
   * work known to follow (checked now, charged when it happens).
   */
  /** Expansion units charged so far (to measure what one loop iteration costs). */
  protected get expansionCharged(): number {
    return this.expansionUsed;
  }

  protected chargeExpansion(count: number, construct: string, line: number, col: number, projected = 0): void {
    if (count + projected <= this.expansionLimit - this.expansionUsed) { this.expansionUsed += count; return; }
    const e = expansionBudgetError(construct, this.expansionUsed + count + projected, this.expansionLimit);
    throw new QasmSemanticError(e.message, line, col, this.fileName, 'EXPANSION_BUDGET');
  }

  protected override lookupValue(name: string): number | undefined {
    const p = this.scope.params.get(name);
    if (p !== undefined) return p;
    return this.values.get(name);
  }

  protected get inBody(): boolean {
    return this.scope.qubits !== undefined;
  }

  /** Declare a register; `quantum` selects qreg vs creg. */
  protected declareRegister(name: string, size: number, quantum: boolean, scalar: boolean, line: number, col: number): void {
    if (this.qregs.has(name) || this.cregs.has(name) || this.gates.has(name) || this.values.has(name)) {
      throw this.semanticError(`redefinition of '${name}': the name is already declared; choose another name`, line, col);
    }
    if (!(size > 0) && !scalar) throw this.semanticError(`register '${name}' must have a positive size, got ${size}`, line, col);
    if (size > MAX_REGISTER_SIZE) {
      throw this.semanticError(`register '${name}' of size ${size} exceeds the limit of ${MAX_REGISTER_SIZE} (2^24) qubits/bits per register; declare a smaller register`, line, col);
    }
    this.chargeExpansion(size, `register '${name}[${size}]' (with the registers declared before it)`, line, col);
    const reg = quantum ? this.top.addQreg(name, size) : this.top.addCreg(name, size);
    const info: RegInfo = { name, offset: reg.offset, size, scalar, indices: Object.freeze(Array.from({ length: size }, (_, i) => reg.offset + i)) };
    (quantum ? this.qregs : this.cregs).set(name, info);
  }

  /**
   * `qreg name[n];` / `creg name[n];` (current token is the keyword). The size is required in
   * OpenQASM 2; in OpenQASM 3 `qreg name;` declares a single qubit (bit).
   */
  protected parseRegisterDeclaration(quantum: boolean): void {
    const lx = this.lx;
    const kw = quantum ? 'qreg' : 'creg';
    const line = lx.line, col = lx.col;
    lx.next();
    const name = this.expectIdent(`as the ${kw} name`);
    let size = 1, scalar = true;
    if (this.version === 2 || (lx.kind as Tok) === Tok.LBracket) {
      this.expect(Tok.LBracket, `after the register name in ${kw}`);
      size = this.parseIntExpr('register size');
      scalar = false;
      this.expect(Tok.RBracket, 'to close the register size');
    }
    this.expect(Tok.Semi, `after the ${kw} declaration`);
    this.declareRegister(name, size, quantum, scalar, line, col);
  }

  /**
   * Parse a qubit operand: `name` or `name[index]` (top level), or a gate-argument name (body).
   * Indexing goes through {@link parseIndexInto}, which the v3 parser extends with slices.
   */
  protected parseQubitOperand(): Operand {
    const line = this.lx.line, col = this.lx.col;
    const name = this.expectIdent('as a qubit operand');
    if (this.scope.qubits) {
      const q = this.scope.qubits.get(name);
      if (q === undefined) {
        throw this.semanticError(`'${name}' is not a qubit argument of this gate; gate bodies may only use their own qubit arguments`, line, col);
      }
      if (this.lx.kind === Tok.LBracket) throw this.syntaxError(`gate arguments are single qubits: '${name}' cannot be indexed inside a gate body`);
      return q;
    }
    const reg = this.qregs.get(name);
    if (!reg) {
      if (this.cregs.has(name)) throw this.semanticError(`'${name}' is a classical register; expected a quantum register here`, line, col);
      throw this.semanticError(`unknown quantum register '${name}'; declare it first (qreg ${name}[n];)`, line, col);
    }
    return this.parseIndexInto(reg);
  }

  /** `a, b[1], ...`: one or more qubit operands of `context` (a gate call or barrier). */
  protected parseOperandList(context: string): Operand[] {
    if (this.lx.kind !== Tok.Ident) throw this.syntaxError(`expected a qubit operand for ${context}, found ${this.lx.describe()}`);
    const out: Operand[] = [this.parseQubitOperand()];
    while (this.accept(Tok.Comma)) out.push(this.parseQubitOperand());
    return out;
  }

  /** Parse a classical bit operand `c` or `c[i]` (global clbit indices). */
  protected parseClbitOperand(): Operand {
    const line = this.lx.line, col = this.lx.col;
    const name = this.expectIdent('as a classical bit operand');
    const reg = this.cregs.get(name);
    if (!reg) {
      if (this.qregs.has(name)) throw this.semanticError(`'${name}' is a quantum register; expected a classical register here`, line, col);
      throw this.semanticError(`unknown classical register '${name}'; declare it first (creg ${name}[n];)`, line, col);
    }
    return this.parseIndexInto(reg);
  }

  /** After a register name: optional `[index]` (v3 parsers override to add slices). */
  protected parseIndexInto(reg: RegInfo): Operand {
    if (this.lx.kind !== Tok.LBracket) return reg.scalar ? reg.offset : reg.indices;
    this.lx.next();
    const line = this.lx.line, col = this.lx.col;
    const i = this.parseIntExpr('index');
    this.expect(Tok.RBracket, 'to close the index');
    return this.indexReg(reg, i, line, col);
  }

  /** Global index of element `i` of `reg` (negative indices count from the end in v3). */
  protected indexReg(reg: RegInfo, i: number, line: number, col: number): number {
    if (reg.scalar) throw this.semanticError(`'${reg.name}' is a single bit/qubit and cannot be indexed`, line, col);
    const idx = i < 0 && this.version === 3 ? reg.size + i : i;
    if (!(idx >= 0 && idx < reg.size)) {
      throw this.semanticError(`index ${i} out of range for register '${reg.name}' of size ${reg.size} (valid: 0..${reg.size - 1})`, line, col);
    }
    return reg.offset + idx;
  }
}
