/**
 * Runtime of a circuit WITHOUT error correction from its call-graph counts: build a
 * {@link DepthProfile} and price it with criticalPathRuntimeNs (src/cost/hardware/runtime.ts).
 *
 * Approximation. The call-graph fold gives only an upper bound D on the depth (for op trees it is
 * the gate count: no parallelism is credited), not the layers themselves. We split D into layer
 * kinds in proportion to the leaf gates: with G the total gate count, every gate kind contributes
 * (D/G) × its count × its native layers, where a two-qubit Clifford (cx, cy, cz) is one two-qubit
 * layer, a swap three, a Toffoli (ccx/ccz) six two-qubit and ten single-qubit layers (the 6-CNOT,
 * 7-T construction of Nielsen & Chuang, Fig. 4.9), arbitrary rotations one single-qubit layer
 * (native physical rotations, no synthesis without QEC), measurements and resets one layer each.
 * Since D ≈ G for op trees, this is close to the fully sequential runtime: an upper bound.
 */
import type { DepthProfile, HardwareProfile, LogicalGateCounts } from '../../cost';
import { criticalPathRuntimeNs } from '../../cost';

/** Native two-qubit layers of one leaf gate by name (others: 0). */
const TWO_QUBIT_LAYERS: Readonly<Record<string, number>> = { cx: 1, cy: 1, cz: 1, swap: 3, ccx: 6, ccz: 6 };
/** Native one-qubit layers of leaf gates that are not single-qubit gates themselves. */
const ONE_QUBIT_LAYERS_OF_MULTI: Readonly<Record<string, number>> = { cx: 0, cy: 0, cz: 0, swap: 0, ccx: 10, ccz: 10 };
const NON_GATE = new Set(['measure', 'reset', 'barrier']);

/** Depth profile of counts under the proportional split described in the file comment. */
export function depthProfileOfCounts(counts: LogicalGateCounts): DepthProfile {
  const total = counts.totalGateCount;
  if (total === 0) return { oneQubitLayerCount: 0, twoQubitLayerCount: 0, measurementLayerCount: 0, resetLayerCount: 0 };
  const scale = Math.min(1, counts.depthUpperBound / total);
  let one = 0, two = 0;
  for (const [name, c] of Object.entries(counts.byName)) {
    if (NON_GATE.has(name)) continue;
    if (name in TWO_QUBIT_LAYERS) {
      two += c * TWO_QUBIT_LAYERS[name];
      one += c * ONE_QUBIT_LAYERS_OF_MULTI[name];
    } else {
      one += c;
    }
  }
  return {
    oneQubitLayerCount: Math.round(scale * one),
    twoQubitLayerCount: Math.round(scale * two),
    measurementLayerCount: Math.round(scale * counts.measurementCount),
    resetLayerCount: Math.round(scale * counts.resetCount),
  };
}

/** Un-encoded runtime of one run of a circuit with these counts on `profile`, seconds (see file comment). */
export function uncorrectedRuntimeSeconds(counts: LogicalGateCounts, profile: HardwareProfile): number {
  return criticalPathRuntimeNs(depthProfileOfCounts(counts), profile) / 1e9;
}
