import * as path from 'path';
import { NAM_INPUT_DIR } from '../fixtures/paths';
import { makeRng, Rng } from '../../src/math/rng';
import { loadCircuitFile } from '../../src/parse';
import { namCounts, optimizationPasses, optimize, resynthesizeRegionsForCnots, sequence } from '../../src/passes';
import { K_CX, K_H, K_P, K_X, WorkGate, fromGateList, toGateList } from '../../src/passes/gateList';
import { graySynth } from '../../src/passes/graySynth';
import { czGatesToPhases, reduceTCountWithGadgets } from '../../src/passes/gadgetTCount';
import { gadgetizeHadamards } from '../../src/passes/hadamardGadgets';
import { reduceTCountInRegions } from '../../src/passes/toddRegions';
import { circuitOf, unitaryDistance } from './helpers';

const TOL = 1e-9;

/** Random nonzero mask over k bits. */
function randomMask(rng: Rng, k: number, density: number): bigint {
  let p = 0n;
  while (!p) for (let i = 0; i < k; i++) if (rng.next() < density) p |= 1n << BigInt(i);
  return p;
}

/** Rows of a random invertible k×k matrix over F2 (product of random row additions and a permutation). */
function randomInvertible(rng: Rng, k: number): bigint[] {
  const rows = Array.from({ length: k }, (_, i) => 1n << BigInt(i));
  for (let s = 0; s < 3 * k; s++) { const a = rng.int(k); let b = rng.int(k - 1); if (b >= a) b++; rows[b] ^= rows[a]; }
  for (let i = k - 1; i > 0; i--) { const j = rng.int(i + 1); [rows[i], rows[j]] = [rows[j], rows[i]]; }
  return rows;
}

/**
 * Classical action of CNOT/X/phase gates (`a`, `b`, `angleRad`, kinds of gateList.ts) on basis
 * state x (bigint over any number of qubits): output bits and phase. Written from the gate
 * definitions, independent of the code under test.
 */
function runBasis(gates: readonly { kind: number; a: number; b: number; angleRad: number }[], x: bigint): [bigint, number] {
  let bits = x, phase = 0;
  const bit = (q: number): boolean => ((bits >> BigInt(q)) & 1n) === 1n;
  for (const g of gates) {
    if (g.kind === K_CX) { if (bit(g.a)) bits ^= 1n << BigInt(g.b); }
    else if (g.kind === K_X) bits ^= 1n << BigInt(g.a);
    else if (g.kind === K_P) { if (bit(g.a)) phase += g.angleRad; }
    else throw new Error(`not a CNOT+phase gate: kind ${g.kind}`);
  }
  return [bits, phase];
}

const wrap = (a: number): number => { const t = a % (2 * Math.PI); return t > Math.PI ? t - 2 * Math.PI : t <= -Math.PI ? t + 2 * Math.PI : t; };

/** Max over random basis states of |(phase_a − phase_b) − (the same at x = 0)|, or Infinity when an output differs. */
function basisMismatch(rng: Rng, k: number, a: Parameters<typeof runBasis>[0], b: Parameters<typeof runBasis>[0], samples: number): number {
  const [o0, p0] = runBasis(a, 0n), [o1, p1] = runBasis(b, 0n);
  if (o0 !== o1) return Infinity;
  let worst = 0;
  for (let s = 0; s < samples; s++) {
    const x = randomMask(rng, k, 0.5);
    const [ba, pa] = runBasis(a, x), [bb, pb] = runBasis(b, x);
    if (ba !== bb) return Infinity;
    worst = Math.max(worst, Math.abs(wrap(pa - pb - (p0 - p1))));
  }
  return worst;
}

describe('graySynth (Amy, Azimzadeh, Mosca 2018)', () => {
  it.each([
    // [qubits, terms, parity density]
    [4, 6, 0.5], [8, 40, 0.4], [40, 120, 0.1], [70, 60, 0.05],
  ] as const)('%i qubits, %i random terms: phase of every term once, the requested output map (random basis states)', (k, m, density) => {
    const rng = makeRng(1000 + k);
    const terms = Array.from({ length: m }, () => ({ parity: randomMask(rng, k, density), angleRad: (rng.int(7) + 1) * Math.PI / 4 }));
    const outputs = randomInvertible(rng, k);
    const constants = Array.from({ length: k }, () => rng.int(2));
    const gates = graySynth(k, terms, outputs, constants).map((g) => ({ kind: g.kind === 'cx' ? K_CX : g.kind === 'x' ? K_X : K_P, a: g.a, b: g.b, angleRad: g.angleRad }));
    // Reference: the map |x⟩ ↦ e^{i Σ θ_j (p_j·x)} |L x ⊕ c⟩ evaluated directly.
    const popParity = (v: bigint): number => { let c = 0; for (let u = v; u; u &= u - 1n) c ^= 1; return c; };
    for (let s = 0; s < 64; s++) {
      const x = s === 0 ? 0n : randomMask(rng, k, 0.5);
      let want = 0n;
      outputs.forEach((row, q) => { if (popParity(row & x) ^ constants[q]) want |= 1n << BigInt(q); });
      const wantPhase = terms.reduce((acc, t) => acc + (popParity(t.parity & x) ? t.angleRad : 0), 0);
      const [bits, phase] = runBasis(gates, x);
      expect(bits).toBe(want);
      expect(Math.abs(wrap(phase - wantPhase))).toBeLessThan(TOL);
    }
    expect(gates.filter((g) => g.kind === K_P).length).toBeLessThanOrEqual(m);
  });
});

