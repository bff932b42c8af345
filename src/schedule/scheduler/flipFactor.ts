/**
 * How far a scheduling decision is from flipping. The scheduler picks quantum exactly when
 * quantumSeconds < classicalSeconds (priceBlockSystem.ts, matrixFreeBlock.ts), and every quantum
 * time it compares — the un-encoded critical path (gate layers × gate times), the query model
 * (queries × ⌈log₂(N·d)⌉ two-qubit gate times) and the surface code (cycles × logical cycle time
 * (4·t_2q + 2·t_meas)·d, src/cost/qec/surfaceCode.ts), with state preparation and read-out — is
 * linear in the hardware profile's gate and measurement times at fixed error rates. So the
 * decision flips when all quantum times are scaled by
 *
 *   flipFactor = classicalSeconds / quantumSeconds,
 *
 * which is also the quantum-over-classical cost factor at which the two tie. Above 1 for a
 * quantum decision (quantum could be that many times slower and still win); below 1 for a
 * classical one (quantum must become 1/flipFactor times faster, or classical that many times slower).
 */
import { formatNumber } from '../../format';

/** The two times a decision compared. */
export interface ComparedTimes {
  readonly quantumSeconds: number;
  readonly classicalSeconds: number;
}

/**
 * Factor by which every quantum gate / measurement time (equivalently the quantum cost) must be
 * multiplied for the decision to flip (see the file comment); null when a time is not a positive
 * finite number (nothing finite flips it).
 */
export function decisionFlipFactor(t: ComparedTimes): number | null {
  const { quantumSeconds: q, classicalSeconds: c } = t;
  if (!(Number.isFinite(q) && Number.isFinite(c) && q > 0 && c > 0)) return null;
  return c / q;
}

/** One-line reading of a flip factor for the text and HTML reports, e.g. 'flips if quantum 3.2e4× faster'. */
export function describeFlipFactor(factor: number | null): string {
  if (factor === null) return 'no finite flip';
  const f = (x: number): string => formatNumber(x, 3);
  return factor > 1 ? `flips if quantum ${f(factor)}× slower` : `flips if quantum ${f(1 / factor)}× faster`;
}
