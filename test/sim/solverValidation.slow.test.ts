import { CsrMatrix, csrFromDense } from '../../src/math/csrMatrix';
import { emitQasm2 } from '../../src/emit';
import { parseQasm } from '../../src/parse';
import { postselectedRun } from '../../src/sim';
import { BLOCK_ENCODING_NAMES, classicalSolution, embedSolution, stateFidelity, synthesizeLinearSolver } from '../../src/synth';

/**
 * Every QSVT circuit that `compile` writes for N = 4, 8, 16 with every block encoding validates
 * against the classical LU solve (auto backend: the sparse-access encoding has 40–56 qubits and
 * runs sparse), both as the op tree `validate` simulates and as the OpenQASM 2 file `compile`
 * writes (parsed back). The time limit (under a minute each) is measured by bench:sim, not
 * asserted here (the machine is shared); on the 2-core box under load each N = 16 case, both
 * versions together, took 0.6–29 s in this suite.
 */
function spd(n: number): CsrMatrix {
  const a: number[] = [];
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) a.push(i === j ? 3 + 0.1 * i : Math.abs(i - j) === 1 ? 0.7 : Math.abs(i - j) === 3 ? 0.2 : 0);
  return csrFromDense({ rows: n, cols: n, data: Float64Array.from(a) });
}

const cases = [4, 8, 16].flatMap((n) => BLOCK_ENCODING_NAMES.map((be) => [n, be] as const));

describe('QSVT circuits of compile validate for N ≤ 16 with every block encoding', () => {
  it.each(cases)('N = %i, %s: fidelity ≥ 0.999, success probability within 1%% of the prediction', (n, be) => {
    const matrix = spd(n);
    const rhs = new Float64Array(n).fill(1);
    const sc = synthesizeLinearSolver({ matrix, rhs }, { solver: 'qsvt', epsilon: 0.01, blockEncoding: be });
    const expected = embedSolution(sc.system, classicalSolution({ matrix, rhs }));
    for (const circuit of [sc.circuit, parseQasm(emitQasm2(sc.circuit))]) {
      const r = postselectedRun(circuit, sc.postselectQubits, sc.postselectValues, { maxDenseQubits: 24 });
      expect(stateFidelity(expected, r.state.re, r.state.im)).toBeGreaterThanOrEqual(0.999);
      expect(Math.abs(r.probability - sc.report.successProbability) / sc.report.successProbability).toBeLessThan(0.01);
      if (sc.report.numQubits > 24) expect(r.backend).toBe('sparse');
    }
  }, 900_000);
});