describe('czGatesToPhases', () => {
  it('H·CX·H on the target becomes the CZ phase form (same unitary, no H left)', () => {
    const c = circuitOf(3, [['t', [0]], ['h', [1]], ['x', [2]], ['cx', [0, 1]], ['t', [2]], ['h', [1]], ['cx', [1, 2]]]);
    const l = toGateList(c);
    const out = czGatesToPhases(l);
    expect(out.gates.some((w) => w.kind === K_H)).toBe(false);
    expect(unitaryDistance(c, fromGateList(out))).toBeLessThan(1e-10);
  });

  it('leaves an H·CX·T·H alone (the T breaks the run)', () => {
    const l = toGateList(circuitOf(2, [['t', [1]], ['h', [1]], ['cx', [0, 1]], ['t', [1]], ['h', [1]], ['t', [1]]]));
    expect(czGatesToPhases(l)).toBe(l);
  });

  it('a CNOT run at the start of a wire keeps its H as the wire\'s first gate', () => {
    const c = circuitOf(3, [['t', [0]], ['cx', [0, 1]], ['cx', [2, 1]], ['h', [1]], ['t', [1]], ['cx', [1, 2]]]);
    const out = czGatesToPhases(toGateList(c));
    const first = out.gates.findIndex((w) => w.q0 === 1 || w.q1 === 1);
    expect(out.gates[first].kind).toBe(K_H);
    expect(out.gates.filter((w) => w.kind === K_H).length).toBe(1);
    expect(unitaryDistance(c, fromGateList(out))).toBeLessThan(1e-10);
  });
});

describe('TODD on whole gadgetized regions wider than 30 qubits', () => {
  it('tof_10 (35 qubits gadgetized): a > 30-qubit region is rewritten, T drops, and the rewrite agrees on random basis states', () => {
    const l3 = optimize(loadCircuitFile(path.join(NAM_INPUT_DIR, 'tof_10.qasm')), { level: 3 }).circuit;
    const g = gadgetizeHadamards(toGateList(l3));
    const k = g.list.shell.numQubits;
    expect(k).toBeGreaterThan(30);
    const r = reduceTCountInRegions(g.list, { maxRegionQubits: k, maxTerms: 400, maxKernels: 3000, maxExtraGatesPerT: 1e9, czAsHadamardGates: false, todd: { firstImprovement: true, maxSteps: 10000 } });
    expect(r.tAfter).toBeLessThan(r.tBefore);
    const wide = r.rewrites.filter((w) => w.qubits.length > 30);
    expect(wide.length).toBeGreaterThan(0);
    const local = (qs: readonly number[], ws: readonly WorkGate[]) => {
      const loc = new Map(qs.map((q, i) => [q, i] as const));
      return ws.map((w) => ({ kind: w.kind, a: loc.get(w.q0)!, b: w.kind === K_CX ? loc.get(w.q1)! : -1, angleRad: w.angleRad }));
    };
    const rng = makeRng(7);
    for (const w of wide) expect(basisMismatch(rng, w.qubits.length, local(w.qubits, w.before), local(w.qubits, w.after), 200)).toBeLessThan(TOL);
  });

  it('reduceTCountWithGadgets on tof_10 reaches the best known T with gadgets (55; the 30-qubit windows alone: 64)', () => {
    const l3 = optimize(loadCircuitFile(path.join(NAM_INPUT_DIR, 'tof_10.qasm')), { level: 3 }).circuit;
    const whole = reduceTCountWithGadgets(l3);
    expect(whole.tAfter).toBeLessThanOrEqual(55);
    expect(whole.tAfter).toBe(namCounts(whole.circuit).t);
  });
});

describe('resynthesizeRegionsForCnots (GraySynth per CNOT+phase region)', () => {
  it('random CNOT+phase circuits (≤ 6 qubits): same unitary, CNOT and T never up, some regions improved', () => {
    let saved = 0;
    for (let seed = 0; seed < 60; seed++) {
      const rng = makeRng(seed);
      const n = 2 + rng.int(5);
      const ops: [string, number[]][] = [];
      for (let i = 0; i < 40; i++) {
        const q = rng.int(n);
        if (rng.next() < 0.5) { let t = rng.int(n - 1); if (t >= q) t++; ops.push(['cx', [q, t]]); }
        else ops.push([['t', 'tdg', 's', 'x', 'h'][rng.int(5)], [q]]);
      }
      const c = circuitOf(n, ops);
      const r = resynthesizeRegionsForCnots(toGateList(c));
      const out = fromGateList(r.list);
      expect(unitaryDistance(c, out)).toBeLessThan(1e-8);
      expect(namCounts(out).cnot).toBeLessThanOrEqual(namCounts(c).cnot);
      expect(namCounts(out).t).toBeLessThanOrEqual(namCounts(c).t);
      expect(r.cnotAfter).toBeLessThanOrEqual(r.cnotBefore);
      saved += namCounts(c).cnot - namCounts(out).cnot;
    }
    expect(saved).toBeGreaterThan(10);
  });

  it('level 3 on vbe_adder_3 ends with fewer CNOTs than level 3 without the pass, T unchanged', () => {
    const c = loadCircuitFile(path.join(NAM_INPUT_DIR, 'vbe_adder_3.qasm'));
    const out = optimize(c, { level: 3 });
    const withoutPass = sequence('level 3 without resynthesizeRegions', optimizationPasses(3).filter((p) => p.name !== 'resynthesizeRegions')).run(c).circuit;
    expect(out.report.after.cnot).toBeLessThan(namCounts(withoutPass).cnot);
    expect(out.report.after.t).toBe(namCounts(withoutPass).t);
  });
});
