import { NAM_DIR } from '../fixtures/paths';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { CircuitBuilder, Circuit } from '../../src/ir';
import { makeRng, Rng } from '../../src/math/rng';
import { makeStdGate } from '../../src/ops';
import { loadCircuitFile } from '../../src/parse';
import { foldPhasesDeepPass, foldPhasesPass, namCounts, optimize, simplifiedParities, toNamBasis } from '../../src/passes';
import { K_CCZ, K_P, toGateList } from '../../src/passes/gateList';
import { circuitOf, drawCircuit, randomStateDistance, unitaryDistance } from './helpers';

const TOL = 1e-8;
const NAM = NAM_DIR;

/** Rotations by odd multiples of π/4 in a circuit (T-count, Nam convention). */
const tCount = (c: Circuit): number => namCounts(c).t;

/**
 * Random Clifford+T+Toffoli circuit dense in H and phase gates (so the path sum has many
 * internal path variables with Clifford phases: the [HH] and [ω] rules fire often).
 */
function denseCliffordT(rng: Rng, n: number, g: number): Circuit {
  const b = CircuitBuilder.withQubits(n);
  const one = ['h', 'h', 'h', 's', 'sdg', 'z', 't', 'tdg', 'x'];
  for (let i = 0; i < g; i++) {
    const r = rng.next();
    const q = rng.int(n);
    if (r < 0.6 || n < 2) b.apply(makeStdGate(one[rng.int(one.length)]), [q]);
    else if (r < 0.9 || n < 3) { let t = rng.int(n - 1); if (t >= q) t++; b.apply(makeStdGate('cx'), [q, t]); }
    else { const qs = [0, 1, 2].map((k) => (q + k) % n); b.apply(makeStdGate(rng.next() < 0.5 ? 'ccz' : 'ccx'), qs); }
  }
  return b.build();
}

describe('path-sum phase folding (Clifford phases absorbed): before → after', () => {
  // [drawing, qubits, gates, T-count after plain path-sum folding, after deep folding]
  it.each([
    // H·Z·H = X: the Z joins the Clifford part, [HH] then identifies the two T parities (x and x ⊕ 1).
    ['t0 h0 z0 h0 t0 (= T X T: the T pair cancels)', 1, [['t', [0]], ['h', [0]], ['z', [0]], ['h', [0]], ['t', [0]]], 2, 0],
    // H S H S H = e^{iπ/4} S†: [ω] removes the first path variable, [HH] the second.
    ['t0 h0 s0 h0 s0 h0 t0 (= T S† T = I)', 1, [['t', [0]], ['h', [0]], ['s', [0]], ['h', [0]], ['s', [0]], ['h', [0]], ['t', [0]]], 2, 0],
    // A CNOT inside the H region: parity x0 ⊕ x1 before and after.
    ['t1 cx01 h1 z1 h1 cx01 tdg1', 2, [['cx', [0, 1]], ['t', [1]], ['h', [1]], ['z', [1]], ['h', [1]], ['tdg', [1]], ['cx', [0, 1]]], 2, 0],
  ] as const)('%s', (_d, n, gates, plainT, deepT) => {
    const c = toNamBasis.run(circuitOf(n, gates as never)).circuit;
    const plain = foldPhasesPass.run(c).circuit;
    const deep = foldPhasesDeepPass.run(c).circuit;
    expect(tCount(plain)).toBe(plainT);
    expect(tCount(deep)).toBe(deepT);
    expect(unitaryDistance(c, plain)).toBeLessThan(1e-10);
    expect(unitaryDistance(c, deep)).toBeLessThan(1e-10);
  });

  it('absorbed Clifford phase gates are reported and keep no merge key', () => {
    const l = toGateList(toNamBasis.run(circuitOf(1, [['t', [0]], ['h', [0]], ['z', [0]], ['h', [0]], ['t', [0]]])).circuit);
    const s = simplifiedParities(l.gates, 1, { absorbClifford: true })!;
    const pIdx = l.gates.map((g, i) => (g.kind === K_P ? i : -1)).filter((i) => i >= 0);
    expect(pIdx.length).toBe(3);
    expect(s.eliminated).toBeGreaterThan(0);
    expect(Array.from(pIdx, (i) => s.absorbed[i])).toEqual([0, 1, 0]);
    expect(s.classId[pIdx[0]]).toBe(s.classId[pIdx[2]]);
    expect(s.classId[pIdx[1]]).toBe(-1);
    expect(s.negated[pIdx[0]] ^ s.negated[pIdx[2]]).toBe(1);
  });
});

