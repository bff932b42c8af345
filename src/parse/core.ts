import { createHash } from 'crypto';
import { QasmSemanticError, QasmSyntaxError } from '../errors';
import { Circuit, CircuitBuilder, Condition, Op } from '../ir';
import { makeBarrier, makeMeasure, makeReset } from '../ops/nonunitary';
import { GateDefinition, makeDefinedGate } from '../ops/modifiers/definedGate';
import { makeOpaqueGate } from '../ops/modifiers/opaqueGate';
import { ExprParser, QasmVersion } from './exprParser';
import { GateEntry } from './gateTable';
import { LexState, Lexer, Tok } from './lexer';

const NO_ANGLES: readonly number[] = Object.freeze([]);

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
 * State and statement pieces shared by the OpenQASM 2 and 3 parsers: registers, the gate table,
 * operand resolution with register broadcast (OpenQASM 2 spec §3.1), gate definitions (checked
 * once when defined; instantiated by re-parsing the body with the parameters bound, memoized per
 * angle tuple), measure/reset/barrier, and conditions.
 */
export abstract class ParserCore extends ExprParser {
  protected readonly top: CircuitBuilder = new CircuitBuilder();
  protected readonly qregs = new Map<string, RegInfo>();
  protected readonly cregs = new Map<string, RegInfo>();
  protected readonly gates = new Map<string, GateEntry>();
  protected readonly values = new Map<string, number>();
  protected scope: Scope;
  protected condition: Condition | undefined;

  protected constructor(text: string, version: QasmVersion, fileName?: string) {
    super(text, version, fileName);
    this.scope = { builder: this.top, params: new Map(), qubits: undefined, defining: undefined, calleeHashes: undefined };
  }

