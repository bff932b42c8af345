import { QnError } from '../../errors';
import { Circuit, CircuitBuilder, Op, OpCount, OpDef, hashNumbers, indexRange, makeOp } from '../../ir';
import { makeStdGate } from '../gates/stdGates';
import { MatrixInput, toDense, validateMatrix } from '../oracles/matrixInput';
import { effectiveUcryAnglesRad, makeUcry, ucryDroppedAngleSumRad } from '../stateprep/ucry';
import type { BlockEncoding } from './blockEncoding';

/** Parameters of a FABLE block encoding. */
export interface FableParams {
  readonly numDataQubits: number;
  /** θ_{ij} = 2·arccos(A_ij / max|A|), row-major (index j + N·i), radians. */
  readonly anglesRad: Float64Array;
  readonly thresholdRad: number;
}

/**
 * FABLE (Camps & Van Beeumen 2022, "FABLE: Fast Approximate Quantum Circuits for Block-Encodings",
 * arXiv 2205.00081, Sec. 2–3): U = H_r · SWAP(r, data) · O_A · H_r on data (n), row register r (n)
 * and one ancilla a, with O_A = Σ_{ij} |i⟩⟨i|_r ⊗ |j⟩⟨j|_data ⊗ Ry(θ_ij) a uniformly controlled
 * rotation (Gray-code CNOTs, Walsh–Hadamard angles; rotations with |φ| ≤ threshold dropped).
 * Then ⟨0|_a⟨0|_r⟨i| U |0⟩|0⟩|j⟩ = cos(θ_ij/2)/N = A_ij / (N·max|A|): α = N·max|A| (the
 * paper's A/N for ‖A‖_max ≤ 1). Works for any real square A (no symmetry needed). Operands:
 * data (0..n−1), r (n..2n−1), a (2n). Cost: N² ry + N² cx (fewer after compression), 2n H, n SWAP.
 */
export const FABLE_DEF: OpDef<FableParams> = Object.freeze({
  name: 'fable',
  category: 'unitary' as const,
  summary: 'FABLE block encoding (Camps & Van Beeumen 2022), α = N·max|A|',
  calls: (op: Op<FableParams>): readonly OpCount[] => [
    { op: makeStdGate('h'), count: 2 * op.params.numDataQubits },
    { op: oracleOf(op.params), count: 1 },
    { op: makeStdGate('swap'), count: op.params.numDataQubits },
  ],
  decompose: (op: Op<FableParams>): Circuit => {
    const n = op.params.numDataQubits;
    const b = CircuitBuilder.withQubits(op.numQubits);
    const data = indexRange(0, n), r = indexRange(n, n), a = 2 * n;
    const h = makeStdGate('h'), swap = makeStdGate('swap');
    for (const q of r) b.apply(h, [q]);
    b.apply(oracleOf(op.params), [...data, ...r, a]);
    for (let i = 0; i < n; i++) b.apply(swap, [r[i], data[i]]);
    for (const q of r) b.apply(h, [q]);
    return b.build();
  },
  examples: () => [
    makeFableBlockEncoding({ n: 2, data: Float64Array.from([0.3, -0.7, 0.2, 0.9]) }).op,
    makeFableBlockEncoding({ n: 4, data: Float64Array.from([1, 0.5, 0, -0.2, 0.5, 1, 0.3, 0, 0, 0.3, 1, 0.1, -0.2, 0, 0.1, 1]) }, { thresholdRad: 0.05 }).op,
  ],
});

function oracleOf(p: FableParams): Op {
  return makeUcry(p.anglesRad, p.thresholdRad);
}

/** Options of {@link makeFableBlockEncoding}. */
export interface FableOptions {
  /** Drop Gray-code rotations with |φ| ≤ thresholdRad (default 0: exact, only zero angles dropped). */
  readonly thresholdRad?: number;
}

/**
 * FABLE block encoding of a real N×N matrix (N a power of two; small dense matrices — the
 * circuit has ~N² rotations). errorBound = min(‖E‖_F, δ/2) where E is the exact block error of
 * the compressed angles (computed classically) and δ the sum of dropped |φ| (each entry angle
 * moves by ≤ δ, so each entry by ≤ δ/2 before the 1/N; FABLE paper Sec. 3.2). Throws
 * InvalidMatrixError for non-finite, empty, all-zero or non-power-of-two input.
 */
export function makeFableBlockEncoding(m: MatrixInput, opts: FableOptions = {}): BlockEncoding {
  const thresholdRad = opts.thresholdRad ?? 0;
  if (!(thresholdRad >= 0 && Number.isFinite(thresholdRad))) throw new QnError('INVALID_ARGUMENT', `FABLE threshold ${thresholdRad} must be a finite angle ≥ 0 (radians)`);
  const maxAbs = validateMatrix(m, { requireSymmetric: false, usedBy: 'FABLE' });
  const a = toDense(m);
  const N = a.n, n = Math.log2(N);
  const anglesRad = Float64Array.from(a.data, (v) => 2 * Math.acos(Math.max(-1, Math.min(1, v / maxAbs))));
  const eff = effectiveUcryAnglesRad(anglesRad, thresholdRad);
  let fro2 = 0;
  for (let i = 0; i < eff.length; i++) {
    const e = (Math.cos(eff[i] / 2) - Math.cos(anglesRad[i] / 2)) / N;
    fro2 += e * e;
  }
  const errorBound = Math.min(Math.sqrt(fro2), ucryDroppedAngleSumRad(anglesRad, thresholdRad) / 2);
  const params: FableParams = Object.freeze({ numDataQubits: n, anglesRad, thresholdRad });
  const op = makeOp(FABLE_DEF, { name: 'fable', params, numQubits: 2 * n + 1, paramsKey: `${n},${thresholdRad},${hashNumbers(anglesRad)}` });
  return Object.freeze({ op, alpha: N * maxAbs, numDataQubits: n, numAncillas: n + 1, errorBound, isHermitian: false, method: 'fable' });
}
