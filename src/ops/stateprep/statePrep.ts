import { InvalidVectorError, QnError } from '../../errors';
import { Circuit, CircuitBuilder, Op, OpCount, OpDef, hashNumbers, makeOp } from '../../ir';
import { ShapeOnlyDecomposeError } from '../arith/shapeOnly';
import { makeUcry, makeUcryShape } from './ucry';
import { maxAbsOf, vectorNorm } from '../../math/norms';

/** Parameters of a state preparation; `amplitudes` (unit norm) absent for a shape-only op. */
export interface StatePrepParams {
  readonly numQubits: number;
  readonly amplitudes?: Float64Array;
  /** True for the adjoint (un-preparation) Σ_x b_x|x⟩ → |0…0⟩. */
  readonly adjoint?: boolean;
}

/**
 * Exact preparation of a real state: |0…0⟩ → Σ_x (b_x/‖b‖)|x⟩ (qubit 0 = least significant bit
 * of x). Möttönen et al. 2004 (QIC 5, 467), real case: a binary tree of uniformly controlled Ry
 * rotations, level k (k = 0..n−1) targeting qubit n−1−k controlled by the k qubits above it, with
 * θ = 2·atan2(‖upper half‖, ‖lower half‖); the last level uses the signed pair
 * θ = 2·atan2(b_{2m+1}, b_{2m}) ∈ (−2π, 2π], which carries the signs. Cost: Σ_k 2^k = 2^n − 1 Ry
 * and 2^n − 2 CNOTs (fewer when angles are exactly zero).
 */
export const STATE_PREP_DEF: OpDef<StatePrepParams> = Object.freeze({
  name: 'stateprep',
  category: 'unitary' as const,
  summary: 'real amplitude state preparation, uniformly controlled Ry tree (Möttönen et al. 2004)',
  calls: (op: Op<StatePrepParams>): readonly OpCount[] => levelOps(op.params).map((g) => ({ op: g, count: 1 })),
  decompose: (op: Op<StatePrepParams>): Circuit => {
    if (!op.params.amplitudes) throw new ShapeOnlyDecomposeError(op.name, 'build it with makeStatePrep(vector) to get gates');
    const n = op.numQubits;
    const b = CircuitBuilder.withQubits(n);
    const levels = levelOps(op.params).map((g, k) => [g, [...Array.from({ length: k }, (_, j) => n - k + j), n - 1 - k]] as const);
    if (op.params.adjoint) levels.reverse();
    for (const [g, q] of levels) b.apply(g, q);
    return b.build();
  },
  inverse: (op: Op<StatePrepParams>) => withAdjoint(op, !op.params.adjoint),
  examples: () => [
    makeStatePrep([0.6, -0.8]),
    makeStatePrep([1, 2, -3, 0.5]),
    makeStatePrep([0, 0, -1, 0]),
    makeStatePrep([0.1, -0.2, 0.3, 0.4, -0.5, 0.6, 0.7, -0.8]),
    withAdjoint(makeStatePrep([1, 2, -3, 0.5]), true),
  ],
});

/** Level k's uniformly controlled Ry (negated angles for the adjoint: Ry(θ)† = Ry(−θ)). */
function levelOps(p: StatePrepParams): Op[] {
  const n = p.numQubits;
  if (!p.amplitudes) return Array.from({ length: n }, (_, k) => makeUcryShape(k));
  const sign = p.adjoint ? -1 : 1;
  return treeAnglesRad(p.amplitudes).map((angles) => makeUcry(angles.map((a) => sign * a)));
}

/** The same preparation, forward (adjoint = false) or as its adjoint. */
function withAdjoint(op: Op<StatePrepParams>, adjoint: boolean): Op<StatePrepParams> {
  const p = op.params;
  return makeOp(STATE_PREP_DEF, {
    name: adjoint ? 'stateprep_dg' : 'stateprep', params: Object.freeze({ ...p, adjoint }), numQubits: p.numQubits,
    paramsKey: `${p.numQubits},${p.amplitudes ? hashNumbers(p.amplitudes) : 'shape'}${adjoint ? ',dg' : ''}`,
  });
}

