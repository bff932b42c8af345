import { Pass, makePass, CircuitProperty } from '../pass';
import { LowerOptions, lowerTo, lowerToNam } from './lowerTo';
import { TargetGateSet } from './gateSets';
import { fromGateList, toGateList } from '../gateList';

/**
 * Pass: bring any circuit into the Nam basis {h, x, cx, rz, ccz}: composites flattened, standard
 * gates rewritten exactly (ccz and Toffolis stay whole for {@link decomposeToffolis}).
 */
export const toNamBasis: Pass = makePass({
  name: 'toNamBasis', requires: [], ensures: ['namBasis', 'stdGatesOnly'], preserves: [],
  run: (c) => {
    const out = fromGateList(toGateList(c));
    return { circuit: out, changed: true };
  },
});

const ENSURES: Readonly<Partial<Record<TargetGateSet, CircuitProperty>>> = {
  nam: 'namBasis', ibm: 'ibmBasis', ion: 'ionBasis', 'clifford+t': 'cliffordTBasis',
};

/**
 * Pass: lower to a target gate set ({@link lowerTo}; `opts.epsilon` is the Clifford+T synthesis
 * budget). Keeps `routed` (lowering is qubit-local or on the same pair).
 */
export function lowerPass(target: TargetGateSet, opts: LowerOptions = {}): Pass {
  return makePass({
    name: `lowerTo(${target})`, requires: [], ensures: [...(ENSURES[target] ? [ENSURES[target]!] : []), 'stdGatesOnly', 'noCcz'], preserves: ['routed'],
    run: (c) => ({ circuit: target === 'nam' ? lowerToNam(c) : lowerTo(c, target, opts).circuit, changed: true }),
  });
}
