/**
 * The Newton direction of a tiny block computed by the quantum circuit itself: synthesize the
 * linear-solver circuit for H̃ Δ = g (src/synth), simulate it (src/sim), post-select the ancillas
 * and read the data register, which holds Δ/‖Δ‖ up to a global phase (Gilyén et al., STOC 2019,
 * §4 for QSVT; Harrow, Hassidim & Lloyd 2009 for HHL).
 *
 * A normalized state carries neither the norm of Δ nor its global phase. Both are taken from the
 * classical solution x_c, as the scheduler's contract says: phase φ = arg⟨x_c|ψ⟩, then
 * Δ = ‖x_c‖·Re(e^{−iφ}ψ) restricted to the block's N entries. Everything else about the direction
 * (its shape in R^N) comes from the simulated circuit; the fidelity |⟨x̂_c|ψ⟩|² is reported.
 */
import { SimulationTooLargeError } from '../../errors';
import { CsrMatrix } from '../../math/csrMatrix';
import { postselect, statevector } from '../../sim';
import { embedSolution, SOLVER_NAMES, stateFidelity, synthesizeLinearSolver } from '../../synth';

/** A direction read from a simulated solver circuit. */
export interface SimulatedDirection {
  readonly direction: Float64Array;
  /** |⟨x̂_c|ψ⟩|² of the post-selected data register against the classical solution. */
  readonly fidelity: number;
  /** Solver that was synthesized ('qsvt' or 'hhl'). */
  readonly solver: string;
  readonly numQubits: number;
  /** Post-selection probability of the simulated run. */
  readonly successProbability: number;
}

/**
 * Synthesize and simulate the solver for h·Δ = g and return Δ scaled to ‖classical‖ (see the
 * module comment). Solvers the synthesizer lacks (das, costa) are simulated with qsvt. Throws
 * SimulationTooLargeError when the circuit is wider than `maxQubits`.
 */
export function simulatedNewtonDirection(
  h: CsrMatrix, g: ArrayLike<number>, classical: ArrayLike<number>, solver: string, epsilon: number, maxQubits: number,
): SimulatedDirection {
  const synthSolver = (SOLVER_NAMES as readonly string[]).includes(solver) ? solver : 'qsvt';
  const sc = synthesizeLinearSolver({ matrix: h, rhs: g }, { solver: synthSolver, epsilon });
  if (sc.report.numQubits > maxQubits) {
    throw new SimulationTooLargeError(`the ${synthSolver} circuit for an N = ${h.n} block has ${sc.report.numQubits} qubits > ${maxQubits}`, { qubits: sc.report.numQubits, maxQubits });
  }
  const { state, probability } = postselect(statevector(sc.circuit), sc.postselectQubits, sc.postselectValues);
  const expected = embedSolution(sc.system, classical);
  const fidelity = stateFidelity(expected, state.re, state.im);
  let sr = 0, si = 0, nc = 0;
  for (let i = 0; i < expected.length; i++) { sr += expected[i] * state.re[i]; si += expected[i] * state.im[i]; nc += expected[i] * expected[i]; }
  const overlap = Math.hypot(sr, si);
  const cosPhi = overlap > 0 ? sr / overlap : 1, sinPhi = overlap > 0 ? si / overlap : 0;
  const scale = Math.sqrt(nc);
  const off = sc.system.solutionOffset;
  const direction = new Float64Array(h.n);
  // Re(e^{−iφ}(re + i·im)) = cosφ·re + sinφ·im.
  for (let i = 0; i < h.n; i++) direction[i] = scale * (cosPhi * state.re[off + i] + sinPhi * state.im[off + i]);
  return { direction, fidelity, solver: synthSolver, numQubits: sc.report.numQubits, successProbability: probability };
}