/**
 * Ry angles of each tree level (level k has 2^k angles, radians), for unit or non-unit real b of
 * length 2^n. Level k, prefix p (the top k bits): θ = 2·atan2(‖b[upper half]‖, ‖b[lower half]‖),
 * with signed values on the last level.
 */
export function treeAnglesRad(b: ArrayLike<number>): Float64Array[] {
  const N = b.length;
  const n = Math.round(Math.log2(N));
  // norms[level] of the 2^level blocks at depth `level`; computed bottom-up on |b|².
  let sq = Float64Array.from(b, (v) => v * v);
  const sqByLevel: Float64Array[] = [];
  sqByLevel[n] = sq;
  for (let lev = n - 1; lev >= 0; lev--) {
    const next = new Float64Array(2 ** lev);
    for (let i = 0; i < next.length; i++) next[i] = sq[2 * i] + sq[2 * i + 1];
    sqByLevel[lev] = next;
    sq = next;
  }
  const out: Float64Array[] = [];
  for (let k = 0; k < n; k++) {
    const angles = new Float64Array(2 ** k);
    const child = sqByLevel[k + 1];
    for (let p = 0; p < angles.length; p++) {
      // Blocks are indexed by the top bits: block p at depth k splits into 2p (bit n−1−k = 0) and 2p+1.
      angles[p] = k === n - 1
        ? 2 * Math.atan2(b[2 * p + 1], b[2 * p])
        : 2 * Math.atan2(Math.sqrt(child[2 * p + 1]), Math.sqrt(child[2 * p]));
    }
    out.push(angles);
  }
  return out;
}

/**
 * A state-preparation op for the real vector b (normalized internally). Throws
 * InvalidVectorError for length not a power of two ≥ 2 (pad with zeros, e.g.
 * {@link padVectorToPowerOfTwo}), zero norm, or non-finite entries.
 */
export function makeStatePrep(b: ArrayLike<number>): Op<StatePrepParams> {
  const amp = normalizedAmplitudes(b);
  const n = Math.round(Math.log2(amp.length));
  return makeOp(STATE_PREP_DEF, {
    name: 'stateprep', params: Object.freeze({ numQubits: n, amplitudes: amp }),
    numQubits: n, paramsKey: `${n},${hashNumbers(amp)}`,
  });
}

/** A shape-only state preparation on n qubits (calls: one shape-only ucry per level); decompose throws. */
export function makeStatePrepShape(numQubits: number): Op<StatePrepParams> {
  if (!Number.isInteger(numQubits) || numQubits < 1 || numQubits > 52) throw new QnError('INVALID_ARGUMENT', `stateprep: qubit count ${numQubits} must be in 1..52`);
  return makeOp(STATE_PREP_DEF, { name: 'stateprep', params: Object.freeze({ numQubits }), numQubits, paramsKey: `${numQubits},shape` });
}

/** b/‖b‖ as a Float64Array, after validating b (see {@link makeStatePrep}). */
export function normalizedAmplitudes(b: ArrayLike<number>): Float64Array {
  const N = b.length;
  if (N < 2 || 2 ** Math.round(Math.log2(N)) !== N) {
    throw new InvalidVectorError(`state preparation needs a vector whose length is a power of two ≥ 2, got length ${N}; pad it with zeros (padVectorToPowerOfTwo)`, { length: N });
  }
  for (let i = 0; i < N; i++) {
    const v = b[i];
    if (!Number.isFinite(v)) throw new InvalidVectorError(`vector entry ${i} is ${v}; all entries must be finite`, { index: i });
  }
  // Scale by max|b| first: squares of 1e-170 underflow and of 1e160 overflow in a plain Σ b_i².
  const scale = maxAbsOf(b);
  if (scale === 0) throw new InvalidVectorError('vector has zero norm; a zero vector cannot be prepared as a quantum state');
  const scaled = Float64Array.from(b, (v) => v / scale);
  const norm = vectorNorm(scaled);
  return scaled.map((v) => v / norm);
}

/** b padded with zeros to the next power of two ≥ 2 (unchanged copy when already one). */
export function padVectorToPowerOfTwo(b: ArrayLike<number>): Float64Array {
  let N = 2;
  while (N < b.length) N *= 2;
  const out = new Float64Array(N);
  for (let i = 0; i < b.length; i++) out[i] = b[i];
  return out;
}
