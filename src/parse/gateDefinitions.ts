import { createHash } from 'crypto';
import { QasmSemanticError } from '../errors';
import { Circuit, CircuitBuilder, Op } from '../ir';
import { GateDefinition, makeDefinedGate } from '../ops/modifiers/definedGate';
import { makeOpaqueGate } from '../ops/modifiers/opaqueGate';
import { ApplyParser } from './apply';
import { GateEntry } from './gateTable';
import { LexState, Lexer, Tok } from './lexer';

/**
 * Third layer of the OpenQASM parsers: the gate table. `gate` definitions are checked once when
 * defined (parameters unbound, nothing built) and instantiated by re-parsing the body with the
 * parameters bound, memoized per angle tuple; `opaque` declarations make body-less gates; gate
 * lookups report recursion, use before definition and a missing include. The statements of a
 * body are version specific ({@link parseBodyStatement}).
 */
export abstract class GateDefinitionParser extends ApplyParser {
  /** Parse one statement of a gate body (version specific). */
  protected abstract parseBodyStatement(): void;

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
    const defLine = this.laterDefinitionLine(name);
    if (defLine !== undefined) {
      throw this.semanticError(`gate '${name}' is used before its definition (line ${defLine}); move the definition above this use`, line, col);
    }
    const lib = this.version === 2 ? 'include "qelib1.inc"' : 'include "stdgates.inc"';
    throw new QasmSemanticError(`unknown gate '${name}': define it with 'gate ${name} ... { ... }' or add ${lib} if it is a library gate`, line, col, this.fileName, 'UNKNOWN_GATE');
  }

  /**
   * Line of a `gate name` / `opaque name` definition anywhere in the text, or undefined: a token
   * scan (no regular expression built from the name, so any name length is safe), used only to
   * explain an unknown gate. Stops quietly at text the lexer rejects.
   */
  private laterDefinitionLine(name: string): number | undefined {
    try {
      const lx = new Lexer(this.text, this.fileName);
      let prevKeyword = false;
      while (lx.kind !== Tok.EOF) {
        if (lx.kind === Tok.Ident) {
          const v = lx.value;
          if (prevKeyword && v === name) return lx.line;
          prevKeyword = v === 'gate' || v === 'opaque';
        } else {
          prevKeyword = false;
        }
        lx.next();
      }
    } catch {
      // a lexical error later in the file: no definition found before it
    }
    return undefined;
  }

  /** `name[(params)] qubits` after 'gate' / 'opaque' (current token is the keyword). */
  private parseGateSignature(keyword: 'gate' | 'opaque'): { name: string; params: string[]; qubits: string[]; line: number; col: number } {
    this.lx.next();
    const line = this.lx.line, col = this.lx.col;
    const name = this.expectIdent(`as the gate name after '${keyword}'`);
    if (keyword === 'gate') this.checkNewGateName(name, line, col);
    let params: string[] = [];
    if (this.accept(Tok.LParen) && !this.accept(Tok.RParen)) {
      params = this.parseIdentList('as a parameter name');
      this.expect(Tok.RParen, `to close the parameter list of the ${keyword === 'gate' ? 'gate definition' : 'opaque declaration'}`);
    }
    const qubits = this.parseIdentList(`as a qubit argument name of the ${keyword === 'gate' ? 'gate' : 'opaque gate'}`);
    return { name, params, qubits, line, col };
  }

  /** `gate name[(params)] qubits { body }` (current token is 'gate'). */
  protected parseGateDefinition(): void {
    const { name, params, qubits, line, col } = this.parseGateSignature('gate');
    this.parseGateBody(name, params, qubits, line, col);
  }

  /** `opaque name[(params)] qubits;` (current token is 'opaque'): a gate without a body. */
  protected parseOpaqueDeclaration(): void {
    const { name, params, qubits, line, col } = this.parseGateSignature('opaque');
    this.expect(Tok.Semi, 'after the opaque declaration');
    const hash = createHash('sha1').update(`opaque ${name}(${params.length})${qubits.length}@${this.fileName ?? ''}`).digest('hex').slice(0, 16);
    const definition = { name, numParams: params.length, numQubits: qubits.length, hash };
    this.defineGate({ name, numParams: params.length, numQubits: qubits.length, kind: 'opaque', hash, make: (a) => makeOpaqueGate(definition, a) }, line, col);
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
    // Instantiating a body instantiates the gates it calls: bound the depth of that recursion.
    this.enterNesting('gate definition');
    try {
      while (this.lx.kind !== Tok.RBrace) this.parseBodyStatement();
    } finally {
      this.leaveNesting();
      this.lx = saved.lx;
      this.scope = saved.scope;
      this.condition = saved.condition;
      this.lenient = saved.lenient;
    }
    return builder.build();
  }

  /** Parse `id, id, ...` (at least one). */
  protected parseIdentList(context: string): string[] {
    const out = [this.expectIdent(context)];
    while (this.accept(Tok.Comma)) out.push(this.expectIdent(context));
    return out;
  }
}
