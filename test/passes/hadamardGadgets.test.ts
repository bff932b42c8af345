import * as path from 'path';
import { NAM_INPUT_DIR } from '../fixtures/paths';
import { CircuitBuilder } from '../../src/ir';
import { makeRng } from '../../src/math/rng';
import { makeMeasure, makeStdGate } from '../../src/ops';
import { loadCircuitFile } from '../../src/parse';
import { InvalidArgumentError, InvalidCircuitError } from '../../src/errors';
import { namCounts, optimize } from '../../src/passes';
import { fromGateList, K_H, toGateList } from '../../src/passes/gateList';
import { gadgetizeHadamards } from '../../src/passes/hadamardGadgets';
import { cnotPhaseRegions } from '../../src/passes/cnotPhaseRegions';
import { parseAncillaMode, parseBudgetS, reduceTCountWithGadgets } from '../../src/passes/gadgetTCount';
import { checkGadgetized } from '../../bench/gadgetCheck';
import { circuitOf, drawCircuit, randomCircuit, randomStateDistance } from './helpers';
import { reduceTCountInRegions } from '../../src/passes/toddRegions';

const TOL = 1e-8;

describe('gadgetizeHadamards', () => {
  it('H T H on one qubit: one ancilla, H only at the ends, post-selected operator = H T H / √2', () => {
    const c = circuitOf(1, [['t', [0]], ['h', [0]], ['t', [0]], ['h', [0]], ['t', [0]]]);
    const g = gadgetizeHadamards(toGateList(c));
    expect(g.ancillas).toBe(2);
    const out = fromGateList(g.list);
    expect(out.numQubits).toBe(3);
    // Every H left is on an ancilla (preparation / final X-basis measurement) — none on the data qubit.
    const hs = g.list.gates.filter((w) => w.kind === K_H);
    expect(hs.every((w) => w.q0 >= 1)).toBe(true);
    expect(hs.length).toBe(4);
    const chk = checkGadgetized(c, out);
    expect(chk.maxErrorAbs).toBeLessThan(TOL);
    expect(chk.normErrorAbs).toBeLessThan(TOL);
  });

  it('leading and trailing Hadamards cost no ancilla', () => {
    const c = circuitOf(2, [['h', [0]], ['cx', [0, 1]], ['t', [1]], ['h', [1]]]);
    const g = gadgetizeHadamards(toGateList(c));
    expect(g.ancillas).toBe(0);
    expect(checkGadgetized(c, fromGateList(g.list)).equivalent).toBe(true);
  });

  it.each([1, 2, 3, 4, 5, 6])('random Clifford+T circuit (seed %i): post-selected gadget circuit equals the input', (seed) => {
    const rng = makeRng(seed);
    const c = optimize(randomCircuit(rng, 3, 14), { level: 1 }).circuit;
    const g = gadgetizeHadamards(toGateList(c));
    if (c.numQubits + g.ancillas > 14) return;
    const chk = checkGadgetized(c, fromGateList(g.list));
    expect({ circuit: drawCircuit(c), ok: chk.equivalent }).toEqual({ circuit: drawCircuit(c), ok: true });
  });

  it('a wrong gadget (CZ phase dropped) is detected by the check', () => {
    const c = circuitOf(1, [['t', [0]], ['h', [0]], ['t', [0]], ['h', [0]], ['t', [0]]]);
    const g = gadgetizeHadamards(toGateList(c));
    const broken = { ...g.list, gates: g.list.gates.filter((_, i) => i !== 3) };
    expect(checkGadgetized(c, fromGateList(broken)).equivalent).toBe(false);
  });

  it('refuses mid-circuit measurement and classical control with InvalidCircuitError', () => {
    const b = CircuitBuilder.withQubits(1);
    b.addCreg('c', 1);
    b.apply(makeStdGate('h'), [0]);
    b.apply(makeMeasure(), [0], { clbits: [0] });
    b.apply(makeStdGate('t'), [0]);
    const c = b.build();
    expect(() => gadgetizeHadamards(toGateList(c))).toThrow(InvalidCircuitError);
    expect(() => gadgetizeHadamards(toGateList(c))).toThrow(/--ancillas none/);
    expect(() => optimize(c, { level: 3, ancillas: 'gadgets' })).toThrow(InvalidCircuitError);
  });
});

