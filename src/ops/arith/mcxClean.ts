import { QnError } from '../../errors';
import { Circuit, CircuitBuilder, Op, OpCount, OpDef, makeOp } from '../../ir';
import { makeMcx } from '../gates/multiControlled';
import { makeStdGate } from '../gates/stdGates';
import { evalReversibleCircuit, permutationUnitary } from './reversible';

/** Parameters of a clean-ancilla multi-controlled X. */
export interface McxCleanParams {
  readonly numControls: number;
}

/**
 * C^k X with k − 2 clean ancillas: a compute/uncompute ladder of Toffolis (Barenco et al. 1995,
 * Lemma 7.2 with clean work bits; Nielsen & Chuang Fig. 4.10): a_0 = c_0∧c_1, a_t = a_{t−1}∧c_{t+1},
 * target ^= a_{k−3}∧c_{k−1}, then the ANDs are uncomputed. 2k − 3 ccx, linear in k (the
 * ancilla-free mcx of ops/gates grows as 3^k). Operands: k controls, target, k − 2 ancillas
 * (|0⟩ in, |0⟩ out). For k ≤ 2 use {@link makeMcxClean}, which returns x / cx / ccx.
 */
export const MCX_CLEAN_DEF: OpDef<McxCleanParams> = Object.freeze({
  name: 'mcx_clean',
  category: 'unitary' as const,
  summary: 'multi-controlled X by a Toffoli AND ladder on clean ancillas',
  calls: (op: Op<McxCleanParams>): readonly OpCount[] => [{ op: makeStdGate('ccx'), count: 2 * op.params.numControls - 3 }],
  decompose: (op: Op<McxCleanParams>): Circuit => {
    const k = op.params.numControls;
    const b = CircuitBuilder.withQubits(op.numQubits);
    const ccx = makeStdGate('ccx');
    const t = k, anc = (i: number): number => k + 1 + i;
    const ladder: [number, number, number][] = [[0, 1, anc(0)]];
    for (let i = 1; i <= k - 3; i++) ladder.push([anc(i - 1), i + 1, anc(i)]);
    for (const g of ladder) b.apply(ccx, g);
    b.apply(ccx, [anc(k - 3), k - 1, t]);
    for (let i = ladder.length - 1; i >= 0; i--) b.apply(ccx, ladder[i]);
    return b.build();
  },
  unitary: (op: Op<McxCleanParams>) => {
    const k = op.params.numControls;
    const ctrlMask = (1 << k) - 1;
    let net: Circuit | undefined;
    return permutationUnitary(op.numQubits, (x) => {
      if (x >> (k + 1) === 0) return (x & ctrlMask) === ctrlMask ? x ^ (1 << k) : x;
      net ??= MCX_CLEAN_DEF.decompose!(op);
      return evalReversibleCircuit(net, x);
    });
  },
  inverse: (op: Op<McxCleanParams>) => op,
  examples: () => [makeMcxClean(3), makeMcxClean(4)],
});

/**
 * C^k X using max(0, k − 2) clean ancillas (operands: controls, target, ancillas). Returns the
 * standard x / cx / ccx for k ≤ 2 (no ancillas).
 */
export function makeMcxClean(numControls: number): Op {
  if (!Number.isInteger(numControls) || numControls < 0) throw new QnError('INVALID_ARGUMENT', `mcx_clean: invalid control count ${numControls}`);
  if (numControls <= 2) return makeMcx(numControls);
  return makeOp(MCX_CLEAN_DEF, { name: 'mcx_clean', params: { numControls }, numQubits: 2 * numControls - 1, paramsKey: String(numControls) });
}

/** Ancillas {@link makeMcxClean} needs for k controls. */
export function mcxCleanAncillaCount(numControls: number): number {
  return Math.max(0, numControls - 2);
}
