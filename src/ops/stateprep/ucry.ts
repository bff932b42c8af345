import { QnError } from '../../errors';
import { Circuit, Op, OpCount, OpDef, OpStep, callsOfSteps, circuitOfSteps, hashNumbers, makeOp } from '../../ir';
import { CMatrix, zerosC } from '../../math/complexMatrix';
import { makeStdGate } from '../gates/stdGates';
import { SHAPE_ONLY_ANGLE_RAD, ShapeOnlyDecomposeError } from '../arith/shapeOnly';
import { grayCnotControlBit, grayCode, grayCodeRotationAngles, walshHadamard } from './walsh';

/** Parameters of a uniformly controlled Ry; `anglesRad` absent for a shape-only op. */
export interface UcryParams {
  readonly numControls: number;
  /** θ_x for each control value x (length 2^k), radians. */
  readonly anglesRad?: Float64Array;
  /** Gray-code rotations with |φ_t| ≤ thresholdRad are dropped (FABLE compression); 0 drops exact zeros only. */
  readonly thresholdRad: number;
}

type Step = { readonly ry: number } | { readonly cx: number };

/**
 * Uniformly controlled Ry: Σ_x |x⟩⟨x| ⊗ Ry(θ_x), operands k controls (control value x, bit j =
 * operand j) then the target. Decomposition (Möttönen et al. 2004, QIC 5, 467, Sec. 3): 2^k Ry
 * rotations with Walsh–Hadamard-transformed angles interleaved with 2^k CNOTs in Gray-code order.
 * With a threshold, small rotations are dropped and the CNOTs between kept rotations are merged
 * into their parity (Camps & Van Beeumen 2022, FABLE, arXiv 2205.00081, Sec. 3); each entry angle
 * then moves by at most the sum of the dropped |φ_t| ({@link ucryDroppedAngleSumRad}).
 */
export const UCRY_DEF: OpDef<UcryParams> = Object.freeze({
  name: 'ucry',
  category: 'unitary' as const,
  summary: 'uniformly controlled Ry, Gray-code CNOT ladder (Möttönen et al. 2004), optional FABLE compression',
  callsFromDecomposition: true,
  calls: (op: Op<UcryParams>): readonly OpCount[] => {
    const { numControls: k, anglesRad } = op.params;
    if (!anglesRad) {
      const ry = { op: makeStdGate('ry', [SHAPE_ONLY_ANGLE_RAD]), count: 2 ** k };
      return k === 0 ? [ry] : [ry, { op: makeStdGate('cx'), count: 2 ** k }];
    }
    return callsOfSteps(gateSteps(op.params));
  },
  decompose: (op: Op<UcryParams>): Circuit => {
    if (!op.params.anglesRad) throw new ShapeOnlyDecomposeError(op.name, 'build it with makeUcry(angles) to get gates');
    return circuitOfSteps(op.numQubits, gateSteps(op.params));
  },
  unitary: (op: Op<UcryParams>): CMatrix => {
    const { numControls: k, anglesRad } = op.params;
    if (!anglesRad) throw new ShapeOnlyDecomposeError(op.name, 'a shape-only ucry has no unitary');
    const theta = effectiveUcryAnglesRad(anglesRad, op.params.thresholdRad);
    const K = 2 ** k, dim = 2 * K;
    const u = zerosC(dim);
    for (let x = 0; x < K; x++) {
      const c = Math.cos(theta[x] / 2), s = Math.sin(theta[x] / 2);
      u.re[x * dim + x] = c; u.re[x * dim + x + K] = -s;
      u.re[(x + K) * dim + x] = s; u.re[(x + K) * dim + x + K] = c;
    }
    return u;
  },
  inverse: (op: Op<UcryParams>) => op.params.anglesRad
    ? makeUcry(op.params.anglesRad.map((a) => -a), op.params.thresholdRad)
    : op,
  examples: () => [
    makeUcry([0.3]),
    makeUcry([0.3, -1.2]),
    makeUcry([0.1, 0.7, -2.5, 3.0]),
    makeUcry([0.5, 0.5, 0.5, 0.5, 0.2, 0.2, 0.2, 0.2]),
    makeUcry([1.0, 1.1, 0.9, 1.05, 2.0, 2.02, 1.98, 2.0], 0.02),
  ],
});

