import { Circuit, CircuitBuilder, Op } from '../../src/ir';
import { Rng } from '../../src/math/rng';
import { MULTI_CONTROLLED_KINDS, makeMultiControlled, makeStdGate, stdGateInfo, stdGateNames } from '../../src/ops/gates';
import { wrapInverse } from '../../src/ops/inverse';
import { GateDefinition, makeControlled, makeDefinedGate, makeGphase, makeNegControlled, makePower } from '../../src/ops/modifiers';

/** A random angle: half the time an exact dyadic multiple of pi (exercises `pi/8` printing), else uniform. */
export function randomAngle(rng: Rng): number {
  if (rng.next() < 0.5) return ((rng.int(33) - 16) * Math.PI) / 2 ** rng.int(5);
  return (rng.next() - 0.5) * 4 * Math.PI;
}

const DEF: GateDefinition = Object.freeze({
  name: 'mygate', paramNames: ['a'], qubitNames: ['x', 'y'], hash: 'test-mygate',
  instantiate: (a: readonly number[]) => CircuitBuilder.withQubits(2)
    .apply(makeStdGate('h'), [0]).apply(makeStdGate('crz', [a[0]]), [0, 1]).apply(makeStdGate('sx'), [1]).addGlobalPhase(a[0] / 3).build(),
});

/** A random op of the library acting on at most `maxQubits` qubits. */
export function randomOp(rng: Rng, maxQubits: number): Op {
  for (;;) {
    const kind = rng.int(10);
    let op: Op;
    if (kind < 5) {
      const names = stdGateNames();
      const name = names[rng.int(names.length)];
      const info = stdGateInfo(name)!;
      op = makeStdGate(name, Array.from({ length: info.numAngles }, () => randomAngle(rng)));
    } else if (kind === 5) {
      const k = MULTI_CONTROLLED_KINDS[rng.int(MULTI_CONTROLLED_KINDS.length)];
      op = makeMultiControlled(k, 3 + rng.int(2), k === 'mcx' || k === 'mcz' ? [] : [randomAngle(rng)]);
    } else if (kind === 6) {
      const pick = rng.int(7);
      const inner = pick === 6 ? makeDefinedGate(DEF, [randomAngle(rng)])
        : pick === 4 ? makeStdGate('u3', [randomAngle(rng), randomAngle(rng), randomAngle(rng)])
          : pick === 5 ? makeStdGate('rxx', [randomAngle(rng)]) : makeStdGate(['h', 'y', 'sx', 'swap'][pick]);
      op = makeControlled(inner, 1 + rng.int(2));
    } else if (kind === 7) {
      op = makeNegControlled(makeStdGate(['x', 'h', 't'][rng.int(3)]), 1 + rng.int(2));
    } else if (kind === 8) {
      op = rng.next() < 0.5 ? makePower(makeStdGate(['x', 'h', 'cx', 's'][rng.int(4)]), [0.5, 1 / 3, -0.25, 2, -1][rng.int(5)])
        : makeControlled(makeGphase(randomAngle(rng)), 1 + rng.int(2));
    } else {
      op = rng.next() < 0.5 ? makeDefinedGate(DEF, [randomAngle(rng)]) : wrapInverse(makeDefinedGate(DEF, [randomAngle(rng)]));
    }
    if (op.numQubits <= maxQubits && op.numQubits > 0) return op;
  }
}

/** A random unitary circuit on two registers (q of size numQubits−2, r of size 2) with a global phase. */
export function randomCircuit(rng: Rng, numQubits: number, numOps: number): Circuit {
  const b = new CircuitBuilder();
  b.addQreg('q', numQubits - 2);
  b.addQreg('r', 2);
  for (let i = 0; i < numOps; i++) {
    const op = randomOp(rng, numQubits);
    const perm = Array.from({ length: numQubits }, (_, j) => j);
    for (let j = numQubits - 1; j > 0; j--) { const t = rng.int(j + 1); [perm[j], perm[t]] = [perm[t], perm[j]]; }
    b.apply(op, perm.slice(0, op.numQubits));
  }
  b.addGlobalPhase(randomAngle(rng));
  return b.build();
}
