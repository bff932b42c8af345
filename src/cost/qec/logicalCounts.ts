import { InvalidArgumentError, requireOpenUnitInterval } from '../../errors';

/**
 * Pre-layout logical resource counts of an algorithm, the input of the physical estimate
 * (the Azure RE's `logicalCounts`; Beverland et al., arXiv:2211.07629, Appendix C).
 */
export interface LogicalCounts {
  /** Logical qubits used by the algorithm before layout (Q). */
  readonly logicalQubitCount: number;
  /** T (and T†) gates, not counting those inside rotations / CCZ / CCiX. */
  readonly tCount: number;
  /** Arbitrary-angle single-qubit rotations (each is synthesized from T gates). */
  readonly rotationCount: number;
  /** Number of non-Clifford layers that contain at least one arbitrary rotation. */
  readonly rotationDepth: number;
  /** CCZ (Toffoli-class) gates. */
  readonly cczCount: number;
  /** CCiX gates (Jones' Toffoli, arXiv:1212.5069). */
  readonly ccixCount: number;
  /** Single-qubit Pauli measurements. */
  readonly measurementCount: number;
}

/** The three parts of the error budget (each a probability), as split by the Azure RE. */
export interface ErrorBudgetParts {
  /** ε_log: probability of at least one logical (QEC) failure. */
  readonly logical: number;
  /** ε_dis: probability of at least one faulty distilled T state. */
  readonly tStates: number;
  /** ε_syn: probability of at least one failed rotation synthesis. */
  readonly rotations: number;
}

/** Multi-qubit Pauli measurements per T gate / rotation / measurement in PSSPC (Γ_R = 1). */
const MEASUREMENTS_PER_ROTATION = 1;
/** Multi-qubit Pauli measurements per CCZ / CCiX in PSSPC (Γ_Tof = 3). */
const MEASUREMENTS_PER_TOFFOLI = 3;
/** T states consumed per CCZ / CCiX. */
const T_STATES_PER_TOFFOLI = 4;

/**
 * Validate counts: every field a finite non-negative integer, rotationDepth ≤ rotationCount,
 * rotationDepth > 0 iff rotationCount > 0, logicalQubitCount ≥ 1. Throws {@link InvalidArgumentError}.
 */
export function validateLogicalCounts(c: LogicalCounts): LogicalCounts {
  const fields = ['logicalQubitCount', 'tCount', 'rotationCount', 'rotationDepth', 'cczCount', 'ccixCount', 'measurementCount'] as const;
  for (const f of fields) {
    const v = c[f];
    // Counts above 2^53 (N = 10⁹ solvers) are integral doubles with relative error ≤ 2^-53: fine for an estimate.
    if (typeof v !== 'number' || !Number.isFinite(v) || !Number.isInteger(v) || v < 0) {
      throw new InvalidArgumentError(`logical counts: ${f} must be a non-negative integer, got ${String(v)}`, { field: f, value: v });
    }
  }
  if (c.logicalQubitCount < 1) throw new InvalidArgumentError('logical counts: logicalQubitCount must be ≥ 1', { value: c.logicalQubitCount });
  if (c.rotationDepth > c.rotationCount || (c.rotationCount > 0) !== (c.rotationDepth > 0)) {
    throw new InvalidArgumentError(
      `logical counts: rotationDepth (${c.rotationDepth}) must be ≥ 1 and ≤ rotationCount (${c.rotationCount}) when there are rotations, 0 otherwise`,
      { rotationCount: c.rotationCount, rotationDepth: c.rotationDepth });
  }
  return c;
}

/**
 * Logical qubits after Litinski's fast-block layout as used by the Azure RE:
 * Q_alg = 2·Q + ⌈√(8·Q)⌉ + 1 (Beverland et al., Appendix C; Litinski, Quantum 3, 128 (2019)).
 */
export function algorithmicLogicalQubits(logicalQubitCount: number): number {
  return 2 * logicalQubitCount + Math.ceil(Math.sqrt(8 * logicalQubitCount)) + 1;
}

/**
 * T states per synthesized rotation at total synthesis budget ε_syn: ⌈0.53·log₂(R/ε_syn) + 5.3⌉
 * (Azure RE, after Kliuchnikov et al., arXiv:2203.10064); undefined when there are no rotations.
 */
export function tStatesPerRotation(rotationCount: number, rotationBudget: number): number | undefined {
  if (rotationCount === 0) return undefined;
  return Math.ceil(0.53 * Math.log2(rotationCount / rotationBudget) + 5.3);
}

/**
 * Algorithmic logical depth in logical cycles (PSSPC, Beverland et al., Appendix C):
 * (M + R + T)·Γ_R + 3·(CCZ + CCiX) + t_rot·D_rot, where t_rot = T states per rotation.
 */
export function algorithmicLogicalDepth(c: LogicalCounts, tPerRotation: number): number {
  return (c.measurementCount + c.rotationCount + c.tCount) * MEASUREMENTS_PER_ROTATION
    + (c.cczCount + c.ccixCount) * MEASUREMENTS_PER_TOFFOLI
    + tPerRotation * c.rotationDepth * MEASUREMENTS_PER_ROTATION;
}

/** T states consumed: T + 4·(CCZ + CCiX) + t_rot·R. */
export function tStateCount(c: LogicalCounts, tPerRotation: number): number {
  return T_STATES_PER_TOFFOLI * (c.cczCount + c.ccixCount) + c.tCount + tPerRotation * c.rotationCount;
}

/**
 * Split a total error budget ε ∈ (0, 1) as the Azure RE does: ε/3 each to logical, T distillation and
 * rotation synthesis when there are rotations; ε/2 to logical and T states when there are T states
 * but no rotations; all to logical when the algorithm needs no T states. Explicit parts are validated
 * (each ≥ 0, sum < 1, logical > 0, T / rotation parts > 0 when needed). Throws {@link InvalidArgumentError}.
 */
export function splitErrorBudget(budget: number | ErrorBudgetParts, c: LogicalCounts): ErrorBudgetParts {
  const hasRotations = c.rotationCount > 0;
  const hasTStates = hasRotations || c.tCount + c.cczCount + c.ccixCount > 0;
  if (typeof budget === 'number') {
    requireOpenUnitInterval(budget, 'error budget');
    if (hasRotations) return { logical: budget / 3, tStates: budget / 3, rotations: budget / 3 };
    if (hasTStates) return { logical: budget / 2, tStates: budget / 2, rotations: 0 };
    return { logical: budget, tStates: 0, rotations: 0 };
  }
  const { logical, tStates, rotations } = budget;
  const total = logical + tStates + rotations;
  if (!(total < 1) || !(logical > 0) || !(tStates >= 0) || !(rotations >= 0)
    || (hasTStates && tStates === 0) || (hasRotations && rotations === 0)) {
    throw new InvalidArgumentError(
      `error budget parts ${JSON.stringify(budget)} are invalid: need logical > 0, tStates > 0 if T states are used, ` +
      'rotations > 0 if rotations are used, and a total < 1', { budget });
  }
  return { logical, tStates, rotations };
}
