import { NAM_DIR } from '../fixtures/paths';
import * as fs from 'fs';
import * as path from 'path';
import { makeRng } from '../../src/math/rng';
import { parseQasm2 } from '../../src/parse';
import {
  Pass, PassContractError, cancelInverses, checkPassSequence, composeContract, foldPhasesPass, OPTIMIZATION_LEVELS, OPTIMIZATION_LEVEL_PASSES, parseOptimizationLevel, lowerTo, makePass, namCounts,
  optimize, reduceHadamardsPass, removeIdentities, rotationTCount, sequence, synthesizeSingleQubit, toNamBasis, GATE_SETS,
} from '../../src/passes';
import { circuitOf, drawCircuit, phaseSensitiveDistance, randomCircuit, unitaryDistance } from './helpers';
import { unitaryOfOp, makeStdGate } from '../../src/ops';

const NAM = NAM_DIR;

describe('cancelInverses: before → after (gate counts)', () => {
  // [drawing, qubits, gates, expected remaining gate count]
  it.each([
    ['h0 h0', 1, [['h', [0]], ['h', [0]]], 0],
    ['x1 cx01 x1 (X commutes with CX target)', 2, [['x', [1]], ['cx', [0, 1]], ['x', [1]]], 1],
    ['cx01 t0 cx01 (T on control commutes)', 2, [['cx', [0, 1]], ['t', [0]], ['cx', [0, 1]]], 1],
    ['cx01 cx21 cx01 (shared target)', 3, [['cx', [0, 1]], ['cx', [2, 1]], ['cx', [0, 1]]], 1],
    ['cx01 cx02 cx01 (shared control)', 3, [['cx', [0, 1]], ['cx', [0, 2]], ['cx', [0, 1]]], 1],
    ['cx01 t1 cx01 (T on target blocks)', 2, [['cx', [0, 1]], ['t', [1]], ['cx', [0, 1]]], 3],
    ['cx01 h1 cx01 (H blocks)', 2, [['cx', [0, 1]], ['h', [1]], ['cx', [0, 1]]], 3],
    ['t0 cx01 tdg0 (merge across control)', 2, [['t', [0]], ['cx', [0, 1]], ['tdg', [0]]], 1],
    ['t0 t0 (merge to one rotation)', 1, [['t', [0]], ['t', [0]]], 1],
    ['x0 t0 x0 (X pair cancels across a phase, negating it)', 1, [['x', [0]], ['t', [0]], ['x', [0]]], 1],
  ] as const)('%s', (_d, n, gates, expected) => {
    const c = toNamBasis.run(circuitOf(n, gates as never)).circuit;
    const out = cancelInverses.run(c).circuit;
    expect(out.instructions.length).toBe(expected);
    expect(unitaryDistance(c, out)).toBeLessThan(1e-10);
  });
});

describe('reduceHadamards: Nam et al. Fig. 4 rules remove two H each', () => {
  it.each([
    ['H S H', 1, [['h', [0]], ['s', [0]], ['h', [0]]], 1],
    ['H S† H', 1, [['h', [0]], ['sdg', [0]], ['h', [0]]], 1],
    ['(H⊗H) CX (H⊗H)', 2, [['h', [0]], ['h', [1]], ['cx', [0, 1]], ['h', [0]], ['h', [1]]], 0],
    ['H S CX S† H on the target', 2, [['h', [1]], ['s', [1]], ['cx', [0, 1]], ['sdg', [1]], ['h', [1]]], 0],
    ['H S† CX S H on the target', 2, [['h', [1]], ['sdg', [1]], ['cx', [0, 1]], ['s', [1]], ['h', [1]]], 0],
  ] as const)('%s', (_d, n, gates, hAfter) => {
    const c = toNamBasis.run(circuitOf(n, gates as never)).circuit;
    const out = reduceHadamardsPass.run(c).circuit;
    expect(out.instructions.filter((i) => i.op.name === 'h').length).toBe(hAfter);
    expect(unitaryDistance(c, out)).toBeLessThan(1e-10);
  });
});

describe('foldPhases merges rotations on equal parities across CNOT and H regions', () => {
  it('T·CX·T†-on-parity cancels: cx01 t1 cx01 cx01 tdg1 cx01 → no rotation', () => {
    const c = toNamBasis.run(circuitOf(2, [['cx', [0, 1]], ['t', [1]], ['cx', [0, 1]], ['cx', [0, 1]], ['tdg', [1]], ['cx', [0, 1]]])).circuit;
    const out = foldPhasesPass.run(c).circuit;
    expect(out.instructions.filter((i) => i.op.name === 'rz').length).toBe(0);
    expect(unitaryDistance(c, out)).toBeLessThan(1e-10);
  });
  it('rotations on the same parity merge even with an unrelated H in between', () => {
    const c = toNamBasis.run(circuitOf(2, [['t', [0]], ['h', [1]], ['cx', [1, 0]], ['cx', [1, 0]], ['t', [0]]])).circuit;
    const out = foldPhasesPass.run(c).circuit;
    expect(out.instructions.filter((i) => i.op.name === 'rz').length).toBe(1);
    expect(unitaryDistance(c, out)).toBeLessThan(1e-10);
  });
  it('a CCZ applied twice vanishes (polarity and folding)', () => {
    const c = circuitOf(3, [['ccz', [0, 1, 2]], ['ccz', [0, 1, 2]]]);
    const out = optimize(c, { level: 2 }).circuit;
    expect(out.instructions.length).toBe(0);
  });
});

