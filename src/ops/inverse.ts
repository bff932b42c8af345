import { Circuit, Op, OpDef, accumulateCalls, inverseCircuit, makeOp } from '../ir';
import { adjointC } from '../math/complexMatrix';
import { controlledMatrix } from './gates/controlled';
import { makeMcx } from './gates/multiControlled';
import { unitaryOfOp } from './unitaryOf';

/** Parameters of the generic inverse wrapper: the op being inverted. */
export interface InverseParams {
  readonly inner: Op;
}

/**
 * Generic inverse (adjoint) of any unitary op whose family has no cheap `inverse`: decomposes to
 * the reversed, inverted decomposition of the inner op, and calls the inverses of its callees.
 */
export const INVERSE_DEF: OpDef<InverseParams> = Object.freeze({
  name: 'inv',
  category: 'unitary' as const,
  summary: 'adjoint of an op (reversed, inverted decomposition)',
  decompose: (op: Op<InverseParams>): Circuit => {
    const inner = op.params.inner;
    if (!inner.def.decompose) throw new Error(`inverse of '${inner.name}': inner op has no decomposition`);
    return inverseCircuit(inner.def.decompose(inner), invertOp);
  },
  calls: (op: Op<InverseParams>) => {
    const inner = op.params.inner;
    const calls = inner.def.calls ? inner.def.calls(inner) : [];
    return accumulateCalls(calls.map((c) => ({ op: invertOp(c.op), count: c.count })));
  },
  unitary: (op: Op<InverseParams>) => {
    const inner = op.params.inner;
    if (inner.def.unitary) return adjointC(inner.def.unitary(inner));
    if (inner.def.gateSpec) { const g = inner.def.gateSpec(inner); return adjointC(controlledMatrix(g.numControls, g.target)); }
    return adjointC(unitaryOfOp(inner));
  },
  inverse: (op: Op<InverseParams>) => op.params.inner,
  examples: () => [wrapInverse(makeMcx(3))],
});

/** The inverse of `op`: the family's own inverse when it has one, else the generic wrapper. */
export function invertOp(op: Op): Op {
  if (op.def.inverse) return op.def.inverse(op);
  return wrapInverse(op);
}

/** The generic inverse wrapper around `op` (even when the family knows its inverse). */
export function wrapInverse(op: Op): Op {
  return makeOp(INVERSE_DEF, { name: `${op.name}_dg`, params: { inner: op }, numQubits: op.numQubits, paramsKey: op.key });
}
