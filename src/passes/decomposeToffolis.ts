import { K_CCZ, viaGateList } from './gateList';
import { Pass, makePass } from './pass';
import { foldPhases } from './phaseFolding';

/**
 * Pass: decompose every CCZ (and, through the Nam basis, every Toffoli = H·CCZ·H) into 6 CNOT +
 * 7 T/T†, choosing for each the polarity (CCZ = CCZ†, so T ↔ T† is free) under which its
 * rotations cancel best against the other rotations of equal parity in the circuit (greedy, in
 * circuit order; Nam et al. 2018, Sec. 4.4 "Toffoli decomposition" choose polarities the same
 * way, by the rotations they merge with). Other rotations are left in place.
 */
export const decomposeToffolis: Pass = makePass({
  name: 'decomposeToffolis', requires: ['namBasis'], ensures: ['noCcz'], preserves: 'all',
  run: (c) => viaGateList(c, (l) => {
    const n = l.gates.filter((g) => g.kind === K_CCZ).length;
    return n ? { list: foldPhases(l, 'first', false).list, changes: n } : { list: l, changes: 0 };
  }),
});
