/**
 * Projector-controlled phase e^{iφ(2Π−I)} with Π = |0…0⟩⟨0…0| on the block-encoding ancillas,
 * the signal-processing step of QSVT (Gilyén, Su, Low, Wiebe, STOC 2019, Fig. 1 / Lemma 19).
 *
 * Circuit: X on the ancillas, C^a X from the ancillas onto a flag qubit (so flag = 1 exactly on Π),
 * X on the ancillas, Rz(2φ) on the flag (e^{−iφZ}: e^{+iφ} on Π, e^{−iφ} off Π), then uncompute.
 * The flag starts and ends in |0⟩.
 *
 * Signed variant (for the "real part" linear combination, GSLW Cor. 18): a further qubit r selects
 * the sign, e^{iφ(2Π−I)} when r = 0 and e^{−iφ(2Π−I)} when r = 1, by replacing Rz(2φ) with
 * CX(r→flag)·Rz(2φ)·CX(r→flag) = e^{−iφ Z_flag Z_r}. One rotation either way.
 *
 * The C^a X is the clean-ancilla Toffoli ladder of ops/arith/mcxClean.ts (2a − 3 Toffolis on
 * a − 2 work qubits, |0⟩ in and out) — the ancilla-free Barenco construction would grow as 3^a,
 * which is prohibitive for the ~10–70 ancillas of sparse-access block encodings.
 *
 * Operands: ancillas 0..a−1, flag a, (signed) sign qubit a+1, then max(0, a−2) work qubits. On
 * flag = work = 0 the op is diag(e^{iφ(2Π−I)}) (times e^{∓…} by the sign qubit); the decomposition
 * is checked against the matrix below on the whole space by the registry test.
 */
import { Circuit, Op, OpCount, OpDef, OpStep, callsOfSteps, circuitOfSteps, indexRange, makeOp } from '../../ir';
import type { CMatrix } from '../../math/complexMatrix';
import { evalReversibleCircuit } from '../arith/reversible';
import { makeMcxClean, mcxCleanAncillaCount } from '../arith/mcxClean';
import { makeStdGate } from '../gates/stdGates';

/** Parameters of a projector-controlled phase: ancilla count and whether the sign qubit is present. */
export interface ProjectorPhaseParams {
  readonly numAncillas: number;
  readonly signed: boolean;
}


function steps(op: Op<ProjectorPhaseParams>): OpStep[] {
  const a = op.params.numAncillas;
  const anc = indexRange(0, a);
  const flag = a;
  const work = Array.from({ length: mcxCleanAncillaCount(a) }, (_, i) => a + 1 + (op.params.signed ? 1 : 0) + i);
  const x = makeStdGate('x');
  const mark: OpStep[] = [...anc.map((q) => [x, [q]] as OpStep), [makeMcxClean(a), [...anc, flag, ...work]], ...anc.map((q) => [x, [q]] as OpStep)];
  const rz: OpStep = [makeStdGate('rz', [2 * op.angles[0]]), [flag]];
  const middle: OpStep[] = op.params.signed
    ? [[makeStdGate('cx'), [a + 1, flag]], rz, [makeStdGate('cx'), [a + 1, flag]]]
    : [rz];
  return [...mark, ...middle, ...mark];
}

/**
 * The op's matrix. The marking C^aX (with X conjugation) flips the flag by a Boolean h of the
 * ancilla and work bits and leaves them unchanged, so the op is diagonal with phase
 * e^{−iφ·(−1)^{flag ⊕ h}·(−1)^{r}}; h = [anc = 0] on work = 0 (the relevant subspace), and on
 * other work states h is read off the mcx_clean permutation (itself registry-checked).
 */
function unitaryOf(op: Op<ProjectorPhaseParams>): CMatrix {
  const a = op.params.numAncillas;
  const signedBits = op.params.signed ? 1 : 0;
  const numWork = mcxCleanAncillaCount(a);
  const dim = 2 ** op.numQubits;
  const re = new Float64Array(dim * dim), im = new Float64Array(dim * dim);
  const ancMask = (1 << a) - 1;
  const workShift = a + 1 + signedBits;
  const mcx = makeMcxClean(a);
  const net = numWork > 0 ? mcx.def.decompose!(mcx) : undefined;
  const phi = op.angles[0];
  for (let i = 0; i < dim; i++) {
    const anc = i & ancMask, work = i >> workShift;
    let h: number;
    if (work === 0 || !net) {
      h = anc === 0 ? 1 : 0;
    } else {
      // mcx_clean operands: controls (¬anc), target (flag = 0 here), work.
      const x = ((~anc) & ancMask) | (work << (a + 1));
      h = (evalReversibleCircuit(net, x) >> a) & 1;
    }
    const flag = ((i >> a) & 1) ^ h;
    let sign = flag ? -1 : 1;
    if (op.params.signed && ((i >> (a + 1)) & 1)) sign = -sign;
    re[i * dim + i] = Math.cos(-phi * sign);
    im[i * dim + i] = Math.sin(-phi * sign);
  }
  return { dim, re, im };
}

function decompose(op: Op<ProjectorPhaseParams>): Circuit {
  return circuitOfSteps(op.numQubits, steps(op));
}

/** Family of projector-controlled phases (see file comment). */
export const PROJECTOR_PHASE_DEF: OpDef<ProjectorPhaseParams> = Object.freeze({
  name: 'qsvt_phase',
  category: 'unitary' as const,
  summary: 'projector-controlled phase e^{iφ(2Π−I)} via C^aX onto a flag, Rz(2φ), uncompute (GSLW 2019 Lemma 19)',
  unitary: unitaryOf,
  decompose,
  callsFromDecomposition: true,
  calls: (op: Op<ProjectorPhaseParams>): readonly OpCount[] => callsOfSteps(steps(op)),
  inverse: (op: Op<ProjectorPhaseParams>) => makeProjectorPhase(op.params.numAncillas, -op.angles[0], op.params.signed),
  examples: () => [makeProjectorPhase(1, 0.37, false), makeProjectorPhase(2, -1.1, true), makeProjectorPhase(3, 0.8, true)],
});

/** e^{iφ(2Π−I)} on `numAncillas` ancillas + flag (+ sign qubit when `signed`) + work qubits; φ in radians. */
export function makeProjectorPhase(numAncillas: number, phiRad: number, signed: boolean): Op<ProjectorPhaseParams> {
  if (!Number.isInteger(numAncillas) || numAncillas < 1) throw new Error(`projector phase needs ≥ 1 ancilla, got ${numAncillas}`);
  return makeOp(PROJECTOR_PHASE_DEF, {
    name: 'qsvt_phase', angles: [phiRad], params: { numAncillas, signed },
    numQubits: numAncillas + 1 + (signed ? 1 : 0) + mcxCleanAncillaCount(numAncillas), paramsKey: `${numAncillas},${signed ? 1 : 0}`,
  });
}