describe('removeIdentities', () => {
  it.each([
    ['rz(0)', [['rz', [0], [0]]]],
    ['rz(4π)', [['rz', [0], [4 * Math.PI]]]],
    ['p(2π)', [['p', [0], [2 * Math.PI]]]],
    ['id', [['id', [0]]]],
    ['u3(0,0,0)', [['u3', [0], [0, 0, 0]]]],
    ['cp(0)', [['cp', [0, 1], [0]]]],
  ] as const)('%s is removed', (_d, gates) => {
    const c = circuitOf(2, gates as never);
    const out = removeIdentities.run(c).circuit;
    expect(out.instructions.length).toBe(0);
    expect(unitaryDistance(c, out)).toBeLessThan(1e-12);
  });
  it('rz(0.1) stays', () => {
    expect(removeIdentities.run(circuitOf(1, [['rz', [0], [0.1]]])).changed).toBe(false);
  });
});

describe('single-qubit synthesis: shortest form per basis, checked against the gate matrix', () => {
  it.each([
    ['x', 'nam', 1], ['h', 'nam', 1], ['t', 'nam', 1], ['sx', 'zsx', 1], ['h', 'zsx', 3], ['x', 'zsx', 1],
    ['h', 'zyz', 2], ['y', 'zyz', 1], ['t', 'u3', 1], ['h', 'zsxrx', 3], ['sx', 'zsxrx', 1], ['y', 'zsxrx', 2],
  ] as const)('%s in %s: %i gate(s)', (name, basis, len) => {
    const u = unitaryOfOp(makeStdGate(name));
    const s = synthesizeSingleQubit(u, basis);
    expect(s.ops.length).toBe(len);
  });
});

describe('pass framework', () => {
  it('a sequence whose pass needs the Nam basis before it is established is rejected before running', () => {
    expect(() => checkPassSequence([cancelInverses], [])).toThrow(PassContractError);
    expect(() => checkPassSequence([toNamBasis, cancelInverses], [])).not.toThrow();
  });
  it('a nested sequence is checked like its passes listed flat (the inner sequence requires what its later passes need)', () => {
    // cancelInverses needs namBasis; the inner sequence starts with a pass that requires nothing.
    const inner = sequence('inner', [removeIdentities, cancelInverses]);
    expect(inner.requires).toEqual(['namBasis']);
    expect(() => checkPassSequence([removeIdentities, cancelInverses], [])).toThrow(PassContractError);
    expect(() => checkPassSequence([inner], [])).toThrow(PassContractError);
    expect(() => checkPassSequence([toNamBasis, inner], [])).not.toThrow();
  });
  it('composed contract: ensures what holds at the end, preserves only what every pass keeps or ensures', () => {
    const mk = (name: string, p: Partial<Pass>): Pass => makePass({ name, requires: [], ensures: [], preserves: 'all', run: (c) => ({ circuit: c, changed: false }), ...p });
    const ensureNam = mk('a', { ensures: ['namBasis'], preserves: ['noCcz'] });
    const dropAll = mk('b', { preserves: [] });
    expect(composeContract([ensureNam])).toEqual({ requires: [], ensures: ['namBasis'], preserves: ['namBasis', 'noCcz'] });
    // b drops everything: nothing is ensured at the end and nothing is preserved.
    expect(composeContract([ensureNam, dropAll])).toEqual({ requires: [], ensures: [], preserves: [] });
    expect(composeContract([mk('c', {}), mk('d', {})]).preserves).toBe('all');
    // A requirement that an earlier pass drops can never hold: rejected when the sequence is built.
    expect(() => sequence('bad', [dropAll, mk('e', { requires: ['namBasis'] })])).toThrow(PassContractError);
    // ... unless the earlier pass ensures it.
    expect(composeContract([ensureNam, mk('e', { requires: ['namBasis'] })]).requires).toEqual([]);
  });
  it('optimization levels are data: every level is a list of passes whose contract holds from any input', () => {
    for (const level of OPTIMIZATION_LEVELS) expect(() => checkPassSequence(OPTIMIZATION_LEVEL_PASSES[level], [])).not.toThrow();
    expect(() => parseOptimizationLevel(7)).toThrow(/one of 0, 1, 2, 3/);
  });
  it('sequence audit catches a pass whose output lacks what it ensures', () => {
    const liar: Pass = makePass({ name: 'liar', requires: [], ensures: ['namBasis'], preserves: 'all', run: (c) => ({ circuit: c, changed: false }) });
    expect(() => sequence('s', [liar], { audit: true }).run(circuitOf(1, [['u3', [0], [1, 2, 3]]]))).toThrow(PassContractError);
  });
});