  /** Parse one statement of a gate body (version specific). */
  protected abstract parseBodyStatement(): void;

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
    const reg = quantum ? this.top.addQreg(name, size) : this.top.addCreg(name, size);
    const info: RegInfo = { name, offset: reg.offset, size, scalar, indices: Object.freeze(Array.from({ length: size }, (_, i) => reg.offset + i)) };
    (quantum ? this.qregs : this.cregs).set(name, info);
  }

  /** Add a gate to the table, rejecting redefinitions. */
  protected defineGate(entry: GateEntry, line: number, col: number): void {
    this.checkNewGateName(entry.name, line, col);
    this.gates.set(entry.name, entry);
  }

  /** Reject a gate name that is already a gate or register. */
  protected checkNewGateName(name: string, line: number, col: number): void {
    const prev = this.gates.get(name);
    if (prev && !prev.overridable) {
      const where = prev.kind === 'std' ? ' (it is a library gate from the included file)' : prev.kind === 'builtin' ? ' (it is a built-in gate)' : '';
      throw this.semanticError(`redefinition of gate '${name}'${where}; rename the new gate`, line, col);
    }
    if (this.qregs.has(name) || this.cregs.has(name)) {
      throw this.semanticError(`redefinition of '${name}': a register has this name; rename the gate`, line, col);
    }
  }

  /** Look up a gate by name with helpful errors (recursion, use before definition, missing include). */
  protected lookupGate(name: string, line: number, col: number): GateEntry {
    const g = this.gates.get(name);
    if (g) {
      if (this.scope.calleeHashes) this.scope.calleeHashes.push(g.hash);
      return g;
    }
    if (this.scope.defining === name) {
      throw this.semanticError(`recursive gate: '${name}' calls itself in its own body; gates cannot be recursive`, line, col);
    }
    const later = new RegExp(`(^|[;}\\s])(gate|opaque)\\s+${name.replace(/[^\w]/g, '')}[\\s(]`, 'm').exec(this.text);
    if (later) {
      const defLine = this.text.slice(0, later.index + later[1].length).split('\n').length;
      throw this.semanticError(`gate '${name}' is used before its definition (line ${defLine}); move the definition above this use`, line, col);
    }
    const lib = this.version === 2 ? 'include "qelib1.inc"' : 'include "stdgates.inc"';
    throw new QasmSemanticError(`unknown gate '${name}': define it with 'gate ${name} ... { ... }' or add ${lib} if it is a library gate`, line, col, this.fileName, 'UNKNOWN_GATE');
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

  protected indexReg(reg: RegInfo, i: number, line: number, col: number): number {
    if (reg.scalar) throw this.semanticError(`'${reg.name}' is a single bit/qubit and cannot be indexed`, line, col);
    const idx = i < 0 && this.version === 3 ? reg.size + i : i;
    if (!(idx >= 0 && idx < reg.size)) {
      throw this.semanticError(`index ${i} out of range for register '${reg.name}' of size ${reg.size} (valid: 0..${reg.size - 1})`, line, col);
    }
    return reg.offset + idx;
  }

  /**
   * Apply a gate of width `arity` to `operands` with broadcast (all register operands must have
   * the same size; single qubits are repeated). `makeOp` is called only when not dry-checking.
   */
  protected applyGate(name: string, arity: number, makeOp: () => Op, operands: readonly Operand[], line: number, col: number): void {
    if (operands.length !== arity) {
      throw this.semanticError(`gate '${name}' acts on ${arity} qubit(s) but ${operands.length} operand(s) were given`, line, col);
    }
    const size = this.broadcastSize(operands, name, line, col);
    const b = this.scope.builder;
    let op: Op | undefined;
    if (b) {
      try { op = makeOp(); } catch (e) { throw this.withCallSite(e, name, line, col); }
    }
    if (size < 0) {
      this.checkDistinct(operands as readonly number[], name, line, col);
      if (b) b.apply(op!, operands as readonly number[], this.condition ? { condition: this.condition } : undefined);
      return;
    }
    const qs = new Array<number>(arity);
    for (let i = 0; i < size; i++) {
      for (let j = 0; j < arity; j++) { const o = operands[j]; qs[j] = typeof o === 'number' ? o : o[i]; }
      this.checkDistinct(qs, name, line, col);
      if (b) b.apply(op!, qs, this.condition ? { condition: this.condition } : undefined);
    }
  }

  /** Add "while expanding 'g' used at l:c" to an error raised inside a gate body. */
  private withCallSite(e: unknown, name: string, line: number, col: number): unknown {
    if (!(e instanceof QasmSyntaxError) || (e.line === line && e.column === col)) return e;
    const prefix = `${this.fileName ? this.fileName + ':' : ''}${e.line}:${e.column}: `;
    const msg = e.message.startsWith(prefix) ? e.message.slice(prefix.length) : e.message;
    return new QasmSemanticError(`${msg} (while expanding '${name}' used at ${line}:${col})`, e.line, e.column, this.fileName, e.code);
  }

  /** −1 when all operands are single; else the common register size (or an error). */
  protected broadcastSize(operands: readonly Operand[], name: string, line: number, col: number): number {
    let size = -1;
    for (const o of operands) {
      if (typeof o === 'number') continue;
      if (size < 0) size = o.length;
      else if (o.length !== size) {
        throw this.semanticError(`register size mismatch in '${name}': registers of sizes ${size} and ${o.length} cannot be broadcast together; use equal sizes or index single qubits`, line, col);
      }
    }
    return size;
  }

  protected checkDistinct(qs: readonly number[], name: string, line: number, col: number): void {
    for (let i = 1; i < qs.length; i++) {
      for (let j = 0; j < i; j++) {
        if (qs[i] === qs[j]) {
          throw this.semanticError(`duplicate qubit operands in '${name}': operands ${j + 1} and ${i + 1} are the same qubit; a gate needs distinct qubits`, line, col);
        }
      }
    }
  }

  /** `measure a -> b` (or `b = measure a` in v3), with broadcast. */
  protected applyMeasure(q: Operand, c: Operand, line: number, col: number): void {
    const b = this.scope.builder;
    if (typeof q === 'number' || typeof c === 'number') {
      if (typeof q !== typeof c) throw this.semanticError('measure: both sides must be single bits or both whole registers', line, col);
      b?.apply(makeMeasure(), [q as number], { clbits: [c as number], condition: this.condition });
      return;
    }
    if (q.length !== c.length) {
      throw this.semanticError(`measure: quantum register of size ${q.length} and classical register of size ${c.length} differ; use equal sizes`, line, col);
    }
    for (let i = 0; i < q.length; i++) b?.apply(makeMeasure(), [q[i]], { clbits: [c[i]], condition: this.condition });
  }

  protected applyReset(q: Operand): void {
    const b = this.scope.builder;
    if (!b) return;
    for (const x of typeof q === 'number' ? [q] : q) b.apply(makeReset(), [x], { condition: this.condition });
  }

  /** A barrier over the union of the operands (duplicates removed, order of first use). */
  protected applyBarrier(operands: readonly Operand[]): void {
    const b = this.scope.builder;
    if (!b) return;
    const seen = new Set<number>();
    const qs: number[] = [];
    for (const o of operands) for (const x of typeof o === 'number' ? [o] : o) if (!seen.has(x)) { seen.add(x); qs.push(x); }
    if (qs.length > 0) b.apply(makeBarrier(qs.length), qs);
  }

  /**
   * Read a gate body `{ ... }` (current token is '{'), checking it without parameter values,
   * and register the gate. Its instances re-parse the body with the angles bound.
   */
  protected parseGateBody(name: string, paramNames: readonly string[], qubitNames: readonly string[], line: number, col: number): void {
    const qubitMap = new Map<string, number>();
    qubitNames.forEach((q, i) => {
      if (qubitMap.has(q)) throw this.semanticError(`gate '${name}': qubit argument '${q}' is listed twice`, line, col);
      qubitMap.set(q, i);
    });
    const seenParams = new Set<string>();
    for (const p of paramNames) {
      if (seenParams.has(p)) throw this.semanticError(`gate '${name}': parameter '${p}' is listed twice`, line, col);
      seenParams.add(p);
    }
    this.expect(Tok.LBrace, `to start the body of gate '${name}'`);
    const bodyStart = this.lx.save();
    const callees: string[] = [];
    const outer = this.scope;
    const wasLenient = this.lenient;
    this.scope = { builder: null, params: new Map(paramNames.map((p) => [p, NaN])), qubits: qubitMap, defining: name, calleeHashes: callees };
    this.lenient = true;
    try {
      while (this.lx.kind !== Tok.RBrace) {
        if (this.lx.kind === Tok.EOF) throw this.syntaxError(`expected '}' to close the body of gate '${name}', found end of file`);
        this.parseBodyStatement();
      }
    } finally {
      this.scope = outer;
      this.lenient = wasLenient;
    }
    const bodyEnd = this.lx.start;
    this.lx.next();
    const hash = this.hashBody(name, paramNames, qubitNames, bodyStart, bodyEnd, callees);
    const definition: GateDefinition = {
      name, paramNames: Object.freeze([...paramNames]), qubitNames: Object.freeze([...qubitNames]), hash,
      instantiate: (angles) => this.instantiateBody(name, paramNames, qubitMap, bodyStart, angles),
    };
    const memo = new Map<string, Op>();
    this.defineGate({
      name, numParams: paramNames.length, numQubits: qubitNames.length, kind: 'defined', hash,
      make: (angles) => {
        const k = angles.join(',');
        let op = memo.get(k);
        if (!op) { op = makeDefinedGate(definition, angles); memo.set(k, op); }
        return op;
      },
    }, line, col);
  }

  private hashBody(name: string, params: readonly string[], qubits: readonly string[], start: LexState, end: number, callees: readonly string[]): string {
    const h = createHash('sha1');
    h.update(`${name}(${params.join(',')})${qubits.join(',')}{`);
    const lx = new Lexer(this.text, this.fileName);
    lx.restore(start);
    while (lx.kind !== Tok.EOF && lx.start < end) { h.update(this.text.slice(lx.start, lx.end)); h.update(' '); lx.next(); }
    h.update(`}${callees.join(',')}`);
    return h.digest('hex').slice(0, 16);
  }

  private instantiateBody(name: string, paramNames: readonly string[], qubitMap: ReadonlyMap<string, number>, start: LexState, angles: readonly number[]): Circuit {
    const saved = { lx: this.lx, scope: this.scope, condition: this.condition, lenient: this.lenient };
    const builder = CircuitBuilder.withQubits(qubitMap.size);
    this.lx = new Lexer(this.text, this.fileName);
    this.lx.restore(start);
    this.scope = { builder, params: new Map(paramNames.map((p, i) => [p, angles[i]])), qubits: qubitMap, defining: name, calleeHashes: undefined };
    this.condition = undefined;
    this.lenient = false;
    try {
      while (this.lx.kind !== Tok.RBrace) this.parseBodyStatement();
    } finally {
      this.lx = saved.lx;
      this.scope = saved.scope;
      this.condition = saved.condition;
      this.lenient = saved.lenient;
    }
    return builder.build();
  }

  /** `gate name[(params)] qubits { body }` (current token is 'gate'). */
  protected parseGateDefinition(): void {
    this.lx.next();
    const line = this.lx.line, col = this.lx.col;
    const name = this.expectIdent("as the gate name after 'gate'");
    this.checkNewGateName(name, line, col);
    let params: string[] = [];
    if (this.accept(Tok.LParen) && !this.accept(Tok.RParen)) {
      params = this.parseIdentList('as a parameter name');
      this.expect(Tok.RParen, 'to close the parameter list of the gate definition');
    }
    const qubits = this.parseIdentList('as a qubit argument name of the gate');
    this.parseGateBody(name, params, qubits, line, col);
  }

  /** `opaque name[(params)] qubits;` (current token is 'opaque'): a gate without a body. */
  protected parseOpaqueDeclaration(): void {
    this.lx.next();
    const line = this.lx.line, col = this.lx.col;
    const name = this.expectIdent("as the gate name after 'opaque'");
    let params: string[] = [];
    if (this.accept(Tok.LParen) && !this.accept(Tok.RParen)) {
      params = this.parseIdentList('as a parameter name');
      this.expect(Tok.RParen, 'to close the parameter list of the opaque declaration');
    }
    const qubits = this.parseIdentList('as a qubit argument name of the opaque gate');
    this.expect(Tok.Semi, 'after the opaque declaration');
    const hash = createHash('sha1').update(`opaque ${name}(${params.length})${qubits.length}@${this.fileName ?? ''}`).digest('hex').slice(0, 16);
    const definition = { name, numParams: params.length, numQubits: qubits.length, hash };
    this.defineGate({ name, numParams: params.length, numQubits: qubits.length, kind: 'opaque', hash, make: (a) => makeOpaqueGate(definition, a) }, line, col);
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

  /** Parse `id, id, ...` (at least one). */
  protected parseIdentList(context: string): string[] {
    const out = [this.expectIdent(context)];
    while (this.accept(Tok.Comma)) out.push(this.expectIdent(context));
    return out;
  }

  /** The circuit parsed so far. */
  protected finish(): Circuit {
    return this.top.build();
  }
}
