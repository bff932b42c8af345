import { Circuit } from '../ir';
import { cancelToFixedPoint } from './cancelGates';
import { GateList, K_CCZ, fromGateList, toGateList } from './gateList';
import { reduceHadamards } from './hadamardReduction';
import { Pass, PassResult, makePass } from './pass';
import { foldPhases } from './phaseFolding';

/** Options of {@link namRounds}. */
export interface NamRoundOptions {
  /** Include Hadamard reduction in each round (level 3). */
  readonly hadamardReduction: boolean;
  /** Cap on rounds (each round: [Hadamard reduction,] cancel, fold phases, cancel). */
  readonly maxRounds: number;
}

/**
 * The core rounds of Nam et al. (2018)'s optimizer on the gate-list form, fused so a round costs
 * no Circuit round trip: [Hadamard reduction], cancellation, phase folding (with path-sum
 * simplification and CCZ role/polarity choice), cancellation — repeated until a round changes
 * nothing (at most `maxRounds`). Semantically the same as
 * fixedPoint(sequence([reduceHadamards, cancelInverses, foldPhases, cancelInverses]), maxRounds).
 */
export function runNamRounds(list: GateList, opts: NamRoundOptions): { list: GateList; changes: number } {
  let l = list;
  let total = 0;
  for (let round = 0; round < opts.maxRounds; round++) {
    let changes = 0;
    if (opts.hadamardReduction) { const r = reduceHadamards(l); l = r.list; changes += r.changes; }
    let r = cancelToFixedPoint(l); l = r.list; changes += r.changes;
    const hadCcz = l.gates.some((g) => g.kind === K_CCZ);
    const f = foldPhases(l);
    if (hadCcz || f.rotationsAfter < f.rotationsBefore) { l = f.list; changes += 1 + f.rotationsBefore - f.rotationsAfter; }
    r = cancelToFixedPoint(l); l = r.list; changes += r.changes;
    total += changes;
    if (changes === 0) break;
  }
  return { list: l, changes: total };
}

/** Pass form of {@link runNamRounds}. Nam basis in; Nam basis without CCZ out. */
export function namRounds(opts: NamRoundOptions): Pass {
  return makePass({
    name: `namRounds(${opts.hadamardReduction ? 'H, ' : ''}${opts.maxRounds})`, requires: ['namBasis'], ensures: ['noCcz'], preserves: 'all',
    run(circuit: Circuit): PassResult {
      const r = runNamRounds(toGateList(circuit), opts);
      return r.changes ? { circuit: fromGateList(r.list), changed: true } : { circuit, changed: false };
    },
  });
}
