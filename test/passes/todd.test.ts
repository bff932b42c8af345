import { NAM_DIR } from '../fixtures/paths';
import * as path from 'path';
import fc from 'fast-check';
import { Circuit, CircuitBuilder } from '../../src/ir';
import { makeRng, Rng } from '../../src/math/rng';
import { makeStdGate } from '../../src/ops';
import { loadCircuitFile } from '../../src/parse';
import { cliffordCorrection, namCounts, pairOfKey, namRounds, optimize, reduceTCountInRegions, removeIdentities, sequence, toddReduce, toNamBasis } from '../../src/passes';
import { K_CX, K_H, K_P, K_X, WorkGate, fromGateList, toGateList } from '../../src/passes/gateList';
import { circuitOf, drawCircuit, randomStateDistance, unitaryDistance } from './helpers';

const NAM = NAM_DIR;
const TOL = 1e-8;

/** Signature tensor S_{αβγ} = Σ_j a_jα a_jβ a_jγ mod 2 (α ≤ β ≤ γ), computed directly from its definition. */
function signatureTensor(cols: readonly bigint[], n: number): string {
  const out: number[] = [];
  const bit = (p: bigint, i: number): number => Number((p >> BigInt(i)) & 1n);
  for (let a = 0; a < n; a++) for (let b = a; b < n; b++) for (let c = b; c < n; c++) {
    let s = 0;
    for (const p of cols) s ^= bit(p, a) & bit(p, b) & bit(p, c);
    out.push(s);
  }
  return out.join('');
}

/** Diagonal phase Σ_j (π/4)·k_j·(p_j·x) in units of π/4 (mod 8) for every x: the function a set of terms implements. */
function phaseTable(terms: readonly { parity: bigint; k8: number }[], n: number): number[] {
  const out: number[] = [];
  for (let x = 0; x < 1 << n; x++) {
    let s = 0;
    for (const t of terms) {
      let v = Number(t.parity) & x, par = 0;
      while (v) { par ^= 1; v &= v - 1; }
      if (par) s += t.k8;
    }
    out.push(s & 7);
  }
  return out;
}

describe('toddReduce: T terms with known minimum counts', () => {
  const all = (n: number): number[] => Array.from({ length: (1 << n) - 1 }, (_, i) => i + 1);
  // [case, parities, variables, known minimal T-count, largest count accepted from the greedy search]
  it.each([
    // Σ over all 7 nonzero parities of 3 variables = π·[x ≠ 0]: a CCZ up to X gates, T-count 7 (optimal).
    ['all 7 parities of 3 variables (CCZ: minimum 7)', all(3), 3, 7, 7],
    // Σ over all 15 nonzero parities of 4 variables = 2π·[x ≠ 0] = identity: zero signature tensor.
    ['all 15 parities of 4 variables (identity: minimum 0)', all(4), 4, 0, 0],
    // CCZ(a,b,c)·CCZ(a,b,d) = CCZ(a, b, c⊕d): merging leaves 8 terms, the minimum is 7.
    ['CCZ(a,b,c)·CCZ(a,b,d) after merging (minimum 7)', [0b0100, 0b0101, 0b0110, 0b0111, 0b1000, 0b1001, 0b1010, 0b1011], 4, 7, 7],
  ] as const)('%s', (_name, colNumbers, n, minimum, acceptedMax) => {
    const cols = colNumbers.map(BigInt);
    const out = toddReduce(cols, n);
    expect(out.length).toBeGreaterThanOrEqual(minimum);
    expect(out.length).toBeLessThanOrEqual(acceptedMax);
    expect(signatureTensor(out, n)).toBe(signatureTensor(cols, n));
    // The difference is Clifford, and old = new + correction as functions on all inputs.
    const oldT = cols.map((p) => ({ parity: p, k8: 1 }));
    const newT = out.map((p) => ({ parity: p, k8: 1 }));
    const corr = cliffordCorrection(oldT, newT, n)!;
    expect(corr).toBeDefined();
    const extra: { parity: bigint; k8: number }[] = [];
    for (let i = 0; i < n; i++) extra.push({ parity: 1n << BigInt(i), k8: corr.linear[i] });
    for (const [key, v] of corr.quadratic) {
      const [i, j] = pairOfKey(key, n);
      extra.push({ parity: 1n << BigInt(i), k8: v / 2 }, { parity: 1n << BigInt(j), k8: v / 2 }, { parity: (1n << BigInt(i)) | (1n << BigInt(j)), k8: -v / 2 });
    }
    expect(phaseTable([...newT, ...extra], n)).toEqual(phaseTable(oldT, n));
  });

  it('cliffordCorrection rejects a non-Clifford difference (one T term dropped)', () => {
    expect(cliffordCorrection([{ parity: 1n, k8: 1 }, { parity: 3n, k8: 1 }], [{ parity: 1n, k8: 1 }], 2)).toBeUndefined();
  });

  it('works above 32 variables: CCZ(a,b,c)·CCZ(a,b,d) spread over variables 0, 33, 40, 70 of 80 reaches 7 terms', () => {
    // The 4-variable case above with its variables moved to bits beyond one 32-bit word.
    const at = [0, 33, 40, 70];
    const spread = (p: number): bigint => at.reduce((acc, v, i) => ((p >>> i) & 1 ? acc | (1n << BigInt(v)) : acc), 0n);
    const cols = [0b0100, 0b0101, 0b0110, 0b0111, 0b1000, 0b1001, 0b1010, 0b1011].map(spread);
    const out = toddReduce(cols, 80);
    expect(out.length).toBe(7);
    // Same signature tensor on the four variables used (the others are 0 in every term).
    const squeeze = (p: bigint): bigint => at.reduce((acc, v, i) => (((p >> BigInt(v)) & 1n) ? acc | (1n << BigInt(i)) : acc), 0n);
    for (const p of out) expect(spread(Number(squeeze(p)))).toBe(p);
    expect(signatureTensor(out.map(squeeze), 4)).toBe(signatureTensor(cols.map(squeeze), 4));
    expect(cliffordCorrection(cols.map((p) => ({ parity: p, k8: 1 })), out.map((p) => ({ parity: p, k8: 1 })), 80)).toBeDefined();
  });
});