describe('lowering', () => {
  it('ion: one rxx per CNOT', () => {
    const c = circuitOf(3, [['cx', [0, 1]], ['cx', [1, 2]], ['h', [0]]]);
    const out = lowerTo(c, 'ion').circuit;
    expect(out.instructions.filter((i) => i.op.name === 'rxx').length).toBe(2);
    expect(unitaryDistance(c, out)).toBeLessThan(1e-10);
  });
  it('clifford+t: π/4 multiples become T/S/Z, other rotations are synthesized by gridsynth within ε (phase kept)', () => {
    const c = circuitOf(1, [['rz', [0], [Math.PI / 4]], ['h', [0]], ['rz', [0], [0.3]], ['h', [0]], ['rz', [0], [3 * Math.PI / 4]]]);
    const r = lowerTo(c, 'clifford+t', { epsilon: 1e-3 });
    const s = r.synthesis!;
    expect(s.rotationCount).toBe(1);
    expect(s.exactTCount).toBe(2);
    // Ross–Selinger leading term: 3·log2(1/ε) = 3·log2(1000) = 29.9 → 30, + 2.
    expect(s.estimatedTCountPerRotation).toBe(32);
    expect(rotationTCount(1e-10)).toBe(Math.ceil(3 * 10 * Math.log2(10)) + 2);
    // measured: within 3·log2(1/ε) + 10 T gates and ε in operator norm
    expect(s.synthesizedTCount).toBeGreaterThan(0);
    expect(s.synthesizedTCount).toBeLessThanOrEqual(3 * Math.log2(1e3) + 10);
    expect(s.maxDistance).toBeLessThanOrEqual(1e-3);
    expect(r.circuit.instructions.every((i) => GATE_SETS['clifford+t'].has(i.op.name))).toBe(true);
    expect(r.circuit.instructions.filter((i) => i.op.name === 't' || i.op.name === 'tdg').length).toBe(s.synthesizedTCount + s.exactTCount);
    const d = phaseSensitiveDistance(c, r.circuit);
    expect(d).toBeLessThanOrEqual(1e-3);
    expect(d).toBeGreaterThan(1e-8); // an approximation, not an exact rewrite
  });
  it('clifford+t: the budget is shared by the rotations, equal angles are synthesized once', () => {
    const c = circuitOf(2, [['rz', [0], [0.3]], ['cx', [0, 1]], ['rz', [1], [0.3]], ['rz', [1], [-1.1]], ['h', [1]], ['rz', [1], [0.7]]]);
    const s = lowerTo(c, 'clifford+t', { epsilon: 4e-3 }).synthesis!;
    expect(s.rotationCount).toBe(4);
    expect(s.distinctAngleCount).toBe(3);
    expect(s.epsilonPerRotation).toBeCloseTo(1e-3, 15);
    expect(s.maxDistance).toBeLessThanOrEqual(1e-3);
    expect(phaseSensitiveDistance(c, lowerTo(c, 'clifford+t', { epsilon: 4e-3 }).circuit)).toBeLessThanOrEqual(4e-3);
  });
});

describe('Nam benchmark: counting convention and published figures', () => {
  const load = (f: string) => parseQasm2(fs.readFileSync(path.join(NAM, 'input', `${f}.qasm`), 'utf8'));
  it('tof_3 counts 45 / 18 / 21 as count_gates.py (README)', () => {
    expect(namCounts(load('tof_3'))).toEqual({ total: 45, cnot: 18, t: 21 });
  });
  // Best published T-count (COUNTS.md: Nam, VOQC, PyZX, T-par) that level 3 must reach.
  it.each([
    ['tof_3', 15], ['tof_5', 31], ['barenco_tof_3', 16], ['barenco_tof_5', 40], ['vbe_adder_3', 24], ['rc_adder_6', 47],
    ['mod_mult_55', 35], ['qcla_com_7', 95], ['mod5_4', 8], ['gf2^4_mult', 68], ['hwb6', 75],
  ] as const)('%s: T ≤ %i and the unitary is unchanged when small', (name, bestT) => {
    const c = load(name);
    const out = optimize(c, { level: 3 }).circuit;
    const after = namCounts(out);
    expect(after.t).toBeLessThanOrEqual(bestT);
    expect(after.total).toBeLessThan(namCounts(c).total);
    if (c.numQubits <= 9) expect(unitaryDistance(c, out)).toBeLessThan(1e-8);
  });
});

describe('optimization levels are monotone on random Clifford+T circuits', () => {
  it.each([1, 2, 3])('seed %i: level 3 ≤ level 1 in total gates', (seed) => {
    const c = randomCircuit(makeRng(seed), 6, 80);
    const l1 = namCounts(optimize(c, { level: 1 }).circuit).total;
    const l3 = namCounts(optimize(c, { level: 3 }).circuit).total;
    expect(l3).toBeLessThanOrEqual(l1);
  });
  it('drawing helper renders gates', () => {
    expect(drawCircuit(circuitOf(2, [['cx', [0, 1]]]))).toBe('cx[0,1]');
  });
});
