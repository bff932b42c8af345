import { Circuit, Op, OpDef, makeOp } from '../../ir';
import { CMatrix } from '../../math/complexMatrix';

/**
 * Global phase e^{iθ} as a zero-qubit op (OpenQASM 3 `gphase(θ)`). Mostly useful under
 * modifiers: ctrl @ gphase(θ) is a phase gate on the control. Decomposes to an empty circuit
 * whose global phase is θ.
 */
export const GPHASE_DEF: OpDef<undefined> = Object.freeze({
  name: 'gphase',
  category: 'unitary' as const,
  summary: 'global phase e^{iθ} (OpenQASM 3 gphase)',
  unitary: (op: Op<undefined>): CMatrix => ({ dim: 1, re: Float64Array.of(Math.cos(op.angles[0])), im: Float64Array.of(Math.sin(op.angles[0])) }),
  decompose: (op: Op<undefined>): Circuit => Object.freeze({
    numQubits: 0, numClbits: 0, qregs: [], cregs: [], instructions: [], globalPhaseRad: op.angles[0],
  }),
  calls: () => [],
  inverse: (op: Op<undefined>) => makeGphase(-op.angles[0]),
  examples: () => [makeGphase(0.7)],
});

/** The global-phase op e^{i·phaseRad}. */
export function makeGphase(phaseRad: number): Op<undefined> {
  return makeOp(GPHASE_DEF, { name: 'gphase', angles: [phaseRad], params: undefined, numQubits: 0 });
}
