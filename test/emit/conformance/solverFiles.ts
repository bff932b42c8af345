import { emitQasm2, emitQasm3 } from '../../../src/emit';
import type { Circuit } from '../../../src/ir';
import { parseQasm2, parseQasm3 } from '../../../src/parse';
import { postselectedRun } from '../../../src/sim';
import type { SolverCircuit } from '../../../src/synth';
import { officialQasm3SyntaxErrors } from './officialQasm3';
import { qasm2ConformanceErrors, withPublishedQelib1 } from './qelib1Check';

/** Post-selected data state and success probability of `c` (sparse backend: ancillas stay in basis states). */
function postselected(c: Circuit, sc: SolverCircuit) {
  return postselectedRun(c, sc.postselectQubits, sc.postselectValues, { backend: 'sparse', maxExpandedGates: 5e6 });
}

/**
 * The OpenQASM 3 and 2 files of a solver circuit (what `compile` writes) pass the official grammar
 * and the published-qelib1.inc check, and read back (QASM 2 with every library gate by its
 * literal published definition) give the same post-selected state (overlap ≥ 1 − 1e-9) and
 * success probability (relative 1e-9) as the circuit.
 */
export function checkSolverFiles(sc: SolverCircuit): void {
  const t3 = emitQasm3(sc.circuit, { maxExpandedGates: 5e6 }), t2 = emitQasm2(sc.circuit, { maxExpandedGates: 5e6 });
  expect(officialQasm3SyntaxErrors(t3)).toEqual([]);
  expect(qasm2ConformanceErrors(t2)).toEqual([]);
  const ref = postselected(sc.circuit, sc);
  for (const back of [parseQasm3(t3), parseQasm2(withPublishedQelib1(t2))]) {
    const r = postselected(back, sc);
    expect(Math.abs(r.probability - ref.probability)).toBeLessThanOrEqual(1e-9 * ref.probability);
    let re = 0, im = 0;
    for (let i = 0; i < ref.state.re.length; i++) {
      re += ref.state.re[i] * r.state.re[i] + ref.state.im[i] * r.state.im[i];
      im += ref.state.re[i] * r.state.im[i] - ref.state.im[i] * r.state.re[i];
    }
    expect(re * re + im * im).toBeGreaterThanOrEqual(1 - 1e-9);
  }
}
