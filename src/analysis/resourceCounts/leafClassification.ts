import type { Op } from '../../ir';
import { classifyAngle, stdGateCostClass, stdGateNames, stdGatesOfCostClass } from '../../ops';

/** What a leaf op counts as in a logical resource count. */
export type LeafKind = 'clifford' | 't' | 'toffoli' | 'rotation' | 'measurement' | 'reset' | 'barrier' | 'other';

const NON_UNITARY_LEAVES = ['measure', 'reset', 'barrier'];
const CLIFFORD_T_LEAVES = (['clifford', 't', 'angle', 'euler'] as const).flatMap((c) => stdGatesOfCostClass(c));

/**
 * Leaf gate sets, derived from the standard gate table's cost classes (src/ops/gates/stdGates.ts).
 * An op is a leaf when its name is in the basis or when it declares no callees.
 * - 'clifford+t' (default): Clifford gates, T/T†, one-angle and Euler rotations, CCX/CCZ (kept
 *   whole, as the Azure RE counts CCZ separately), measurement, reset, barrier;
 * - 'clifford+t+rotations-no-toffoli': the same but Toffolis are decomposed into Clifford+T;
 * - 'std-gates': every standard gate is a leaf (a gate statement counts once; the Nam convention).
 */
export const BASIS_SETS: Readonly<Record<string, ReadonlySet<string>>> = Object.freeze({
  'clifford+t': new Set([...CLIFFORD_T_LEAVES, ...stdGatesOfCostClass('toffoli'), ...NON_UNITARY_LEAVES]),
  'clifford+t+rotations-no-toffoli': new Set([...CLIFFORD_T_LEAVES, ...NON_UNITARY_LEAVES]),
  'std-gates': new Set([...stdGateNames(), ...NON_UNITARY_LEAVES]),
});

/** Re-exported: the one angle classification (src/ops/gates/angleClass.ts). */
export { classifyAngle };

/** Per-leaf contribution: how many gates of each kind one application of the leaf is. */
export interface LeafContribution {
  readonly clifford: number;
  readonly cnot: number;
  /** Unitary leaves on exactly two qubits (CNOT, CZ, SWAP, controlled rotations kept whole, …). */
  readonly twoQubit: number;
  readonly t: number;
  readonly toffoli: number;
  readonly rotation: number;
  readonly measurement: number;
  readonly reset: number;
  readonly other: number;
  /** Gates counted in the total (barriers count 0). */
  readonly total: number;
  /** Critical-path length of the leaf (0 for barriers). */
  readonly depth: number;
  /** T-depth of the leaf: 1 per T, 3 per Toffoli (Amy et al., arXiv:1206.0758, T-depth-3 Toffoli). */
  readonly tDepth: number;
  /** Rotation layers of the leaf. */
  readonly rotationDepth: number;
}

const ZERO: LeafContribution = Object.freeze({
  clifford: 0, cnot: 0, twoQubit: 0, t: 0, toffoli: 0, rotation: 0, measurement: 0, reset: 0, other: 0, total: 0, depth: 0, tDepth: 0, rotationDepth: 0,
});

/**
 * The contribution of one leaf op. Rotations (rx, ry, rz, p, u1) are classified by angle as the Azure
 * RE does (Clifford / T / arbitrary rotation); u3(θ,φ,λ) = Rz(φ)·Ry(θ)·Rz(λ) counts its three Euler
 * angles separately (u2(φ,λ) = u3(π/2,φ,λ)). Unknown leaves count as 'other'.
 */
export function leafContribution(op: Op): LeafContribution {
  const name = op.name;
  if (op.def.category === 'barrier') return ZERO;
  if (op.def.category === 'measure') return { ...ZERO, measurement: 1, total: 1, depth: 1 };
  if (op.def.category === 'reset') return { ...ZERO, reset: 1, total: 1, depth: 1 };
  const costClass = stdGateCostClass(name);
  const twoQubit = op.def.category === 'unitary' && op.numQubits === 2 ? 1 : 0;
  if (costClass === 't') return { ...ZERO, t: 1, total: 1, depth: 1, tDepth: 1 };
  if (costClass === 'toffoli') return { ...ZERO, toffoli: 1, total: 1, depth: 1, tDepth: 3 };
  if (costClass === 'clifford') return { ...ZERO, clifford: 1, cnot: name === 'cx' ? 1 : 0, twoQubit, total: 1, depth: 1 };
  if (costClass === 'angle') {
    const kind = classifyAngle(op.angles[0]);
    if (kind === 'clifford') return { ...ZERO, clifford: 1, total: 1, depth: 1 };
    if (kind === 't') return { ...ZERO, t: 1, total: 1, depth: 1, tDepth: 1 };
    return { ...ZERO, rotation: 1, total: 1, depth: 1, rotationDepth: 1 };
  }
  if (costClass === 'euler') {
    const angles = name === 'u2' ? [Math.PI / 2, op.angles[0], op.angles[1]] : op.angles;
    let t = 0;
    let rotation = 0;
    for (const a of angles) {
      const kind = classifyAngle(a);
      if (kind === 't') t++;
      else if (kind === 'rotation') rotation++;
    }
    return { ...ZERO, clifford: t === 0 && rotation === 0 ? 1 : 0, t, rotation, total: 1, depth: 1,
      tDepth: t, rotationDepth: rotation };
  }
  return { ...ZERO, other: 1, twoQubit, total: 1, depth: 1 };
}
