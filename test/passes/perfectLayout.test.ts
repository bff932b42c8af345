import { CircuitBuilder, Circuit } from '../../src/ir';
import { makeStdGate } from '../../src/ops';
import { adjacency, findPerfectLayout, gridMap, heavyHexMap, ibmTokyoMap, lineMap, CouplingMap } from '../../src/passes';

/** A circuit of CX gates on the given pairs (the interaction graph is what matters). */
function cxCircuit(n: number, pairs: readonly (readonly [number, number])[]): Circuit {
  const b = CircuitBuilder.withQubits(n);
  b.apply(makeStdGate('h'), [0]);
  for (const [a, c] of pairs) b.apply(makeStdGate('cx'), [a, c]);
  return b.build();
}

/** Every interacting pair lands on a coupler and the map is injective. */
function isPerfect(c: Circuit, map: CouplingMap, layout: readonly number[]): boolean {
  const coupled = new Set(map.edges.map(([a, b]) => `${a},${b}`));
  const on = (p: number, q: number): boolean => coupled.has(p < q ? `${p},${q}` : `${q},${p}`);
  return new Set(layout).size === layout.length && layout.length === c.numQubits
    && c.instructions.every((i) => i.qubits.length < 2 || on(layout[i.qubits[0]], layout[i.qubits[1]]));
}

const path6: [number, number][] = [[0, 1], [1, 2], [2, 3], [3, 4], [4, 5]];
const triangle: [number, number][] = [[0, 1], [1, 2], [0, 2]];
const star4: [number, number][] = [[0, 1], [0, 2], [0, 3], [0, 4]];
const twoTriangles: [number, number][] = [[0, 4], [1, 4], [0, 1], [2, 3], [2, 4], [3, 4]]; // 4gt13_92's interaction graph

describe('findPerfectLayout', () => {
  it.each([
    ['a path on a line', 6, path6, lineMap(6), true],
    ['a path shuffled onto a line', 6, [[3, 0], [0, 5], [5, 1], [1, 4], [4, 2]] as [number, number][], lineMap(6), true],
    ['a triangle on a line', 3, triangle, lineMap(8), false],
    ['a triangle on heavy-hex (no odd cycles)', 3, triangle, heavyHexMap(2), false],
    ['a degree-4 star on heavy-hex (degree ≤ 3)', 5, star4, heavyHexMap(2), false],
    ['a degree-4 star on a grid', 5, star4, gridMap(3, 3), true],
    ['two triangles sharing a qubit on Tokyo', 5, twoTriangles, ibmTokyoMap(), true],
    ['a 4-cycle on a 2x2 grid', 4, [[0, 1], [1, 2], [2, 3], [3, 0]] as [number, number][], gridMap(2, 2), true],
    ['a 4-clique on a 2x2 grid', 4, [[0, 1], [1, 2], [2, 3], [3, 0], [0, 2], [1, 3]] as [number, number][], gridMap(2, 2), false],
  ] as const)('%s: found = %s, and valid when found', (_what, n, pairs, map, found) => {
    const c = cxCircuit(n, pairs);
    const layout = findPerfectLayout(c.instructions, n, adjacency(map));
    expect(layout !== undefined).toBe(found);
    if (layout) expect(isPerfect(c, map, layout)).toBe(true);
  });

  it('qubits without 2-qubit gates are placed too; the step cap gives up (undefined) rather than searching on', () => {
    const c = cxCircuit(4, [[1, 2]]);
    const layout = findPerfectLayout(c.instructions, 4, adjacency(lineMap(4)))!;
    expect(isPerfect(c, lineMap(4), layout)).toBe(true);
    const hard = cxCircuit(6, path6);
    expect(findPerfectLayout(hard.instructions, 6, adjacency(lineMap(6)), 3)).toBeUndefined();
  });
});
