/**
 * Quantum Fourier transform on n qubits (qubit j = bit j of the integer):
 *
 *     QFT|k⟩ = 2^{−n/2} Σ_y e^{2πi·k·y/2ⁿ} |y⟩,
 *
 * decomposed as H and controlled phases CP(π/2^{j−m}) top-down, followed by the bit-reversal
 * swaps (Nielsen & Chuang, §5.1, Fig. 5.1; Coppersmith 1994). The inverse is the same family
 * with `inverse` set: the reversed circuit with negated angles. No approximation (all rotations kept).
 */
import { Circuit, CircuitBuilder, Op, OpCount, OpDef, callsOfCircuit, inverseCircuit, makeOp } from '../../ir';
import type { CMatrix } from '../../math/complexMatrix';
import { makeStdGate } from '../gates/stdGates';
import { invertOp } from '../inverse';

/** Parameters of a QFT op. */
export interface QftParams {
  readonly inverse: boolean;
}

function forward(n: number): Circuit {
  const b = CircuitBuilder.withQubits(n);
  for (let j = n - 1; j >= 0; j--) {
    b.apply(makeStdGate('h'), [j]);
    for (let m = j - 1; m >= 0; m--) b.apply(makeStdGate('cp', [Math.PI / 2 ** (j - m)]), [m, j]);
  }
  for (let j = 0; j < Math.floor(n / 2); j++) b.apply(makeStdGate('swap'), [j, n - 1 - j]);
  return b.build();
}

function decompose(op: Op<QftParams>): Circuit {
  const c = forward(op.numQubits);
  return op.params.inverse ? inverseCircuit(c, invertOp) : c;
}

/** Family of (inverse) quantum Fourier transforms. */
export const QFT_DEF: OpDef<QftParams> = Object.freeze({
  name: 'qft',
  category: 'unitary' as const,
  summary: 'quantum Fourier transform (exact; H + controlled phases + swaps, Nielsen & Chuang §5.1)',
  unitary: (op: Op<QftParams>): CMatrix => {
    const dim = 2 ** op.numQubits;
    const re = new Float64Array(dim * dim), im = new Float64Array(dim * dim);
    const s = 1 / Math.sqrt(dim), sign = op.params.inverse ? -1 : 1;
    for (let y = 0; y < dim; y++) {
      for (let k = 0; k < dim; k++) {
        const a = (sign * 2 * Math.PI * ((k * y) % dim)) / dim;
        re[y * dim + k] = s * Math.cos(a);
        im[y * dim + k] = s * Math.sin(a);
      }
    }
    return { dim, re, im };
  },
  decompose,
  callsFromDecomposition: true,
  calls: (op: Op<QftParams>): readonly OpCount[] => callsOfCircuit(decompose(op)),
  inverse: (op: Op<QftParams>) => makeQft(op.numQubits, !op.params.inverse),
  examples: () => [makeQft(1), makeQft(3), makeQft(4, true)],
});

/** The QFT (or its inverse) on `numQubits` qubits. */
export function makeQft(numQubits: number, inverse = false): Op<QftParams> {
  if (!Number.isInteger(numQubits) || numQubits < 1) throw new Error(`QFT needs ≥ 1 qubit, got ${numQubits}`);
  return makeOp(QFT_DEF, { name: inverse ? 'iqft' : 'qft', params: { inverse }, numQubits, paramsKey: inverse ? 'inv' : 'fwd' });
}
