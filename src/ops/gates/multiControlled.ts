import { CMatrix } from '../../math/complexMatrix';
import { Circuit, GateSpec, Op, OpCount, OpDef, OpStep, callsOfSteps, circuitOfSteps, makeOp } from '../../ir';
import { controlledMatrix } from './controlled';
import * as M from './matrices';
import { makeStdGate } from './stdGates';

/** Structured parameters of a multi-controlled gate. */
export interface McParams {
  readonly numControls: number;
}

type McKind = 'mcx' | 'mcz' | 'mcp' | 'mcrx' | 'mcry' | 'mcrz';

/**
 * Multi-controlled gates C^k(U) for U ∈ {X, Z, P(λ), Rx(θ), Ry(θ), Rz(θ)}; operands: k controls,
 * then the target. Factories return the standard gate for small k (x/cx/ccx, z/cz/ccz, p/cp, ...),
 * so equal gates have equal keys.
 *
 * Decompositions (no ancillas), Barenco et al. 1995 (PRA 52, 3457):
 * - C^k P(λ) = CP(λ/2)[c_k,t] · C^{k−1}X[c_1..c_{k−1}→c_k] · CP(−λ/2)[c_k,t] · C^{k−1}X · C^{k−1}P(λ/2)[c_1..c_{k−1},t]
 *   (Lemma 7.5 with V = P(λ/2)); size grows as 3^k, so synthesis code builds wide controls from
 *   Toffoli ladders on ancillas instead (see ops/arith), and uses these only for small k.
 * - C^k X = H · C^k P(π) · H,  C^k Z = C^k P(π).
 * - C^k Rz(θ) = Rz(θ/2) · C^k X · Rz(−θ/2) · C^k X  (X Rz(a) X = Rz(−a)); likewise Ry; C^k Rx = H C^k Rz H.
 */
const KINDS: Record<McKind, { numAngles: number; target: (a: readonly number[]) => CMatrix; structure: GateSpec['structure']; small: readonly string[] }> = {
  mcx: { numAngles: 0, target: () => M.X2, structure: 'permutation', small: ['x', 'cx', 'ccx'] },
  mcz: { numAngles: 0, target: () => M.Z2, structure: 'diagonal', small: ['z', 'cz', 'ccz'] },
  mcp: { numAngles: 1, target: (a) => M.diag2(0, a[0]), structure: 'diagonal', small: ['p', 'cp'] },
  mcrx: { numAngles: 1, target: (a) => M.rxMatrix(a[0]), structure: 'general', small: ['rx', 'crx'] },
  mcry: { numAngles: 1, target: (a) => M.ryMatrix(a[0]), structure: 'general', small: ['ry', 'cry'] },
  mcrz: { numAngles: 1, target: (a) => M.rzMatrix(a[0]), structure: 'diagonal', small: ['rz', 'crz'] },
};


function steps(kind: McKind, k: number, a: readonly number[]): readonly OpStep[] {
  const ctrls = Array.from({ length: k }, (_, i) => i);
  const t = k;
  switch (kind) {
    case 'mcx':
      return [[makeStdGate('h'), [t]], [makeMultiControlled('mcp', k, [Math.PI]), [...ctrls, t]], [makeStdGate('h'), [t]]];
    case 'mcz':
      return [[makeMultiControlled('mcp', k, [Math.PI]), [...ctrls, t]]];
    case 'mcp': {
      const ck = k - 1;
      const rest = ctrls.slice(0, ck);
      return [
        [makeStdGate('cp', [a[0] / 2]), [ck, t]],
        [makeMultiControlled('mcx', k - 1), [...rest, ck]],
        [makeStdGate('cp', [-a[0] / 2]), [ck, t]],
        [makeMultiControlled('mcx', k - 1), [...rest, ck]],
        [makeMultiControlled('mcp', k - 1, [a[0] / 2]), [...rest, t]],
      ];
    }
    case 'mcrz':
    case 'mcry': {
      const r = kind === 'mcrz' ? 'rz' : 'ry';
      return [
        [makeStdGate(r, [a[0] / 2]), [t]], [makeMultiControlled('mcx', k), [...ctrls, t]],
        [makeStdGate(r, [-a[0] / 2]), [t]], [makeMultiControlled('mcx', k), [...ctrls, t]],
      ];
    }
    case 'mcrx':
      return [[makeStdGate('h'), [t]], [makeMultiControlled('mcrz', k, a), [...ctrls, t]], [makeStdGate('h'), [t]]];
  }
}

function makeDef(kind: McKind): OpDef<McParams> {
  const info = KINDS[kind];
  return Object.freeze({
    name: kind,
    category: 'unitary' as const,
    summary: `multi-controlled ${kind.slice(2)} (Barenco et al. 1995, Lemma 7.5 recursion)`,
    gateSpec: (op: Op<McParams>): GateSpec => ({ numControls: op.params.numControls, target: info.target(op.angles), structure: info.structure }),
    unitary: (op: Op<McParams>) => controlledMatrix(op.params.numControls, info.target(op.angles)),
    decompose: (op: Op<McParams>): Circuit => circuitOfSteps(op.numQubits, steps(kind, op.params.numControls, op.angles)),
    callsFromDecomposition: true,
    calls: (op: Op<McParams>): readonly OpCount[] => callsOfSteps(steps(kind, op.params.numControls, op.angles)),
    inverse: (op: Op<McParams>) => makeMultiControlled(kind, op.params.numControls, op.angles.map((x) => -x)),
    examples: () => [makeMultiControlled(kind, 3, info.numAngles ? [0.7] : []), makeMultiControlled(kind, 4, info.numAngles ? [-1.1] : [])],
  });
}

const DEFS: Record<McKind, OpDef<McParams>> = {
  mcx: makeDef('mcx'), mcz: makeDef('mcz'), mcp: makeDef('mcp'),
  mcrx: makeDef('mcrx'), mcry: makeDef('mcry'), mcrz: makeDef('mcrz'),
};

/**
 * C^k(U) with `numControls` = k ≥ 0 controls. Returns the standard gate for small k
 * (e.g. mcx with 2 controls is 'ccx'). Angles in radians.
 */
export function makeMultiControlled(kind: McKind, numControls: number, angles: readonly number[] = []): Op {
  const info = KINDS[kind];
  if (!Number.isInteger(numControls) || numControls < 0) throw new Error(`${kind}: invalid control count ${numControls}`);
  if (angles.length !== info.numAngles) throw new Error(`${kind}: takes ${info.numAngles} angle(s), got ${angles.length}`);
  if (numControls < info.small.length) return makeStdGate(info.small[numControls], angles);
  return makeOp(DEFS[kind], { name: kind, angles, params: { numControls }, numQubits: numControls + 1, paramsKey: String(numControls) });
}

/** C^k X with k controls (x, cx, ccx for k ≤ 2). */
export function makeMcx(numControls: number): Op {
  return makeMultiControlled('mcx', numControls);
}

/** Definitions of the multi-controlled families (for the registry). */
export function multiControlledDefs(): readonly OpDef[] {
  return Object.values(DEFS) as readonly OpDef[];
}

/** Kind names of the multi-controlled families. */
export const MULTI_CONTROLLED_KINDS: readonly McKind[] = ['mcx', 'mcz', 'mcp', 'mcrx', 'mcry', 'mcrz'];
export type { McKind };
