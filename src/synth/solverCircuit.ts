/**
 * The result type shared by the QSVT and HHL solver syntheses: the circuit (state preparation of
 * b followed by one solver op, not flattened), which qubits to post-select, and a report of the
 * parameters chosen.
 */
import type { Circuit, Op } from '../ir';
import type { PreparedSystem } from './problem';

/** Quantum linear solvers this module can synthesize. */
export type SolverName = 'qsvt' | 'hhl';

/** Every solver name. */
export const SOLVER_NAMES: readonly SolverName[] = ['qsvt', 'hhl'];

/** Parameters and estimates of a synthesized solver (all plain numbers/strings: JSON-ready). */
export interface SolverReport {
  readonly solver: SolverName;
  /** Block-encoding construction (QSVT) or 'exact-hamiltonian-simulation' (HHL). */
  readonly blockEncoding: string;
  /** Rows of the user's system, of the prepared (dilated, padded) system. */
  readonly originalDim: number;
  readonly paddedDim: number;
  readonly dilated: boolean;
  readonly numQubits: number;
  readonly numDataQubits: number;
  readonly numAncillaQubits: number;
  /** Block-encoding normalisation α (QSVT); ‖A‖₂ for HHL. */
  readonly alpha: number;
  /** κ = σ_max/σ_min of the prepared matrix. */
  readonly kappa: number;
  /** κ_eff = α/σ_min: the condition number the algorithm pays for. */
  readonly kappaEff: number;
  /** Requested total error (normalized-state 2-norm). */
  readonly epsilon: number;
  /** Share of ε given to the polynomial / phase estimation. */
  readonly epsilonAlgorithm: number;
  /** Share of ε used by the block encoding's own error (κ_eff·errorBound). */
  readonly epsilonBlockEncoding: number;
  /** Polynomial degree (QSVT) or 0. */
  readonly degree: number;
  /** HHL clock qubits or 0. */
  readonly clockBits: number;
  /** Queries to the block encoding (QSVT: degree) or controlled e^{iAt2^j} applications (HHL: 2·clockBits). */
  readonly blockEncodingQueries: number;
  /** Probability of the post-selection succeeding. */
  readonly successProbability: number;
  /**
   * 'exact': computed from the spectrum of the matrix the circuit encodes (A for an error-free
   * block encoding, else the encoding's encodedMatrix, e.g. the rounded sparse entries), equal to
   * the simulated value up to floating point; 'ideal-encoding': the same computation from A for
   * an encoding with a nonzero error bound that does not expose its matrix (the circuit's value
   * differs by O(κ_eff·errorBound)); 'lower-bound': QSVT's analytic lower bound (system too large
   * for the spectrum); 'not-computed': no prediction (NaN; HHL by qubitization above the dense
   * eigendecomposition limit).
   */
  readonly successProbabilityKind: 'exact' | 'ideal-encoding' | 'lower-bound' | 'not-computed';
  /** Extra solver-specific numbers (polynomial scale and measured error, phase-finding stats, t, C, ...). */
  readonly details: Readonly<Record<string, number | string>>;
}

/** A synthesized linear-solver circuit. */
export interface SolverCircuit {
  /** State preparation of b̂ on the data register, then the solver op (registers named). */
  readonly circuit: Circuit;
  /** The solver op itself (QSVT or HHL core). */
  readonly solverOp: Op;
  readonly system: PreparedSystem;
  /** Data qubits (global indices): after post-selection they hold A⁻¹b/‖A⁻¹b‖. */
  readonly dataQubits: readonly number[];
  /** Qubits to post-select and the values they must have. */
  readonly postselectQubits: readonly number[];
  readonly postselectValues: readonly number[];
  readonly report: SolverReport;
}
