import { GateList, K_CX, K_H, K_P, viaGateList } from './gateList';
import { Pass, makePass } from './pass';
import { WireDag, nextOn, prevOn, removeGate, sweepToFixedPoint } from './wireDag';

const HALF_PI = Math.PI / 2;

function isS(d: WireDag, j: number, sign: number): boolean {
  return j >= 0 && d.kind[j] === K_P && Math.abs(d.angleRad[j] - sign * HALF_PI) < 1e-12;
}

/**
 * One sweep of the Hadamard-reduction rules of Nam et al. (2018), Sec. 4.1 (Fig. 4), each
 * removing two H gates so phase-polynomial regions grow:
 *   H·S·H = e^{iπ/4} S†·H·S†,   H·S†·H = e^{−iπ/4} S·H·S,
 *   (H⊗H)·CX(c,t)·(H⊗H) = CX(t,c),
 *   H_t·S_t·CX(c,t)·S†_t·H_t = S†_t·CX(c,t)·S_t   (and with S ↔ S†).
 * (Time order left to right.) Returns the number of rewrites.
 */
export function hadamardSweep(d: WireDag): number {
  let changes = 0;
  const n = d.kind.length;
  for (let i = 0; i < n; i++) {
    if (!d.alive[i] || d.kind[i] !== K_H) continue;
    const q = d.q[3 * i];
    const j = nextOn(d, i, q);
    if (j < 0) continue;
    // H S± H → S∓ H S∓ : reuse i as S∓, j's P becomes H, the last H becomes S∓.
    if (d.kind[j] === K_P && (isS(d, j, 1) || isS(d, j, -1))) {
      const k = nextOn(d, j, q);
      if (k >= 0 && d.kind[k] === K_H) {
        const sign = d.angleRad[j] > 0 ? 1 : -1;
        d.kind[i] = K_P; d.angleRad[i] = -sign * HALF_PI;
        d.kind[j] = K_H; d.angleRad[j] = 0;
        d.kind[k] = K_P; d.angleRad[k] = -sign * HALF_PI;
        d.globalPhaseRad += sign * Math.PI / 4;
        changes++;
        continue;
      }
    }
    if (d.kind[j] === K_CX) {
      const c = d.q[3 * j], t = d.q[3 * j + 1];
      const other = c === q ? t : c;
      const hPrev = prevOn(d, j, other), hNextQ = nextOn(d, j, q), hNextO = nextOn(d, j, other);
      if (hPrev >= 0 && d.kind[hPrev] === K_H && hNextQ >= 0 && d.kind[hNextQ] === K_H && hNextO >= 0 && d.kind[hNextO] === K_H) {
        removeGate(d, i); removeGate(d, hPrev); removeGate(d, hNextQ); removeGate(d, hNextO);
        d.q[3 * j] = t; d.q[3 * j + 1] = c;
        changes++;
        continue;
      }
    }
    // H S± CX(·,q) S∓ H on the target wire q → S∓ CX S±.
    if (d.kind[j] === K_P && (isS(d, j, 1) || isS(d, j, -1))) {
      const sign = d.angleRad[j] > 0 ? 1 : -1;
      const cx = nextOn(d, j, q);
      if (cx >= 0 && d.kind[cx] === K_CX && d.q[3 * cx + 1] === q) {
        const s2 = nextOn(d, cx, q);
        if (isS(d, s2, -sign)) {
          const h2 = nextOn(d, s2, q);
          if (h2 >= 0 && d.kind[h2] === K_H) {
            removeGate(d, i); removeGate(d, h2);
            d.angleRad[j] = -sign * HALF_PI; d.angleRad[s2] = sign * HALF_PI;
            changes++;
          }
        }
      }
    }
  }
  return changes;
}

/** Run {@link hadamardSweep} to a fixed point (at most `maxSweeps`). */
export function reduceHadamards(list: GateList, maxSweeps = 10): { list: GateList; changes: number } {
  return sweepToFixedPoint(list, hadamardSweep, maxSweeps);
}

/** Pass: Nam et al.'s Hadamard-reduction rewrites ({@link hadamardSweep}) to a fixed point. */
export const reduceHadamardsPass: Pass = makePass({
  name: 'reduceHadamards', requires: ['namBasis'], ensures: [], preserves: 'all',
  run: (c) => viaGateList(c, (l) => reduceHadamards(l)),
});
