import * as path from 'path';
import { CircuitBuilder, Circuit } from '../../src/ir';
import { loadCircuitFile } from '../../src/parse';
import { unitaryOf } from '../../src/sim';
import { RouteResult, equalUpToLayouts, ibmTokyoMap, lowerToNam, routeSabre } from '../../src/passes';
import { SABRE_REVLIB_DIR } from '../fixtures/paths';

/**
 * A routed circuit restricted to the physical qubits it touches (qubits it never touches hold idle
 * ancillas that never move), so that its unitary fits: logical qubits 0..n−1 first, then the
 * ancillas that start on a touched qubit. Returns the compacted circuit and layouts.
 */
function compactRouted(r: RouteResult, n: number): { circuit: Circuit; initialLayout: number[]; finalLayout: number[] } {
  const touched = new Set<number>(r.initialLayout.slice(0, n));
  for (const i of r.circuit.instructions) for (const q of i.qubits) touched.add(q);
  const phys = [...touched].sort((a, b) => a - b);
  const slot = new Map(phys.map((p, k) => [p, k]));
  const logicals = r.initialLayout.map((p, l) => [p, l] as const).filter(([p, l]) => l < n || touched.has(p)).map(([, l]) => l);
  const b = CircuitBuilder.withQubits(phys.length);
  for (const i of r.circuit.instructions) b.apply(i.op, i.qubits.map((q) => slot.get(q)!));
  b.addGlobalPhase(r.circuit.globalPhaseRad);
  const at = (layout: readonly number[]) => logicals.map((l) => {
    const k = slot.get(layout[l]);
    if (k === undefined) throw new Error(`logical ${l} left the touched qubits`);
    return k;
  });
  return { circuit: b.build(), initialLayout: at(r.initialLayout), finalLayout: at(r.finalLayout) };
}

describe('SABRE-paper circuits routed onto IBM Q Tokyo', () => {
  const map = ibmTokyoMap();
  const coupled = new Set(map.edges.flatMap(([a, b]) => [`${a},${b}`, `${b},${a}`]));
  it.each(['4mod5-v1_22', 'alu-v0_27', 'decod24-v2_43'])('%s: every 2-qubit gate on a coupler, equivalent to the input up to the layouts', (name) => {
    const logical = lowerToNam(loadCircuitFile(path.join(SABRE_REVLIB_DIR, `${name}.qasm`)));
    const r = routeSabre(logical, map, { seed: 1 });
    expect(r.circuit.numQubits).toBe(20);
    expect(r.swapCount).toBeGreaterThan(0); // seed 1, one trial: the check covers SWAPs
    expect(r.circuit.instructions.every((i) => i.qubits.length < 2 || (i.qubits.length === 2 && coupled.has(i.qubits.join(','))))).toBe(true);
    expect(r.circuit.instructions.length).toBe(logical.instructions.length + r.swapCount);
    const c = compactRouted(r, logical.numQubits);
    expect(c.circuit.numQubits).toBeLessThanOrEqual(12);
    const eq = equalUpToLayouts(unitaryOf(c.circuit), unitaryOf(logical), c.initialLayout, c.finalLayout);
    expect(eq.maxErrorAbs).toBeLessThan(1e-8);
    expect(eq.equivalent).toBe(true);
  });
});