/** Random CNOT+T circuit with occasional X and Clifford phases (one big CNOT+phase region). */
function randomCnotT(rng: Rng, n: number, g: number): Circuit {
  const b = CircuitBuilder.withQubits(n);
  const ph = ['t', 't', 'tdg', 's', 'z'];
  for (let i = 0; i < g; i++) {
    const r = rng.next();
    const q = rng.int(n);
    if (r < 0.45) b.apply(makeStdGate(ph[rng.int(ph.length)]), [q]);
    else if (r < 0.5) b.apply(makeStdGate(rng.next() < 0.5 ? 'x' : 'h'), [q]);
    else { let t = rng.int(n - 1); if (t >= q) t++; b.apply(makeStdGate('cx'), [q, t]); }
  }
  return b.build();
}

/** A region's gates (global indices) as a circuit on its own qubits. */
function regionCircuit(qubits: readonly number[], gates: readonly WorkGate[]): Circuit {
  const loc = new Map(qubits.map((q, i) => [q, i] as const));
  const b = CircuitBuilder.withQubits(qubits.length);
  for (const w of gates) {
    if (w.kind === K_CX) b.apply(makeStdGate('cx'), [loc.get(w.q0)!, loc.get(w.q1)!]);
    else if (w.kind === K_X) b.apply(makeStdGate('x'), [loc.get(w.q0)!]);
    else if (w.kind === K_P) b.apply(makeStdGate('p', [w.angleRad]), [loc.get(w.q0)!]);
    else if (w.kind === K_H) b.apply(makeStdGate('h'), [loc.get(w.q0)!]);
    else throw new Error('unexpected gate in a rewritten CNOT+phase region');
  }
  return b.build();
}

describe('TODD on CNOT+phase regions preserves the unitary (random circuits ≤ 6 qubits)', () => {
  it.each([
    ['CNOT+T circuits', (rng: Rng, n: number, g: number) => randomCnotT(rng, n, g)],
  ] as const)('%s', (_name, gen) => {
    let reducedT = 0;
    fc.assert(fc.property(fc.record({ seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }), n: fc.integer({ min: 2, max: 6 }), g: fc.integer({ min: 10, max: 90 }) }), ({ seed, n, g }) => {
      const c = toNamBasis.run(gen(makeRng(seed), n, g)).circuit;
      const r = reduceTCountInRegions(toGateList(c), { maxExtraGatesPerT: 1000 });
      const out = fromGateList(r.list);
      const d = unitaryDistance(c, out);
      if (!(d < TOL)) throw new Error(`distance ${d} for ${drawCircuit(c)}`);
      expect(namCounts(out).t).toBeLessThanOrEqual(namCounts(c).t);
      reducedT += namCounts(c).t - namCounts(out).t;
    }), { numRuns: 150, seed: 5 });
    // The property is only meaningful when rewrites happen.
    expect(reducedT).toBeGreaterThan(20);
  });

  it('CCZ(0,1,2)·CCZ(0,1,3): level 3 reaches the minimum T-count 7 (phase folding alone: 8)', () => {
    const c = circuitOf(4, [['ccz', [0, 1, 2]], ['ccz', [0, 1, 3]]]);
    const out = optimize(c, { level: 3, audit: true }).circuit;
    expect(namCounts(out).t).toBe(7);
    expect(unitaryDistance(c, out)).toBeLessThan(1e-10);
  });
});

describe('Nam benchmark circuits with TODD (level 3)', () => {
  // [circuit, best published T-count (COUNTS.md), check the whole circuit on random states (≤ 15 qubits)]
  it.each([
    ['gf2^5_mult', 111, true], ['qcla_mod_7', 235, false], ['csla_mux_3', 62, true], ['mod_mult_55', 35, true], ['vbe_adder_3', 24, true],
    ['hwb6', 75, true], ['adder_8', 173, false], ['gf2^7_mult', 217, false], ['qcla_adder_10', 162, false],
  ] as const)('%s: T below the best published (%d); every rewritten region keeps its unitary', (name, bestT, wholeCircuit) => {
    const c = loadCircuitFile(path.join(NAM, 'input', `${name}.qasm`));
    const out = optimize(c, { level: 3 }).circuit;
    expect(namCounts(out).t).toBeLessThan(bestT);
    if (wholeCircuit) expect(randomStateDistance(c, out, 2, 7)).toBeLessThan(1e-8);
    // Re-run the TODD step on the circuit level 3 hands to it and check each region rewrite on
    // its own qubits with the simulator (exact unitary up to 10 qubits, random states above).
    const beforeTodd = sequence('level 3 before TODD', [toNamBasis, removeIdentities, namRounds({ hadamardReduction: true, maxRounds: 6 })]).run(c).circuit;
    const r = reduceTCountInRegions(toGateList(beforeTodd), { maxExtraGatesPerT: 6 });
    expect(r.rewritten).toBeGreaterThan(0);
    expect(r.tAfter).toBeLessThan(r.tBefore);
    for (const w of r.rewrites) {
      const a = regionCircuit(w.qubits, w.before), b = regionCircuit(w.qubits, w.after);
      expect(w.qubits.length <= 10 ? unitaryDistance(a, b) : randomStateDistance(a, b, 3, 11)).toBeLessThan(1e-9);
    }
  });
});
