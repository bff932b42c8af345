import { InvalidArgumentError } from '../../src/errors';
import { Circuit, CircuitBuilder } from '../../src/ir';
import { maxAbsDiffC } from '../../src/math/complexMatrix';
import { makeRng } from '../../src/math/rng';
import { makeStdGate } from '../../src/ops/gates';
import { unitaryOfCircuit } from '../../src/ops/unitaryOf';
import {
  CouplingMap, DEVICE_TARGETS, DeviceTargetName, GATE_SETS, IBM_HEAVY_HEX, distanceMatrix, ibmCouplingMapByName, ibmHeavyHexMap, lowerTo, optimize, routeSabre,
} from '../../src/passes';
import { randomCircuit } from './helpers';

const TOL = 1e-9;
const DEVICES = Object.keys(DEVICE_TARGETS) as DeviceTargetName[];

function degrees(m: CouplingMap): number[] {
  const deg = new Array(m.numPhysicalQubits).fill(0);
  for (const [a, b] of m.edges) { deg[a]++; deg[b]++; }
  return deg;
}

describe('IBM heavy-hex coupling maps', () => {
  // Published sizes: Eagle r3 127 qubits / 144 couplers, Heron r1 133 / 150, Heron r2 156 / 176.
  it.each([['ibm-eagle-r3', 127, 144], ['ibm-heron-r1', 133, 150], ['ibm-heron-r2', 156, 176]] as const)('%s: %i qubits, %i edges, degree ≤ 3, connected', (name, n, e) => {
    const m = ibmHeavyHexMap(IBM_HEAVY_HEX[name]);
    expect(m.numPhysicalQubits).toBe(n);
    expect(m.edges.length).toBe(e);
    expect(Math.max(...degrees(m))).toBe(3);
    expect(Math.min(...degrees(m))).toBeGreaterThanOrEqual(1);
    const d = distanceMatrix(m);
    for (let p = 0; p < n; p++) expect(d[p]).toBeLessThan(1 << 20);
    expect(ibmCouplingMapByName(name)!.edges).toEqual(m.edges);
  });

  it('heavy-hex has no triangle (its cycles are the 12-cycles of the heavy hexagons)', () => {
    const m = ibmHeavyHexMap(IBM_HEAVY_HEX['ibm-eagle-r3']);
    const adj = new Map<number, Set<number>>();
    for (const [a, b] of m.edges) { (adj.get(a) ?? adj.set(a, new Set()).get(a)!).add(b); (adj.get(b) ?? adj.set(b, new Set()).get(b)!).add(a); }
    for (const [a, b] of m.edges) for (const c of adj.get(a)!) if (c !== b) expect(adj.get(b)!.has(c)).toBe(false);
  });
});

describe('lowering to device gate sets is exact (global phase included)', () => {
  it.each(DEVICES)('%s: random 3-qubit circuits', (target) => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const c = randomCircuit(makeRng(seed), 3, 14);
      const low = lowerTo(c, target).circuit;
      for (const ins of low.instructions) expect(GATE_SETS[target].has(ins.op.name)).toBe(true);
      expect(maxAbsDiffC(unitaryOfCircuit(low), unitaryOfCircuit(c))).toBeLessThan(TOL);
    }
  });

  it.each(DEVICES)('%s: one CNOT uses one native entangler', (target) => {
    const low = lowerTo(CircuitBuilder.withQubits(2).apply(makeStdGate('cx'), [0, 1]).build(), target).circuit;
    expect(low.instructions.filter((i) => i.qubits.length === 2)).toHaveLength(1);
  });
});

describe('classically conditioned gates', () => {
  const conditioned = () => {
    const b = CircuitBuilder.withQubits(2);
    b.addCreg('c', 1);
    return b.apply(makeStdGate('h'), [0]).apply(makeStdGate('x'), [1], { condition: { clbits: [0], value: 1 } }).build();
  };
  it.each(DEVICES)('%s: lowered when the device has classical control, else a typed error', (target) => {
    if (DEVICE_TARGETS[target].classicalControl) expect(lowerTo(conditioned(), target).circuit.instructions.some((i) => i.condition)).toBe(true);
    else expect(() => lowerTo(conditioned(), target)).toThrow(/no mid-circuit 'if'/);
  });
  it('ionq, braket and Heron with fractional gates (IBM: no fractional gates in dynamic circuits) lack it; IBM and Quantinuum have it', () => {
    expect(DEVICES.filter((d) => !DEVICE_TARGETS[d].classicalControl).sort()).toEqual(['braket', 'ibm-heron-fractional', 'ionq']);
  });
});

