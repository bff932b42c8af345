import { estimateLogical } from '../../../src/cost';
import { InvalidArgumentError } from '../../../src/errors';
import { circuitOfOp, flatten } from '../../../src/ir';
import { LookupConstruction, makeLookup, makeSparseBlockEncoding } from '../../../src/ops';
import { evalReversibleCircuit } from '../../../src/ops/arith/reversible';
import { makeRng } from '../../../src/math/rng';
import { topLeftBlock } from '../blockEncoding/sparseSim';
import { blockError, randomSparseSymmetric } from '../blockEncoding/matrices';

const REVERSIBLE_LEAVES = new Set(['x', 'cx', 'ccx', 'swap', 'cswap']);

function randomTable(length: number, bits: number, seed: number): Float64Array {
  const rng = makeRng(seed);
  return Float64Array.from({ length }, () => Math.floor(rng.next() * 2 ** bits));
}

describe('table lookups by every data-loading construction', () => {
  // Spec straight from the table: |i⟩|y⟩|0…⟩ → |i⟩|y ⊕ data[i]⟩|0…⟩, ancillas clean.
  it.each<[string, LookupConstruction, number, number]>([
    ['qrom', { kind: 'qrom', blockBits: 0 }, 3, 2],
    ['clean QROAM K=2', { kind: 'qroam_clean', blockBits: 1 }, 3, 2],
    ['clean QROAM K=4', { kind: 'qroam_clean', blockBits: 2 }, 3, 2],
    ['dirty QROAM K=2', { kind: 'qroam_dirty', blockBits: 1 }, 3, 2],
    ['bucket-brigade QRAM n=2', { kind: 'qram_bucket_brigade', blockBits: 0 }, 2, 1],
  ])('%s: XORs data[i] into the output for every index and output value', (_name, c, n, b) => {
    const data = randomTable(2 ** n, b, 7 + n + b + c.blockBits);
    const op = makeLookup(c, n, b, data);
    const gates = flatten(circuitOfOp(op), (g) => REVERSIBLE_LEAVES.has(g.name));
    for (let i = 0; i < 2 ** n; i++) {
      for (let y = 0; y < 2 ** b; y++) {
        const input = i + y * 2 ** n;
        expect(evalReversibleCircuit(gates, input)).toBe(i + (y ^ data[i]) * 2 ** n);
      }
    }
  });

  // Toffoli closed forms (compiled, exact AND uncompute: a unary iteration over M blocks costs 2(M − 2) ccx):
  // clean QROAM lookup = compute + copy + uncompute: 4(L/K − 2) + 2b(K − 1) (Low et al. 2018: ⌈L/K⌉ + b(K − 1) per QROAM in the
  // measurement-based convention); dirty: 2 iterations + 4 swap networks (LKS Fig. 1d): 4(L/K − 2) + 4b(K − 1); bucket brigade:
  // 2Nb Toffolis for the leaves and 2 × (2N − n − 2) router swaps (Σ_{ℓ<n}(2^ℓ − 1) address + (2^n − 1) flag steps, forward and back).
  it.each<[LookupConstruction, number, number, number]>([
    [{ kind: 'qrom', blockBits: 0 }, 10, 8, 2 * (1024 - 2)],
    [{ kind: 'qroam_clean', blockBits: 3 }, 10, 8, 4 * (128 - 2) + 2 * 8 * 7],
    [{ kind: 'qroam_clean', blockBits: 5 }, 12, 4, 4 * (128 - 2) + 2 * 4 * 31],
    [{ kind: 'qroam_dirty', blockBits: 3 }, 10, 8, 4 * (128 - 2) + 4 * 8 * 7],
    [{ kind: 'qroam_dirty', blockBits: 2 }, 6, 3, 4 * (16 - 2) + 4 * 3 * 3],
    [{ kind: 'qram_bucket_brigade', blockBits: 0 }, 10, 8, 2 * 1024 * 8 + 2 * (2 * 1024 - 10 - 2)],
    [{ kind: 'qram_bucket_brigade', blockBits: 0 }, 4, 3, 2 * 16 * 3 + 2 * (32 - 4 - 2)],
  ])('%o on %i index bits, %i output bits: %i Toffolis (shape-only, via the call-graph engine)', (c, n, b, toffolis) => {
    expect(estimateLogical(makeLookup(c, n, b)).toffoliCount).toBe(toffolis);
  });

  it('refuses constructions that do not exist at the index width', () => {
    expect(() => makeLookup({ kind: 'qroam_clean', blockBits: 0 }, 4, 2)).toThrow(InvalidArgumentError);
    expect(() => makeLookup({ kind: 'qroam_dirty', blockBits: 5 }, 4, 2)).toThrow(/1 ≤ k ≤ index width 4/);
    expect(() => makeLookup({ kind: 'qram_bucket_brigade', blockBits: 0 }, 21, 2)).toThrow(/1\.\.20 bits/);
  });
});

describe('the sparse block encoding encodes the same matrix with every QROAM construction', () => {
  it.each<[string, LookupConstruction]>([
    ['clean QROAM K=2', { kind: 'qroam_clean', blockBits: 1 }],
    ['dirty QROAM K=2', { kind: 'qroam_dirty', blockBits: 1 }],
  ])('%s: top-left block = A/α within the rounding bound, scratch clean', (_name, lookup) => {
    const a = randomSparseSymmetric(4, 1, 11);
    const bits = 3;
    const ref = makeSparseBlockEncoding(a, { bits });
    const be = makeSparseBlockEncoding(a, { bits, lookup });
    expect(be.op.numQubits).toBeGreaterThan(ref.op.numQubits);
    const n = be.numDataQubits, s = be.data.numSlotQubits;
    const scratch = Array.from({ length: be.op.numQubits - (n + 1 + s) }, (_, i) => n + 1 + s + i);
    const blk = topLeftBlock(be.op, n, scratch);
    expect(blockError(a, be.alpha, blk.re)).toBeLessThanOrEqual(be.errorBound + 1e-12);
    expect(blk.scratchLeak).toBeLessThan(1e-12);
    const refBlk = topLeftBlock(ref.op, n, Array.from({ length: ref.op.numQubits - (n + 1 + s) }, (_, i) => n + 1 + s + i));
    for (let i = 0; i < blk.re.length; i++) expect(blk.re[i]).toBeCloseTo(refBlk.re[i], 12);
  });
});