function plan(p: UcryParams): readonly Step[] {
  const k = p.numControls;
  const phi = grayCodeRotationAngles(p.anglesRad!);
  const thr = p.thresholdRad;
  const steps: Step[] = [];
  let mask = 0;
  const flush = (): void => {
    for (let j = 0; j < k; j++) if ((mask >> j) & 1) steps.push({ cx: j });
    mask = 0;
  };
  for (let t = 0; t < phi.length; t++) {
    if (Math.abs(phi[t]) > thr) {
      flush();
      steps.push({ ry: phi[t] });
    }
    if (k > 0) mask ^= 1 << grayCnotControlBit(t, k);
  }
  flush();
  return steps;
}

/** The plan as gates on the op's operands: ry on the target (operand k), cx from control j to it. */
function gateSteps(p: UcryParams): OpStep[] {
  const k = p.numControls;
  return plan(p).map((s): OpStep => ('ry' in s ? [makeStdGate('ry', [s.ry]), [k]] : [makeStdGate('cx'), [s.cx, k]]));
}

/**
 * The angles θ'_x the (possibly compressed) circuit really applies: Σ over kept t of
 * (−1)^{x·gray(t)} φ_t, computed with one Walsh–Hadamard transform (O(K log K)). Equals the
 * input when nothing is dropped.
 */
export function effectiveUcryAnglesRad(thetaRad: ArrayLike<number>, thresholdRad: number): Float64Array {
  const phi = grayCodeRotationAngles(thetaRad);
  let dropped = false;
  for (let t = 0; t < phi.length; t++) if (Math.abs(phi[t]) <= thresholdRad && phi[t] !== 0) dropped = true;
  if (!dropped) return Float64Array.from(thetaRad);
  const psi = new Float64Array(phi.length);
  for (let t = 0; t < phi.length; t++) if (Math.abs(phi[t]) > thresholdRad) psi[grayCode(t)] = phi[t];
  return walshHadamard(psi);
}

/** Σ of |φ_t| over dropped Gray-code rotations: a bound on max_x |θ'_x − θ_x| (radians). */
export function ucryDroppedAngleSumRad(thetaRad: ArrayLike<number>, thresholdRad: number): number {
  const phi = grayCodeRotationAngles(thetaRad);
  let s = 0;
  for (let t = 0; t < phi.length; t++) if (Math.abs(phi[t]) <= thresholdRad) s += Math.abs(phi[t]);
  return s;
}

/**
 * A uniformly controlled Ry with angles θ_x (radians; length 2^k gives k controls). Rotations
 * whose Gray-code angle is ≤ `thresholdRad` in magnitude are dropped (default 0: only exact zeros).
 */
export function makeUcry(anglesRad: ArrayLike<number>, thresholdRad = 0): Op<UcryParams> {
  const K = anglesRad.length;
  const k = Math.round(Math.log2(K));
  if (K < 1 || 2 ** k !== K) throw new QnError('INVALID_ARGUMENT', `ucry: ${K} angles is not a power of two`);
  const a = Float64Array.from(anglesRad);
  for (const v of a) if (!Number.isFinite(v)) throw new QnError('INVALID_ARGUMENT', 'ucry: angles must be finite');
  if (!(thresholdRad >= 0)) throw new QnError('INVALID_ARGUMENT', `ucry: threshold ${thresholdRad} must be ≥ 0`);
  return makeOp(UCRY_DEF, {
    name: 'ucry', params: Object.freeze({ numControls: k, anglesRad: a, thresholdRad }),
    numQubits: k + 1, paramsKey: `${k},${thresholdRad},${hashNumbers(a)}`,
  });
}

/** A shape-only uniformly controlled Ry with k controls (2^k ry + 2^k cx, no compression); decompose throws. */
export function makeUcryShape(numControls: number): Op<UcryParams> {
  if (!Number.isInteger(numControls) || numControls < 0) throw new QnError('INVALID_ARGUMENT', `ucry: invalid control count ${numControls}`);
  return makeOp(UCRY_DEF, {
    name: 'ucry', params: Object.freeze({ numControls, thresholdRad: 0 }),
    numQubits: numControls + 1, paramsKey: `${numControls},shape`,
  });
}