describe('ibm-heron-fractional: ZZ rotations as one rzz with 0 < θ ≤ π/2', () => {
  it.each([0.3, -0.3, 1.2, -1.2, 2.5, -2.5, Math.PI, Math.PI / 2, -Math.PI / 2, 7.1])('cx·rz(%f)·cx: one rzz in range, exact', (theta) => {
    const c = CircuitBuilder.withQubits(3).apply(makeStdGate('h'), [0]).apply(makeStdGate('cx'), [0, 2]).apply(makeStdGate('h'), [1])
      .apply(makeStdGate('rz', [theta]), [2]).apply(makeStdGate('cx'), [0, 2]).apply(makeStdGate('cx'), [1, 2]).build();
    const low = lowerTo(c, 'ibm-heron-fractional').circuit;
    const rzz = low.instructions.filter((i) => i.op.name === 'rzz');
    expect(rzz.length).toBeLessThanOrEqual(1);
    for (const g of rzz) { expect(g.op.angles[0]).toBeGreaterThan(0); expect(g.op.angles[0]).toBeLessThanOrEqual(Math.PI / 2 + 1e-12); }
    // the ZZ rotation costs at most one rzz, against 2 cz on plain Heron; the last cx stays one cz
    expect(low.instructions.filter((i) => i.op.name === 'cz')).toHaveLength(1);
    expect(lowerTo(c, 'ibm-heron').circuit.instructions.filter((i) => i.op.name === 'cz')).toHaveLength(3);
    expect(maxAbsDiffC(unitaryOfCircuit(low), unitaryOfCircuit(c))).toBeLessThan(TOL);
  });
});

describe('ibm-heron-fractional: a single-qubit rotation is one rx, not two sx', () => {
  const pulses = (c: Circuit, q: number) => c.instructions.filter((i) => i.qubits.length === 1 && i.qubits[0] === q && i.op.name !== 'rz').length;

  it.each([[0.7, 0.2, -1.1], [2.9, -0.4, 0.3], [1.3, 0, 0], [0.01, 2, 1]])('u3(%f, %f, %f): one rx (plain Heron: two sx), exact', (t, f, l) => {
    const c = CircuitBuilder.withQubits(1).apply(makeStdGate('u3', [t, f, l]), [0]).build();
    const low = lowerTo(c, 'ibm-heron-fractional').circuit;
    expect(low.instructions.filter((i) => i.op.name === 'rx')).toHaveLength(1);
    expect(pulses(low, 0)).toBe(1);
    expect(pulses(lowerTo(c, 'ibm-heron').circuit, 0)).toBe(2);
    expect(maxAbsDiffC(unitaryOfCircuit(low), unitaryOfCircuit(c))).toBeLessThan(TOL);
  });

  it('random 3-qubit circuits: never more non-rz single-qubit gates than plain Heron, fewer in total, exact', () => {
    let fractional = 0, plain = 0;
    for (const seed of [11, 12, 13, 14, 15, 16]) {
      const c = randomCircuit(makeRng(seed), 3, 20);
      const low = lowerTo(c, 'ibm-heron-fractional').circuit, ref = lowerTo(c, 'ibm-heron').circuit;
      const count = (x: Circuit) => [0, 1, 2].reduce((s, q) => s + pulses(x, q), 0);
      expect(count(low)).toBeLessThanOrEqual(count(ref));
      fractional += count(low); plain += count(ref);
      expect(maxAbsDiffC(unitaryOfCircuit(low), unitaryOfCircuit(c))).toBeLessThan(TOL);
    }
    expect(fractional).toBeLessThan(plain);
  });
});

describe('routing to device coupling maps', () => {
  it('a circuit routed to Eagle uses only coupled pairs, reports SWAPs and depth, and keeps the native gate set', () => {
    const b = CircuitBuilder.withQubits(6);
    for (let i = 0; i < 6; i++) b.apply(makeStdGate('h'), [i]);
    for (let i = 0; i < 6; i++) for (let j = i + 1; j < 6; j++) b.apply(makeStdGate('cx'), [i, j]).apply(makeStdGate('rz', [0.1 * (i + j)]), [j]);
    const coupling = DEVICE_TARGETS['ibm-eagle'].couplingMaps[0].build();
    const { circuit, report } = optimize(b.build(), { level: 1, target: 'ibm-eagle', coupling });
    expect(report.routing!.swapCount).toBeGreaterThan(0);
    expect(report.routing!.depth).toBeGreaterThan(0);
    const edges = new Set(coupling.edges.map(([x, y]) => `${x},${y}`));
    for (const ins of circuit.instructions) {
      expect(GATE_SETS['ibm-eagle'].has(ins.op.name)).toBe(true);
      if (ins.qubits.length === 2) expect(edges.has([...ins.qubits].sort((x, y) => x - y).join(','))).toBe(true);
    }
  });

  it('a circuit wider than the coupling map is a typed error', () => {
    const coupling = ibmCouplingMapByName('ibm-eagle-r3')!;
    const wide = CircuitBuilder.withQubits(128).apply(makeStdGate('cx'), [0, 127]).build();
    expect(() => routeSabre(wide, coupling)).toThrow(InvalidArgumentError);
    expect(() => routeSabre(wide, coupling)).toThrow(/128 qubits but coupling map ibm-eagle-r3 has only 127/);
  });
});