describe('deep phase folding preserves the unitary (random dense Clifford+T+Toffoli circuits ≤ 6 qubits)', () => {
  const arb = fc.record({ seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }), n: fc.integer({ min: 1, max: 6 }), g: fc.integer({ min: 5, max: 60 }) })
    .map(({ seed, n, g }) => denseCliffordT(makeRng(seed), n, g));
  it.each([
    ['foldPhasesDeep', (c: Circuit) => foldPhasesDeepPass.run(toNamBasis.run(c).circuit).circuit],
    ['optimize level 3', (c: Circuit) => optimize(c, { level: 3, audit: true }).circuit],
  ] as const)('%s', (_name, run) => {
    let eliminatedTotal = 0;
    fc.assert(fc.property(arb, (c) => {
      const l = toGateList(toNamBasis.run(c).circuit);
      eliminatedTotal += simplifiedParities(l.gates.filter((g) => g.kind !== K_CCZ), c.numQubits, { absorbClifford: true })?.eliminated ?? 0;
      const out = run(c);
      const d = unitaryDistance(c, out);
      if (!(d < TOL)) throw new Error(`distance ${d} for ${drawCircuit(c)}`);
      if (tCount(out) > tCount(c)) throw new Error(`T-count grew ${tCount(c)} → ${tCount(out)} for ${drawCircuit(c)}`);
    }), { seed: 29, numRuns: 60 });
    // The rules must actually have fired on this distribution for the test to mean anything.
    expect(eliminatedTotal).toBeGreaterThan(50);
  });
});

describe('Nam benchmark circuits ≤ 10 qubits: level 3 is unitarily equivalent and meets the best published T-count', () => {
  // [circuit, best published T-count (COUNTS.md: min over Nam L/H, VOQC, PyZX, T-par)]
  it.each([
    ['tof_3', 15], ['tof_4', 23], ['tof_5', 31], ['barenco_tof_3', 16], ['barenco_tof_4', 28], ['barenco_tof_5', 40],
    ['mod5_4', 8], ['mod_mult_55', 35], ['vbe_adder_3', 24], ['hwb6', 75],
  ] as const)('%s', (name, bestT) => {
    const file = path.join(NAM, 'input', `${name}.qasm`);
    if (!fs.existsSync(file)) throw new Error(`missing benchmark file ${file}`);
    const c = loadCircuitFile(file);
    const out = optimize(c, { level: 3 }).circuit;
    expect(tCount(out)).toBeLessThanOrEqual(bestT);
    expect(unitaryDistance(c, out)).toBeLessThan(TOL);
  });
});

describe('Nam benchmark circuits of 11–15 qubits: level 3 agrees with the input on random states (one global phase)', () => {
  // [circuit, best published T-count (COUNTS.md)]
  it.each([
    ['mod_red_21', 73], ['gf2^4_mult', 68], ['rc_adder_6', 47], ['csla_mux_3', 62], ['gf2^5_mult', 111],
  ] as const)('%s', (name, bestT) => {
    const c = loadCircuitFile(path.join(NAM, 'input', `${name}.qasm`));
    const out = optimize(c, { level: 3 }).circuit;
    expect(randomStateDistance(c, out, 2, 41)).toBeLessThan(1e-8);
    // gf2^5_mult: T-par's 111 is not reached (115, equal to PyZX); the others meet the best figure.
    expect(tCount(out)).toBeLessThanOrEqual(name === 'gf2^5_mult' ? 115 : bestT);
  });

  it('the random-state check detects a wrong circuit (one T removed from csla_mux_3)', () => {
    const c = loadCircuitFile(path.join(NAM, 'input', 'csla_mux_3.qasm'));
    const out = optimize(c, { level: 3 }).circuit;
    const k = out.instructions.findIndex((i) => i.op.name === 'rz' && Math.abs(Math.abs(i.op.angles[0]) - Math.PI / 4) < 1e-9);
    const b = CircuitBuilder.withQubits(out.numQubits);
    out.instructions.forEach((ins, j) => { if (j !== k) b.apply(ins.op, ins.qubits); });
    expect(randomStateDistance(c, b.build(), 2, 41)).toBeGreaterThan(1e-3);
  });
});
