import { InvalidArgumentError } from '../../errors';
import { HardwareProfile } from './profile';

/**
 * Layers on the critical path of a (physical, un-encoded) circuit, by kind. A layer's duration is
 * the duration of its slowest operation kind, so a circuit with L₁ one-qubit layers, L₂ two-qubit
 * layers, L_m measurement layers and L_r reset layers runs for L₁·t₁ + L₂·t₂ + L_m·t_m + L_r·t_r.
 */
export interface DepthProfile {
  readonly oneQubitLayerCount: number;
  readonly twoQubitLayerCount: number;
  readonly measurementLayerCount: number;
  readonly resetLayerCount?: number;
}

/**
 * Critical-path runtime in ns of a circuit with the given depth profile on `profile` hardware
 * (no error correction): Σ layers × operation time. Throws {@link InvalidArgumentError} for negative
 * or non-integer layer counts.
 */
export function criticalPathRuntimeNs(depth: DepthProfile, profile: HardwareProfile): number {
  const entries: Array<[string, number, number]> = [
    ['oneQubitLayerCount', depth.oneQubitLayerCount, profile.oneQubitGateTimeNs],
    ['twoQubitLayerCount', depth.twoQubitLayerCount, profile.twoQubitGateTimeNs],
    ['measurementLayerCount', depth.measurementLayerCount, profile.oneQubitMeasurementTimeNs],
    ['resetLayerCount', depth.resetLayerCount ?? 0, profile.resetTimeNs],
  ];
  let totalNs = 0;
  for (const [field, count, timeNs] of entries) {
    if (!Number.isInteger(count) || count < 0) {
      throw new InvalidArgumentError(`${field} must be a non-negative integer, got ${count}`, { field, value: count });
    }
    totalNs += count * timeNs;
  }
  return totalNs;
}
