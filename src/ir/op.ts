import { createHash } from 'crypto';
import type { CMatrix } from '../math/complexMatrix';
import type { Circuit } from './circuit';

/**
 * What kind of instruction an op is. Only 'unitary' ops have unitaries and decompositions into
 * gates; the others are the non-unitary primitives of the IR.
 */
export type OpCategory = 'unitary' | 'measure' | 'reset' | 'barrier';

/**
 * Fast-path description of a (possibly controlled) gate, used by the simulator and by passes:
 * the first `numControls` operands are controls (active on |1⟩); `target` acts on the remaining
 * operands (operand order = bit order, see math/complexMatrix.ts).
 */
export interface GateSpec {
  readonly numControls: number;
  readonly target: CMatrix;
  /** Structure of `target`: diagonal, a permutation with unit-modulus entries, or general. */
  readonly structure: 'diagonal' | 'permutation' | 'general';
}

/** One callee of an op with its multiplicity ("this op calls `op` `count` times"). */
export interface OpCount {
  readonly op: Op;
  readonly count: number;
}

/**
 * Behaviour of a family of ops (Qualtran's Bloq class). Every function is pure in the op.
 * - `calls`: callees one level down, WITHOUT building the decomposition (so counts of huge ops are
 *   cheap). Must agree with `decompose` (checked for every registered op by test/ops/registry.test.ts).
 * - `decompose`: a circuit on exactly `op.numQubits` qubits (ancillas included in the op's width)
 *   and `op.numClbits` clbits.
 * - `unitary`: the op's matrix, only for small ops; `gateSpec`: the simulator's fast path.
 * - `inverse`: the inverse op, when the family knows it cheaply.
 * - `examples`: small instances for the registry test and docs.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface OpDef<P = any> {
  readonly name: string;
  readonly category: OpCategory;
  readonly summary: string;
  calls?(op: Op<P>): readonly OpCount[];
  /**
   * True when `calls` is computed from the same step list as `decompose` (so comparing the two
   * proves nothing): the registry test then requires an independent check of the family (its own
   * unitary on a small example, a closed-form count from its paper, or a semantic check against a
   * classical computation; test/ops/independentChecks.ts).
   */
  readonly callsFromDecomposition?: boolean;
  decompose?(op: Op<P>): Circuit;
  unitary?(op: Op<P>): CMatrix;
  gateSpec?(op: Op<P>): GateSpec;
  inverse?(op: Op<P>): Op;
  examples(): readonly Op<P>[];
}

/**
 * An immutable, value-equal instruction kind: two ops with equal `key` are interchangeable.
 * `name` is the display / OpenQASM name (e.g. 'rz', 'mcx'); `angles` are numeric gate
 * parameters in radians (empty when none); `params` holds structured data of the family
 * (e.g. the number of controls, a matrix).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface Op<P = any> {
  readonly def: OpDef<P>;
  readonly name: string;
  readonly angles: readonly number[];
  readonly params: P;
  readonly numQubits: number;
  readonly numClbits: number;
  /** Canonical identity: `opKey`. Use it as a cache key. */
  readonly key: string;
}

/** Fields needed to make an op; `paramsKey` canonicalizes `params` (default: JSON). */
export interface MakeOpFields<P> {
  readonly name: string;
  readonly angles?: readonly number[];
  readonly params: P;
  readonly numQubits: number;
  readonly numClbits?: number;
  readonly paramsKey?: string;
}

/** Create an op of family `def`, computing its key once. */
export function makeOp<P>(def: OpDef<P>, f: MakeOpFields<P>): Op<P> {
  const angles = Object.freeze([...(f.angles ?? [])]);
  const numClbits = f.numClbits ?? 0;
  const pk = f.paramsKey ?? (f.params === undefined ? '' : JSON.stringify(f.params));
  const key = `${def.name}:${f.name}(${angles.map(formatAngleKey).join(',')})` +
    `[${f.numQubits},${numClbits}]` + (pk ? `{${pk}}` : '');
  return Object.freeze({ def, name: f.name, angles, params: f.params, numQubits: f.numQubits, numClbits, key });
}

/** The canonical key of an op (see {@link Op.key}). */
export function opKey(op: Op): string {
  return op.key;
}

function formatAngleKey(a: number): string {
  // Normalize -0 to 0; full double precision otherwise (ops differing in the last bit differ).
  return Object.is(a, -0) ? '0' : String(a);
}

/**
 * A short content hash of numeric data, for keys of ops that carry large arrays (matrices,
 * state vectors). SHA-1 over the raw bytes; collisions are not a practical concern here.
 */
export function hashNumbers(...arrays: ReadonlyArray<ArrayLike<number>>): string {
  const h = createHash('sha1');
  for (const a of arrays) {
    const buf = a instanceof Float64Array ? a : Float64Array.from(a as ArrayLike<number>);
    h.update(new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength));
    h.update('|');
  }
  return h.digest('hex').slice(0, 16);
}
