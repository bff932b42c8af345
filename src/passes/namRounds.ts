import { Circuit } from '../ir';
import { cancelToFixedPoint } from './cancelGates';
import { GateList, K_CCZ, fromGateList, toGateList } from './gateList';
import { reduceHadamards } from './hadamardReduction';
import { Pass, PassResult, makePass } from './pass';
import { foldPhasesDeep } from './phaseFolding';

/** Options of {@link namRounds}. */
export interface NamRoundOptions {
  /** Include Hadamard reduction in each round (level 3). */
  readonly hadamardReduction: boolean;
  /** Cap on rounds (each round: [Hadamard reduction,] cancel, fold phases, cancel). */
  readonly maxRounds: number;
}

/**
 * The core rounds of Nam et al. (2018)'s optimizer on the gate-list form, fused so a round costs
 * no Circuit round trip: [Hadamard reduction], cancellation, phase folding ({@link foldPhasesDeep}:
 * path-sum simplification with Clifford phases absorbed, then with every phase a term; CCZ
 * role/polarity choice), cancellation — repeated until a round changes nothing (at most
 * `maxRounds`). Rounds matter: rotations merged into Clifford angles are absorbed by the next
 * round's path sum, which can then eliminate more path variables. Semantically the same as
 * fixedPoint(sequence([reduceHadamards, cancelInverses, foldPhasesDeep, cancelInverses]), maxRounds).
 */
export function runNamRounds(list: GateList, opts: NamRoundOptions): { list: GateList; changes: number } {
  let l = list;
  let total = 0;
  // True when the list is exactly the output of a plain fold (the path sum was skipped: circuit
  // above its size limit) followed by a cancellation that changed nothing: folding it again would
  // merge nothing (each parity class already holds one rotation), so a round without earlier
  // changes can stop before folding.
  let settled = false;
  for (let round = 0; round < opts.maxRounds; round++) {
    let changes = 0;
    if (opts.hadamardReduction) { const r = reduceHadamards(l); l = r.list; changes += r.changes; }
    if (settled && changes === 0) break;
    let r = cancelToFixedPoint(l); l = r.list; changes += r.changes;
    const hadCcz = l.gates.some((g) => g.kind === K_CCZ);
    const f = foldPhasesDeep(l);
    if (hadCcz || f.rotationsAfter < f.rotationsBefore) { l = f.list; changes += 1 + f.rotationsBefore - f.rotationsAfter; }
    r = cancelToFixedPoint(l); l = r.list; changes += r.changes;
    settled = f.pathSumRan === false && r.changes === 0;
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
