import { Circuit, CircuitBuilder, Op, OpCount, OpDef, makeOp } from '../../ir';
import { CMatrix, embedC, mulC } from '../../math/complexMatrix';
import { gateMatrices } from '../gates';
import { controlledMatrix } from '../gates/controlled';
import { makeStdGate } from '../gates/stdGates';
import { invertOp } from '../inverse';
import { unitaryOfOp } from '../unitaryOf';
import { makeControlled } from './controlled';

/** Parameters of a negatively controlled op: `numControls` controls active on |0⟩, then `inner`. */
export interface NegControlledParams {
  readonly inner: Op;
  readonly numControls: number;
}

/**
 * OpenQASM 3 `negctrl(k) @ g`: g applied when the k leading operands are all |0⟩. Decomposes
 * by X-conjugation: X on the controls, C^k(g), X on the controls (OpenQASM 3 spec, "Quantum
 * gate modifiers").
 */
export const NEG_CONTROLLED_DEF: OpDef<NegControlledParams> = Object.freeze({
  name: 'negctrl',
  category: 'unitary' as const,
  summary: 'g controlled on |0⟩ of k qubits (X · C^k g · X)',
  decompose: (op: Op<NegControlledParams>): Circuit => {
    const k = op.params.numControls;
    const b = CircuitBuilder.withQubits(op.numQubits);
    const x = makeStdGate('x');
    for (let i = 0; i < k; i++) b.apply(x, [i]);
    b.apply(makeControlled(op.params.inner, k), Array.from({ length: op.numQubits }, (_, i) => i));
    for (let i = 0; i < k; i++) b.apply(x, [i]);
    return b.build();
  },
  calls: (op: Op<NegControlledParams>): readonly OpCount[] => [
    { op: makeStdGate('x'), count: 2 * op.params.numControls },
    { op: makeControlled(op.params.inner, op.params.numControls), count: 1 },
  ],
  unitary: (op: Op<NegControlledParams>): CMatrix => {
    const k = op.params.numControls;
    let u = controlledMatrix(k, unitaryOfOp(op.params.inner));
    for (let i = 0; i < k; i++) {
      const xi = embedC(gateMatrices.X2, [i], op.numQubits);
      u = mulC(xi, mulC(u, xi));
    }
    return u;
  },
  inverse: (op: Op<NegControlledParams>): Op => makeNegControlled(invertOp(op.params.inner), op.params.numControls),
  examples: () => [makeNegControlled(makeStdGate('x'), 2), makeNegControlled(makeStdGate('ry', [0.9]), 1)],
});

/** negctrl(k) @ op; k = 0 gives op, and nested negative controls add up. */
export function makeNegControlled(op: Op, numControls: number): Op {
  if (!Number.isInteger(numControls) || numControls < 0) throw new Error(`makeNegControlled: invalid control count ${numControls}`);
  if (numControls === 0) return op;
  if (op.def === NEG_CONTROLLED_DEF) {
    const p = op.params as NegControlledParams;
    return makeNegControlled(p.inner, p.numControls + numControls);
  }
  return makeOp(NEG_CONTROLLED_DEF, {
    name: `n${numControls}_${op.name}`, angles: op.angles, params: { inner: op, numControls },
    numQubits: op.numQubits + numControls, paramsKey: `${numControls}|${op.key}`,
  });
}
