import { QasmSemanticError, QasmSyntaxError } from '../errors';
import type { Op } from '../ir';
import { makeBarrier, makeMeasure, makeReset } from '../ops/nonunitary';
import { Operand, RegisterParser } from './registers';

/**
 * Second layer of the OpenQASM parsers: applying parsed statements to the current scope's builder
 * under the current condition, with register broadcast (OpenQASM 2 spec §3.1: a gate on whole
 * registers of equal size applies element-wise; single qubits are repeated), distinct-operand
 * checks, and measure / reset / barrier. Nothing is built when the scope has no builder (a gate
 * body being checked before its parameters are known).
 */
export abstract class ApplyParser extends RegisterParser {
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
    if (b) this.chargeExpansion(Math.max(size, 1), size > 1 ? `'${name}' broadcast over ${size} qubits` : `'${name}'`, line, col);
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
    // An exhausted budget is about the whole expansion: report it at the outermost call, once.
    if (e.code === 'EXPANSION_BUDGET') return new QasmSemanticError(msg, line, col, this.fileName, e.code);
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

  /** Reject a gate application whose operands repeat a qubit. */
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
    if (b) this.chargeExpansion(typeof q === 'number' ? 1 : q.length, 'measure', line, col);
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

  /** `reset q` on one qubit or every qubit of a register. */
  protected applyReset(q: Operand, line: number, col: number): void {
    const b = this.scope.builder;
    if (!b) return;
    this.chargeExpansion(typeof q === 'number' ? 1 : q.length, 'reset', line, col);
    for (const x of typeof q === 'number' ? [q] : q) b.apply(makeReset(), [x], { condition: this.condition });
  }

  /** A barrier over the union of the operands (duplicates removed, order of first use). */
  protected applyBarrier(operands: readonly Operand[], line: number, col: number): void {
    const b = this.scope.builder;
    if (!b) return;
    this.chargeExpansion(operands.reduce<number>((n, o) => n + (typeof o === 'number' ? 1 : o.length), 0), 'barrier', line, col);
    const seen = new Set<number>();
    const qs: number[] = [];
    for (const o of operands) for (const x of typeof o === 'number' ? [o] : o) if (!seen.has(x)) { seen.add(x); qs.push(x); }
    if (qs.length > 0) b.apply(makeBarrier(qs.length), qs);
  }
}
