import { UnknownNameError } from '../../errors';
import type { Circuit, Op } from '../../ir';
import { BASIS_SETS, LeafContribution, leafContribution } from './leafClassification';

/**
 * Logical resource counts of an op or circuit, obtained without building the flattened circuit.
 * Gate counts are exact (as long as they stay below 2^53); depths are upper bounds.
 */
export interface LogicalGateCounts {
  /** Top-level width: op.numQubits or circuit.numQubits. */
  readonly logicalQubitCount: number;
  /** All leaf gates (barriers excluded). */
  readonly totalGateCount: number;
  /** Clifford gates, including CNOTs and Clifford-angle rotations. */
  readonly cliffordCount: number;
  /** CNOT (cx) gates, a subset of cliffordCount. */
  readonly cnotCount: number;
  /** Unitary leaves on exactly two qubits (cx, cz, swap, and two-qubit gates the basis keeps whole). */
  readonly twoQubitGateCount: number;
  /** T and T† gates (and π/4-angle rotations). */
  readonly tCount: number;
  /** CCX / CCZ gates kept whole by the basis. */
  readonly toffoliCount: number;
  /** Arbitrary-angle single-qubit rotations (need synthesis). */
  readonly rotationCount: number;
  readonly measurementCount: number;
  readonly resetCount: number;
  /** Leaves not recognised as any of the above (ops without callees outside the basis). */
  readonly otherCount: number;
  /** Upper bound on circuit depth: Σ count × callee depth bound (circuits: per-qubit critical path). */
  readonly depthUpperBound: number;
  /** Upper bound on T-depth (a Toffoli counts 3). */
  readonly tDepthUpperBound: number;
  /** Upper bound on the number of layers containing arbitrary rotations. */
  readonly rotationDepthUpperBound: number;
  /** Leaf gate counts by op name, sorted by name. */
  readonly byName: Readonly<Record<string, number>>;
}

// Bound once: `Math.max` is a slow global lookup inside jest's vm sandbox and runs per instruction.
const { max } = Math;

/** A leaf basis: a named set from {@link BASIS_SETS} or an explicit set of op names. */
export type Basis = string | ReadonlySet<string>;

interface Acc {
  clifford: number; cnot: number; twoQubit: number; t: number; toffoli: number; rotation: number; measurement: number; reset: number;
  other: number; total: number; depth: number; tDepth: number; rotationDepth: number;
  byName: Map<string, number>;
}

function emptyAcc(): Acc {
  return { clifford: 0, cnot: 0, twoQubit: 0, t: 0, toffoli: 0, rotation: 0, measurement: 0, reset: 0, other: 0, total: 0,
    depth: 0, tDepth: 0, rotationDepth: 0, byName: new Map() };
}

const SCALAR_FIELDS = ['clifford', 'cnot', 'twoQubit', 't', 'toffoli', 'rotation', 'measurement', 'reset', 'other', 'total',
  'depth', 'tDepth', 'rotationDepth'] as const;

function addScaled(into: Acc, from: Acc, count: number): void {
  for (const f of SCALAR_FIELDS) into[f] += count * from[f];
  for (const [k, v] of from.byName) into.byName.set(k, (into.byName.get(k) ?? 0) + count * v);
}

function leafAcc(op: Op): Acc {
  const c: LeafContribution = leafContribution(op);
  const acc = emptyAcc();
  for (const f of SCALAR_FIELDS) acc[f] = c[f];
  if (c.total > 0) acc.byName.set(op.name, 1);
  return acc;
}

/** Resolve a basis argument to a set of op names; throws {@link UnknownNameError} for unknown set names. */
export function resolveBasis(basis: Basis = 'clifford+t'): ReadonlySet<string> {
  if (typeof basis !== 'string') return basis;
  const set = BASIS_SETS[basis];
  if (!set) throw new UnknownNameError('gate basis', basis, Object.keys(BASIS_SETS));
  return set;
}

/**
 * A memoized fold over ops' declared call graphs (Qualtran's bloq counting): an op is a leaf if it is
 * in the basis or declares no callees; otherwise its counts are Σ count × counts(callee), computed once
 * per distinct op key. Cost is proportional to the number of distinct keys, not to the gate count.
 */
