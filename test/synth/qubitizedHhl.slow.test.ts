import { postselect, statevector } from '../../src/sim';
import { embedSolution, makeRhs, synthesizeLinearSolver } from '../../src/synth';
import { checkQubitizedHhl, classicalSolve, spdWithSpreadSpectrum as spd } from './helpers';

describe('HHL by qubitization (slow: ~30 s each): simulated post-selected state vs classical A⁻¹b', () => {
  it.each([
    // N, κ, ε, block encoding, seed
    [4, 3, 0.02, 'fable', 14],
    [4, 3, 0.02, 'lcu', 15],
  ])('N=%d κ=%d ε=%d %s (seed %d): fidelity ≥ 0.99, prediction matches', (n, kappa, epsilon, be, seed) => {
    checkQubitizedHhl(n, kappa, epsilon, be, seed);
  });
});

describe('HHL by qubitization at N = 16 (slow: 2.2M gates)', () => {
  it('N=16 κ=3 ε=0.02 dense-dilation: fidelity ≥ 0.99, prediction matches', () => {
    const a = spd(16, 3, 13);
    const b = makeRhs('random', 16, 33);
    const sc = synthesizeLinearSolver({ matrix: a, rhs: b }, { solver: 'hhl', epsilon: 0.02, blockEncoding: 'dense-dilation', hamiltonianSimulation: 'qubitization' });
    const x = embedSolution(sc.system, classicalSolve(a, b));
    const { state: post, probability } = postselect(statevector(sc.circuit, { maxExpandedGates: 5e6 }), sc.postselectQubits, sc.postselectValues);
    let nx = 0, re = 0, im = 0;
    for (let i = 0; i < x.length; i++) { nx += x[i] * x[i]; re += x[i] * post.re[i]; im += x[i] * post.im[i]; }
    const fidelity = (re * re + im * im) / nx;
    console.log(`walk-HHL N=16: ${sc.report.numQubits} qubits, clock ${sc.report.clockBits}, queries ${sc.report.blockEncodingQueries}, fidelity ${fidelity.toFixed(6)} (predicted ${Number(sc.report.details.predictedFidelity).toFixed(6)}), success ${probability.toExponential(3)}`);
    expect(fidelity).toBeGreaterThanOrEqual(0.99);
    expect(Math.abs(fidelity - Number(sc.report.details.predictedFidelity))).toBeLessThan(1e-6);
  });
});
