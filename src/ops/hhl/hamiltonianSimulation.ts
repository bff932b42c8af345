/**
 * Exact Hamiltonian simulation e^{iAt} of a small real symmetric matrix A, optionally controlled:
 * the unitary is computed by eigendecomposition, e^{iAt} = V diag(e^{iλt}) Vᵀ, and decomposed by
 * exact Givens synthesis (unitarySynthesis.ts) with the controls prepended to every gate. Controlled
 * powers U^{2^j} of U = e^{iAt} are ops of this family with time t·2^j (no repeated squaring, so
 * no accumulated error). Operands: controls 0..c−1 (active on |1⟩), then the data qubits.
 * For the exact small-matrix HHL of Harrow, Hassidim, Lloyd, PRL 103, 150502 (2009); large
 * systems use the query models of src/math/qlsa instead.
 */
import { InvalidMatrixError } from '../../errors';
import { Circuit, Op, OpCount, OpDef, callsOfCircuit, hashNumbers, makeOp } from '../../ir';
import type { CMatrix } from '../../math/complexMatrix';
import { controlledMatrix } from '../gates/controlled';
import { denseSymmetricEigen, expIAt } from './denseEigen';
import { synthesizeUnitary } from './unitarySynthesis';

/** Parameters of e^{iAt}: A (row-major dim×dim), t in radians per unit of A, control count. */
export interface HamiltonianSimulationParams {
  readonly dim: number;
  readonly matrix: Float64Array;
  readonly timeRad: number;
  readonly numControls: number;
}

function target(op: Op<HamiltonianSimulationParams>): CMatrix {
  const p = op.params;
  return expIAt(denseSymmetricEigen(p.matrix, p.dim), p.timeRad);
}

function decompose(op: Op<HamiltonianSimulationParams>): Circuit {
  return synthesizeUnitary(target(op), op.params.numControls);
}

/** Family of exact (controlled) e^{iAt} (see file comment). */
export const HAMILTONIAN_SIMULATION_DEF: OpDef<HamiltonianSimulationParams> = Object.freeze({
  name: 'hamsim',
  category: 'unitary' as const,
  summary: 'exact (controlled) e^{iAt} of a small symmetric matrix, by eigendecomposition and Givens synthesis',
  unitary: (op: Op<HamiltonianSimulationParams>) => controlledMatrix(op.params.numControls, target(op)),
  decompose,
  callsFromDecomposition: true,
  calls: (op: Op<HamiltonianSimulationParams>): readonly OpCount[] => callsOfCircuit(decompose(op)),
  inverse: (op: Op<HamiltonianSimulationParams>) =>
    makeHamiltonianSimulation(op.params.matrix, op.params.dim, -op.params.timeRad, op.params.numControls),
  examples: () => [
    makeHamiltonianSimulation(Float64Array.of(1, 0.5, 0.5, -0.3), 2, 0.9, 0),
    makeHamiltonianSimulation(Float64Array.of(1, 0.5, 0.5, -0.3), 2, 1.8, 1),
    makeHamiltonianSimulation(Float64Array.of(0.4, 0.1, 0, 0.2, 0.1, -0.2, 0.15, 0, 0, 0.15, 0.3, 0.1, 0.2, 0, 0.1, -0.5), 4, 2.5, 1),
  ],
});

/** e^{iA·timeRad} (A row-major dim×dim symmetric, dim = 2^n ≥ 2) with `numControls` controls. */
export function makeHamiltonianSimulation(matrix: ArrayLike<number>, dim: number, timeRad: number, numControls = 0): Op<HamiltonianSimulationParams> {
  const n = Math.round(Math.log2(dim));
  if (dim < 2 || 2 ** n !== dim || matrix.length !== dim * dim) {
    throw new InvalidMatrixError(`Hamiltonian simulation needs a 2^n×2^n matrix (n ≥ 1), got ${matrix.length} entries for dimension ${dim}`);
  }
  const m = Float64Array.from(matrix);
  return makeOp(HAMILTONIAN_SIMULATION_DEF, {
    name: numControls > 0 ? 'c_hamsim' : 'hamsim', angles: [timeRad], params: { dim, matrix: m, timeRad, numControls },
    numQubits: n + numControls, paramsKey: `${dim},${numControls},${hashNumbers(m)}`,
  });
}
