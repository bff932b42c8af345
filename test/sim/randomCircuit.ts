import { Circuit, CircuitBuilder, Op } from '../../src/ir';
import { Rng } from '../../src/math/rng';
import { MULTI_CONTROLLED_KINDS, makeMultiControlled, makeStdGate, stdGateInfo, stdGateNames, wrapInverse } from '../../src/ops';

/** Pick `k` distinct qubits out of n. */
export function pickQubits(rng: Rng, n: number, k: number): number[] {
  const all = Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < k; i++) {
    const j = i + rng.int(n - i);
    [all[i], all[j]] = [all[j], all[i]];
  }
  return all.slice(0, k);
}

function randomAngle(rng: Rng): number {
  return (rng.next() * 2 - 1) * 2 * Math.PI;
}

/**
 * A random op acting on at most `maxQubits` qubits: any standard gate, a multi-controlled gate
 * (3–4 controls), or a generic inverse wrapper (an op without gateSpec, simulated via its
 * decomposition). `opts.stdOnly` restricts to the standard gate library.
 */
export function randomOp(rng: Rng, maxQubits: number, opts: { stdOnly?: boolean } = {}): Op {
  for (;;) {
    const r = rng.next();
    if (!opts.stdOnly && r < 0.1 && maxQubits >= 4) {
      const kind = MULTI_CONTROLLED_KINDS[rng.int(MULTI_CONTROLLED_KINDS.length)];
      const k = 3 + rng.int(Math.min(2, maxQubits - 3));
      return makeMultiControlled(kind, k, kind === 'mcx' || kind === 'mcz' ? [] : [randomAngle(rng)]);
    }
    if (!opts.stdOnly && r < 0.15) {
      const names = stdGateNames().filter((n) => stdGateInfo(n)!.numQubits <= maxQubits && n !== 'cx' && n !== 'u3' && !n.startsWith('rccx'));
      const name = names[rng.int(names.length)];
      return wrapInverse(makeStdGate(name, Array.from({ length: stdGateInfo(name)!.numAngles }, () => randomAngle(rng))));
    }
    const names = stdGateNames();
    const name = names[rng.int(names.length)];
    const info = stdGateInfo(name)!;
    if (info.numQubits > maxQubits) continue;
    return makeStdGate(name, Array.from({ length: info.numAngles }, () => randomAngle(rng)));
  }
}

/** A random unitary circuit on n qubits with `numOps` ops (plus a random global phase). */
export function randomCircuit(rng: Rng, n: number, numOps: number, opts: { stdOnly?: boolean } = {}): Circuit {
  const b = CircuitBuilder.withQubits(n);
  for (let i = 0; i < numOps; i++) {
    const op = randomOp(rng, n, opts);
    b.apply(op, pickQubits(rng, n, op.numQubits));
  }
  if (!opts.stdOnly) b.addGlobalPhase(randomAngle(rng));
  return b.build();
}

/** A layer of random u3 gates on every qubit (a random product state from |0…0⟩). */
export function randomU3Layer(rng: Rng, n: number): Circuit {
  const b = CircuitBuilder.withQubits(n);
  for (let q = 0; q < n; q++) b.apply(makeStdGate('u3', [randomAngle(rng), randomAngle(rng), randomAngle(rng)]), [q]);
  return b.build();
}