class CallGraphCounter {
  private readonly cache = new Map<string, Acc>();
  private readonly active = new Set<string>();
  constructor(private readonly basis: ReadonlySet<string>) {}

  /** Counts of one application of `op` (cached by op.key). */
  countOp(op: Op): Acc {
    const hit = this.cache.get(op.key);
    if (hit) return hit;
    let acc: Acc;
    if (this.basis.has(op.name) || !op.def.calls || op.def.category !== 'unitary') {
      acc = leafAcc(op);
    } else {
      if (this.active.has(op.key)) throw new Error(`call graph of '${op.key}' is cyclic`);
      this.active.add(op.key);
      acc = emptyAcc();
      for (const { op: callee, count } of op.def.calls(op)) {
        if (!(Number.isFinite(count) && count >= 0)) throw new Error(`op '${op.key}' declares an invalid call count ${count}`);
        addScaled(acc, this.countOp(callee), count);
      }
      this.active.delete(op.key);
    }
    this.cache.set(op.key, acc);
    return acc;
  }

  /**
   * Counts of a circuit: the sum over instructions; depth bounds via per-qubit critical paths where
   * each instruction occupies its qubits for its op's depth bound. Conditioned instructions are counted
   * as if always executed (an upper bound); clbits are ignored.
   */
  countCircuit(circuit: Circuit): Acc {
    const acc = emptyAcc();
    const depthAt = new Float64Array(circuit.numQubits);
    const tDepthAt = new Float64Array(circuit.numQubits);
    const rotDepthAt = new Float64Array(circuit.numQubits);
    for (const ins of circuit.instructions) {
      const c = this.countOp(ins.op);
      addScaled(acc, { ...c, depth: 0, tDepth: 0, rotationDepth: 0 }, 1);
      let d = 0, td = 0, rd = 0;
      for (const q of ins.qubits) { d = max(d, depthAt[q]); td = max(td, tDepthAt[q]); rd = max(rd, rotDepthAt[q]); }
      for (const q of ins.qubits) { depthAt[q] = d + c.depth; tDepthAt[q] = td + c.tDepth; rotDepthAt[q] = rd + c.rotationDepth; }
    }
    for (let q = 0; q < circuit.numQubits; q++) {
      acc.depth = max(acc.depth, depthAt[q]);
      acc.tDepth = max(acc.tDepth, tDepthAt[q]);
      acc.rotationDepth = max(acc.rotationDepth, rotDepthAt[q]);
    }
    return acc;
  }
}

function isCircuit(x: Op | Circuit): x is Circuit {
  return (x as Circuit).instructions !== undefined;
}

function toCounts(acc: Acc, width: number): LogicalGateCounts {
  const byName: Record<string, number> = {};
  for (const k of [...acc.byName.keys()].sort()) byName[k] = acc.byName.get(k)!;
  return Object.freeze({
    logicalQubitCount: width, totalGateCount: acc.total, cliffordCount: acc.clifford, cnotCount: acc.cnot, twoQubitGateCount: acc.twoQubit,
    tCount: acc.t, toffoliCount: acc.toffoli, rotationCount: acc.rotation, measurementCount: acc.measurement,
    resetCount: acc.reset, otherCount: acc.other, depthUpperBound: acc.depth, tDepthUpperBound: acc.tDepth,
    rotationDepthUpperBound: acc.rotationDepth, byName: Object.freeze(byName),
  });
}

/**
 * Hierarchical logical resource count of an op or circuit without flattening (memoized fold over the
 * ops' `calls`, cache keyed by op.key). `basis` names the leaf gate set ('clifford+t' by default, see
 * {@link BASIS_SETS}) or gives the op names explicitly.
 */
export function estimateLogical(target: Op | Circuit, basis: Basis = 'clifford+t'): LogicalGateCounts {
  const counter = new CallGraphCounter(resolveBasis(basis));
  if (isCircuit(target)) return toCounts(counter.countCircuit(target), target.numQubits);
  return toCounts(counter.countOp(target), target.numQubits);
}
