import { synthesizeLinearSolver, embedSolution, makeRhs } from '../../src/synth';
import { classicalSolve, simulateSolver, symmetricWithCondition } from './helpers';

describe('QSVT inversion: simulated post-selected state vs classical A⁻¹b', () => {
  it.each([
    // N, κ, ε, seed
    [2, 3, 0.01, 1],
    [4, 5, 0.01, 2],
    [8, 10, 0.01, 3],
    [16, 10, 0.01, 4],
    [6, 8, 0.01, 5],
  ])('N=%d κ=%d ε=%d (seed %d): fidelity ≥ 0.99, success probability as predicted', (n, kappa, epsilon, seed) => {
    const a = symmetricWithCondition(n, kappa, seed);
    const b = makeRhs('random', n, seed + 10);
    const sc = synthesizeLinearSolver({ matrix: a, rhs: b }, { solver: 'qsvt', epsilon, blockEncoding: 'dense-dilation' });
    const x = classicalSolve(a, b);
    const sim = simulateSolver(sc, embedSolution(sc.system, x));
    console.log(`QSVT N=${n} κ=${kappa}: degree ${sc.report.degree}, fidelity ${sim.fidelity.toFixed(6)}, success ${sim.successProbability.toExponential(3)} ` +
      `(predicted ${sc.report.successProbability.toExponential(3)}), polynomial max rel. error ${Number(sc.report.details.polynomialMeasuredMaxRelError).toExponential(2)}`);
    expect(sim.fidelity).toBeGreaterThanOrEqual(0.99);
    expect(sc.report.successProbabilityKind).toBe('exact');
    expect(Math.abs(sim.successProbability - sc.report.successProbability)).toBeLessThan(1e-6);
    expect(sim.successProbability).toBeGreaterThanOrEqual(Number(sc.report.details.successProbabilityLowerBound) * (1 - 1e-9));
    expect(Number(sc.report.details.polynomialMeasuredMaxRelError)).toBeLessThanOrEqual(epsilon);
  });
});

describe('QSVT inversion with the FABLE / LCU block encodings (sparse: qsvtSparse.slow.test.ts)', () => {
  it.each([
    ['fable', 4, 4, 0.05, 42],
    ['lcu', 4, 4, 0.05, 43],
  ])('%s, N=%d κ=%d ε=%d: fidelity ≥ 0.99 and simulated success = predicted', (be, n, kappa, epsilon, seed) => {
    const a = symmetricWithCondition(n, kappa, seed);
    const b = makeRhs('random', n, seed);
    const sc = synthesizeLinearSolver({ matrix: a, rhs: b }, { solver: 'qsvt', epsilon, blockEncoding: be });
    const sim = simulateSolver(sc, embedSolution(sc.system, classicalSolve(a, b)));
    console.log(`QSVT/${be} N=${n} κ=${kappa}: α=${sc.report.alpha.toFixed(3)} κ_eff=${sc.report.kappaEff.toFixed(2)} degree ${sc.report.degree}, ${sc.report.numQubits} qubits, fidelity ${sim.fidelity.toFixed(6)}, success ${sim.successProbability.toExponential(3)} (predicted ${sc.report.successProbability.toExponential(3)})`);
    expect(sim.fidelity).toBeGreaterThanOrEqual(0.99);
    expect(sc.report.epsilonBlockEncoding).toBeLessThanOrEqual(epsilon / 2);
  });
});