describe('cnotPhaseRegions width cap', () => {
  it('strict cap: a CNOT star (one qubit controlling all others) is split into regions of at most maxQubits, covering every gate once', () => {
    const c = circuitOf(10, Array.from({ length: 9 }, (_, i) => ['cx', [0, i + 1]] as const));
    const gates = toGateList(c).gates;
    const regions = cnotPhaseRegions(gates, 10, 4, true);
    expect(Math.max(...regions.map((r) => r.qubits.length))).toBeLessThanOrEqual(4);
    expect(regions.flatMap((r) => r.gateIdx).sort((a, b) => a - b)).toEqual(gates.map((_, i) => i));
    // The reverse star (the full region on the target side of each CNOT).
    const rev = toGateList(circuitOf(10, Array.from({ length: 9 }, (_, i) => ['cx', [i + 1, 0]] as const))).gates;
    expect(Math.max(...cnotPhaseRegions(rev, 10, 4, true).map((r) => r.qubits.length))).toBeLessThanOrEqual(4);
  });

  it('strict cap: no region of a gadgetized adder_8 exceeds 30 qubits', () => {
    const l3 = optimize(loadCircuitFile(path.join(NAM_INPUT_DIR, 'adder_8.qasm')), { level: 3 }).circuit;
    const g = gadgetizeHadamards(toGateList(l3));
    expect(Math.max(...cnotPhaseRegions(g.list.gates, g.list.shell.numQubits, 30, true).map((r) => r.qubits.length))).toBeLessThanOrEqual(30);
  });
});

describe('reduceTCountWithGadgets', () => {
  // Best known T-counts with Hadamard gadgets (issue 15: AlphaTensor-Quantum / Polytof tables).
  it.each([['tof_3', 13], ['barenco_tof_3', 13], ['tof_4', 19]] as const)('%s: T ≤ %i (best known) after gadgets, verified by simulation', (name, bestKnown) => {
    const input = loadCircuitFile(path.join(NAM_INPUT_DIR, `${name}.qasm`));
    const l3 = optimize(input, { level: 3 }).circuit;
    const r = reduceTCountWithGadgets(l3);
    expect(r.tAfter).toBeLessThan(namCounts(l3).t);
    expect(r.tAfter).toBeLessThanOrEqual(bestKnown);
    expect(r.tAfter).toBe(namCounts(r.circuit).t);
    expect(r.circuit.numQubits).toBe(input.numQubits + r.ancillas);
    const chk = checkGadgetized(input, r.circuit);
    expect(chk.maxErrorAbs).toBeLessThan(TOL);
    expect(chk.normErrorAbs).toBeLessThan(TOL);
  });

  it('mod_mult_55 gadgetized (19 qubits): TODD rewrites a region wider than 16 qubits (phase-polynomial check) and the 19-qubit unitary is unchanged (random state)', () => {
    const l3 = optimize(loadCircuitFile(path.join(NAM_INPUT_DIR, 'mod_mult_55.qasm')), { level: 3 }).circuit;
    const g = gadgetizeHadamards(toGateList(l3));
    expect(g.list.shell.numQubits).toBeGreaterThan(16);
    const r = reduceTCountInRegions(g.list, { maxRegionQubits: 30, maxTerms: 160, maxExtraGatesPerT: 1e9 });
    expect(r.tAfter).toBeLessThan(r.tBefore);
    expect(Math.max(...r.rewrites.map((w) => w.qubits.length))).toBeGreaterThan(16);
    expect(randomStateDistance(fromGateList(g.list), fromGateList(r.list), 1, 15)).toBeLessThan(1e-7);
  });

  it('optimize --ancillas gadgets keeps the input qubits first and never raises T above level 3', () => {
    const input = loadCircuitFile(path.join(NAM_INPUT_DIR, 'mod5_4.qasm'));
    const plain = optimize(input, { level: 3 });
    const gad = optimize(input, { level: 3, ancillas: 'gadgets' });
    expect(gad.report.after.t).toBeLessThanOrEqual(plain.report.after.t);
    expect(checkGadgetized(input, gad.circuit).equivalent).toBe(true);
  });

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])('a budget of %p s is an InvalidArgumentError', (budgetS) => {
    expect(() => parseBudgetS(budgetS)).toThrow(InvalidArgumentError);
    expect(() => optimize(circuitOf(1, [['h', [0]]]), { level: 3, ancillas: 'gadgets', budgetS })).toThrow(/time budget \(s\) must be a finite number > 0/);
  });

  it('a tiny budget (cut wherever the clock says) still gives an exact result with T ≤ the level-3 T', () => {
    const input = loadCircuitFile(path.join(NAM_INPUT_DIR, 'tof_4.qasm'));
    const l3 = optimize(input, { level: 3 }).circuit;
    const r = reduceTCountWithGadgets(l3, { budgetS: 1e-9 });
    expect(r.tAfter).toBeLessThanOrEqual(namCounts(l3).t);
    expect(checkGadgetized(input, r.circuit).equivalent).toBe(true);
  });

  it('deterministic: two runs give the same gates', () => {
    const input = loadCircuitFile(path.join(NAM_INPUT_DIR, 'barenco_tof_3.qasm'));
    const a = optimize(input, { level: 3, ancillas: 'gadgets' }).circuit, b = optimize(input, { level: 3, ancillas: 'gadgets' }).circuit;
    expect(drawCircuit(a)).toBe(drawCircuit(b));
  });

  it('parseAncillaMode rejects unknown modes', () => {
    expect(parseAncillaMode('gadgets')).toBe('gadgets');
    expect(() => parseAncillaMode('many')).toThrow(InvalidArgumentError);
  });
});
