import { GateList, K_CCZ, K_CX, K_H, K_P, K_X, isZeroAngle, viaGateList } from './gateList';
import { Pass, makePass } from './pass';
import { WireDag, nextOn, removeGate, sweepToFixedPoint } from './wireDag';

/** Longest walk along a wire when looking for a partner gate (keeps the pass linear). */
const MAX_WALK = 256;

/** True when live gate j is diagonal on qubit qb (commutes with Z-type gates there: P, CNOT control, CCZ). */
function isZType(d: WireDag, j: number, qb: number): boolean {
  const k = d.kind[j];
  return k === K_P || k === K_CCZ || (k === K_CX && d.q[3 * j] === qb);
}

/** True when live gate j acts on qubit qb as X or as a CNOT target (commutes with X-type gates there). */
function isXType(d: WireDag, j: number, qb: number): boolean {
  const k = d.kind[j];
  return k === K_X || (k === K_CX && d.q[3 * j + 1] === qb);
}

/**
 * One sweep of inverse-pair cancellation and rotation merging on the wire view: H·H, X·X and
 * CNOT·CNOT pairs cancel when every gate between them commutes with them (X past CNOT targets;
 * CNOT past P / CNOT sharing its control on the control wire and X / CNOT sharing its target on
 * the target wire), and P(a)…P(b) on one wire merge across diagonal gates. These are the
 * single- and two-qubit cancellation rules of Nam et al. (2018), Sec. 4.2–4.3; X pairs also cancel
 * across phase gates, which they negate (X·P(θ)·X = e^{iθ}·P(−θ)). Returns the
 * number of rewrites.
 */
export function cancelSweep(d: WireDag): number {
  let changes = 0;
  const n = d.kind.length;
  const passed: number[] = [];
  for (let i = 0; i < n; i++) {
    if (!d.alive[i]) continue;
    const k = d.kind[i];
    const a = d.q[3 * i];
    if (k === K_H) {
      const j = nextOn(d, i, a);
      if (j >= 0 && d.kind[j] === K_H) { removeGate(d, i); removeGate(d, j); changes++; }
    } else if (k === K_X) {
      // X·P(θ)·X = e^{iθ}·P(−θ): X pairs also cancel across phase gates, negating them.
      let j = nextOn(d, i, a);
      passed.length = 0;
      for (let s = 0; j >= 0 && s < MAX_WALK; s++) {
        if (d.kind[j] === K_X) {
          for (const p of passed) { d.globalPhaseRad += d.angleRad[p]; d.angleRad[p] = -d.angleRad[p]; }
          removeGate(d, i); removeGate(d, j); changes++;
          break;
        }
        if (d.kind[j] === K_P) passed.push(j);
        else if (!isXType(d, j, a)) break;
        j = nextOn(d, j, a);
      }
    } else if (k === K_P) {
      if (isZeroAngle(d.angleRad[i])) { removeGate(d, i); changes++; continue; }
      let j = nextOn(d, i, a);
      for (let s = 0; j >= 0 && s < MAX_WALK; s++) {
        if (d.kind[j] === K_P) {
          d.angleRad[j] += d.angleRad[i];
          removeGate(d, i);
          if (isZeroAngle(d.angleRad[j])) removeGate(d, j);
          changes++;
          break;
        }
        if (!isZType(d, j, a)) break;
        j = nextOn(d, j, a);
      }
    } else if (k === K_CX) {
      const t = d.q[3 * i + 1];
      // Walk the control wire (through gates diagonal there) and the target wire (through X-type
      // gates) in lockstep to the first identical CNOT: lockstep stops at the shorter blocked
      // walk, so long runs of CNOT controls (gf2^n multipliers) do not cost O(run) per CNOT.
      let ja = nextOn(d, i, a), jt = nextOn(d, i, t);
      let pa = -1, pt = -1;
      for (let s = 0; s < MAX_WALK; s++) {
        if (pa < 0) {
          if (ja < 0) break;
          if (d.kind[ja] === K_CX && d.q[3 * ja] === a && d.q[3 * ja + 1] === t) pa = ja;
          else if (!isZType(d, ja, a)) break;
          else ja = nextOn(d, ja, a);
        }
        if (pt < 0) {
          if (jt < 0) break;
          if (d.kind[jt] === K_CX && d.q[3 * jt] === a && d.q[3 * jt + 1] === t) pt = jt;
          else if (!isXType(d, jt, t)) break;
          else jt = nextOn(d, jt, t);
        }
        if (pa >= 0 && pt >= 0) {
          if (pa === pt) { removeGate(d, i); removeGate(d, pa); changes++; }
          break;
        }
      }
    }
  }
  return changes;
}

/** Run {@link cancelSweep} until nothing changes (at most `maxSweeps`). Returns the new list and the rewrite count. */
export function cancelToFixedPoint(list: GateList, maxSweeps = 20): { list: GateList; changes: number } {
  return sweepToFixedPoint(list, cancelSweep, maxSweeps);
}

/**
 * Pass: cancel adjacent inverse pairs (H·H, X·X, CX·CX) across gates they commute with and merge
 * phase rotations along wires ({@link cancelSweep} to a fixed point). Nam basis in, Nam basis out.
 */
export const cancelInverses: Pass = makePass({
  name: 'cancelInverses', requires: ['namBasis'], ensures: [], preserves: 'all',
  run: (c) => viaGateList(c, (l) => cancelToFixedPoint(l)),
});
