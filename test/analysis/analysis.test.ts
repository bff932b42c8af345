import { Circuit, CircuitBuilder, Instruction } from '../../src/ir';
import { makeRng } from '../../src/math/rng';
import { makeBarrier, makeMeasure, makeStdGate } from '../../src/ops';
import { circuitStats, depth, depthOf, gateCountsByName, twoQubitDepth, twoQubitGateCount, usedQubitCount } from '../../src/analysis';
import { randomCircuit } from '../sim/randomCircuit';

/**
 * Independent depth: longest path in the explicit dependency DAG (edge i → j when i < j share a
 * qubit or clbit wire; barriers dropped first), O(m²).
 */
function dagDepth(c: Circuit, counts: (i: Instruction) => boolean = () => true): number {
  const ins = c.instructions.filter((i) => i.op.def.category !== 'barrier' && counts(i));
  const wires = (i: Instruction) => new Set([...i.qubits.map((q) => `q${q}`), ...i.clbits.map((b) => `c${b}`), ...(i.condition?.clbits ?? []).map((b) => `c${b}`)]);
  const w = ins.map(wires);
  const longest: number[] = [];
  for (let j = 0; j < ins.length; j++) {
    let best = 0;
    for (let i = 0; i < j; i++) if ([...w[j]].some((x) => w[i].has(x))) best = Math.max(best, longest[i]);
    longest.push(best + 1);
  }
  return Math.max(0, ...longest);
}

describe('depth', () => {
  it.each([
    // q0: ─H──●──────  q1: ────X──●──  q2: ────────X──   (cx chain: depth 3)
    ['h, cx chain', (b: CircuitBuilder) => b.apply(makeStdGate('h'), [0]).apply(makeStdGate('cx'), [0, 1]).apply(makeStdGate('cx'), [1, 2]), 3],
    // q0: ─H─  q1: ─H─  q2: ─H─   (parallel: depth 1)
    ['parallel h', (b: CircuitBuilder) => b.apply(makeStdGate('h'), [0]).apply(makeStdGate('h'), [1]).apply(makeStdGate('h'), [2]), 1],
    // barriers neither count nor synchronize
    ['barrier', (b: CircuitBuilder) => b.apply(makeStdGate('h'), [0]).apply(makeBarrier(3), [0, 1, 2]).apply(makeStdGate('h'), [1]), 1],
    // measure q0→c0, then x on q1 conditioned on c0: the clbit wire orders them (depth 3 with the h)
    ['condition on clbit', (b: CircuitBuilder) => b.apply(makeStdGate('h'), [0]).apply(makeMeasure(), [0], { clbits: [0] })
      .apply(makeStdGate('x'), [1], { condition: { clbits: [0], value: 1 } }), 3],
  ] as const)('%s → %i', (_name, build, want) => {
    const c = build(CircuitBuilder.withQubits(3, 1)).build();
    expect(depth(c)).toBe(want);
    expect(dagDepth(c)).toBe(want);
  });

  it.each([[1], [2], [3], [4], [5], [6]])('random circuit seed %i: ASAP depth = DAG longest path', (seed) => {
    const rng = makeRng(seed);
    const c = randomCircuit(rng, 3 + (seed % 4), 60, { stdOnly: true });
    expect(depth(c)).toBe(dagDepth(c));
    const is2q = (i: Instruction) => i.op.def.category === 'unitary' && i.qubits.length === 2;
    expect(twoQubitDepth(c)).toBe(dagDepth(c, is2q));
    expect(depthOf(c, is2q)).toBe(twoQubitDepth(c));
  });
});

describe('counts and stats', () => {
  it('counts by name, 2-qubit count, used qubits, memoized on the circuit', () => {
    const b = CircuitBuilder.withQubits(5, 2);
    b.apply(makeStdGate('h'), [0]).apply(makeStdGate('cx'), [0, 1]).apply(makeStdGate('cx'), [1, 2]).apply(makeStdGate('ccx'), [0, 1, 2]);
    b.apply(makeStdGate('rzz', [0.3]), [0, 2]).apply(makeBarrier(5), [0, 1, 2, 3, 4]).apply(makeMeasure(), [2], { clbits: [1] });
    const c = b.build();
    expect(gateCountsByName(c)).toEqual({ barrier: 1, ccx: 1, cx: 2, h: 1, measure: 1, rzz: 1 });
    expect(Object.keys(gateCountsByName(c))).toEqual(['barrier', 'ccx', 'cx', 'h', 'measure', 'rzz']);
    expect(gateCountsByName(c)).toBe(gateCountsByName(c));
    expect(twoQubitGateCount(c)).toBe(3);
    expect(usedQubitCount(c)).toBe(3);
    const s = circuitStats(c);
    expect(s).toMatchObject({ numQubits: 5, usedQubits: 3, numClbits: 2, instructionCount: 7, gateCount: 5, twoQubitGateCount: 3, multiQubitGateCount: 1 });
    expect(s.depth).toBe(dagDepth(c));
    expect(circuitStats(c)).toBe(s);
  });

  it('random circuits: counts by name sum to the instruction count and match a manual tally', () => {
    const c = randomCircuit(makeRng(42), 6, 200, { stdOnly: true });
    const tally: Record<string, number> = {};
    let twoQ = 0;
    for (const i of c.instructions) { tally[i.op.name] = (tally[i.op.name] ?? 0) + 1; if (i.qubits.length === 2) twoQ++; }
    expect(gateCountsByName(c)).toEqual(tally);
    expect(twoQubitGateCount(c)).toBe(twoQ);
  });
});
