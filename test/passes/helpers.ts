import { Circuit, CircuitBuilder, Op } from '../../src/ir';
import { Rng, makeRng } from '../../src/math/rng';
import { makeMultiControlled, makeStdGate, stdGateInfo, stdGateNames, wrapInverse } from '../../src/ops';
import { stateFromAmplitudes, statevector, unitaryOf } from '../../src/sim';
import { equalUpToGlobalPhase } from '../../src/passes';

function pick<T>(rng: Rng, xs: readonly T[]): T {
  return xs[rng.int(xs.length)];
}

function pickQubits(rng: Rng, n: number, k: number): number[] {
  const all = Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < k; i++) { const j = i + rng.int(n - i); [all[i], all[j]] = [all[j], all[i]]; }
  return all.slice(0, k);
}

const CT_GATES = ['h', 'x', 'cx', 'cx', 'cx', 't', 'tdg', 's', 'sdg', 'z', 'ccz', 'ccx', 'cz', 'swap'];

/**
 * A random circuit on `numQubits` qubits with `numGates` gates, biased toward Clifford+T and
 * Toffoli gates (so cancellations and merges actually happen), with some rz by multiples of π/4,
 * arbitrary standard gates with random angles, multi-controlled gates and generic inverse wrappers.
 */
export function randomCircuit(rng: Rng, numQubits: number, numGates: number): Circuit {
  const b = CircuitBuilder.withQubits(numQubits);
  const names = stdGateNames().filter((n) => !n.startsWith('rccx'));
  for (let g = 0; g < numGates; g++) {
    const r = rng.next();
    let op: Op;
    if (r < 0.6) {
      op = makeStdGate(pick(rng, CT_GATES));
    } else if (r < 0.75) {
      op = makeStdGate('rz', [(rng.int(17) - 8) * Math.PI / 4 + (rng.next() < 0.3 ? rng.next() : 0)]);
    } else if (r < 0.92) {
      const name = pick(rng, names);
      const info = stdGateInfo(name)!;
      op = makeStdGate(name, Array.from({ length: info.numAngles }, () => (rng.next() * 2 - 1) * 2 * Math.PI));
    } else if (r < 0.96 && numQubits >= 4) {
      const kind = pick(rng, ['mcx', 'mcz', 'mcp'] as const);
      op = makeMultiControlled(kind, 3, kind === 'mcp' ? [0.7] : []);
    } else {
      op = wrapInverse(pick(rng, [makeStdGate('t'), makeStdGate('h'), makeStdGate('rx', [0.4]), makeStdGate('ccx')]));
    }
    if (op.numQubits > numQubits) { g--; continue; }
    b.apply(op, pickQubits(rng, numQubits, op.numQubits));
  }
  return b.build();
}

/** Max deviation of two circuits' unitaries up to global phase (fast simulator, ≤ 12 qubits). */
export function unitaryDistance(a: Circuit, b: Circuit): number {
  return equalUpToGlobalPhase(unitaryOf(a), unitaryOf(b)).maxErrorAbs;
}

/** Largest entry of |U_a − U_b| with both global phases kept (≤ the operator-norm distance). */
export function phaseSensitiveDistance(a: Circuit, b: Circuit): number {
  const x = unitaryOf(a), y = unitaryOf(b);
  let err = 0;
  for (let i = 0; i < x.re.length; i++) err = Math.max(err, Math.hypot(x.re[i] - y.re[i], x.im[i] - y.im[i]));
  return err;
}

/** A one-line text drawing of a circuit, for test names and failure messages (Quirk-style). */
export function drawCircuit(c: Circuit): string {
  return c.instructions.map((i) => `${i.op.name}${i.op.angles.length ? `(${i.op.angles.map((a) => a.toFixed(3)).join(',')})` : ''}[${i.qubits.join(',')}]`).join(' ') || '(empty)';
}

/** Build a circuit from a compact list: [name, qubits, angles?]. */
export function circuitOf(numQubits: number, gates: readonly (readonly [string, readonly number[], (readonly number[])?])[]): Circuit {
  const b = CircuitBuilder.withQubits(numQubits);
  for (const [name, qs, angles] of gates) b.apply(makeStdGate(name, angles ?? []), qs);
  return b.build();
}

/**
 * Equivalence of two circuits on n > 10 qubits without their unitaries: U·v and U'·v for random
 * dense states v must agree up to ONE global phase (the same for every v). Returns the largest
 * deviation |U v − e^{iφ} U' v|, with φ fitted on the first state.
 */
export function randomStateDistance(a: Circuit, b: Circuit, numStates: number, seed: number): number {
  const rng = makeRng(seed);
  const dim = 2 ** a.numQubits;
  let phase: [number, number] | undefined;
  let worst = 0;
  for (let s = 0; s < numStates; s++) {
    const re = new Float64Array(dim), im = new Float64Array(dim);
    for (let i = 0; i < dim; i++) { re[i] = rng.next() - 0.5; im[i] = rng.next() - 0.5; }
    const v = stateFromAmplitudes(re, im, { normalize: true });
    const x = statevector(a, { initialState: v }), y = statevector(b, { initialState: v });
    if (!phase) {
      let pr = 0, pi = 0;
      for (let i = 0; i < dim; i++) { pr += y.re[i] * x.re[i] + y.im[i] * x.im[i]; pi += y.re[i] * x.im[i] - y.im[i] * x.re[i]; }
      const m = Math.hypot(pr, pi);
      phase = [pr / m, pi / m];
    }
    const [c, sn] = phase;
    let d2 = 0;
    for (let i = 0; i < dim; i++) {
      const dr = x.re[i] - (y.re[i] * c - y.im[i] * sn), di = x.im[i] - (y.re[i] * sn + y.im[i] * c);
      d2 += dr * dr + di * di;
    }
    worst = Math.max(worst, Math.sqrt(d2));
  }
  return worst;
}
