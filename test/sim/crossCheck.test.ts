import * as fs from 'fs';
import * as path from 'path';
import { CircuitBuilder } from '../../src/ir';
import { makeStdGate } from '../../src/ops';
import { emitQasm2 } from '../../src/emit';
import { statevector } from '../../src/sim';
import { NAM_DIR, crossCheckNam, crossCheckRandom } from './crossCheckHelpers';
import { quantumCircuitState } from './quantumCircuitRef';

/**
 * Cross-check against the independent `quantum-circuit` package: it loads our emitted OpenQASM 2
 * and must produce our state up to global phase (OpenQASM 2 drops the global phase).
 * The fast subset runs by default; crossCheck.slow.test.ts runs more seeds and the Nam suite.
 */
const TOL = 1e-9;

describe('quantum-circuit bit order', () => {
  it.each([[0], [1], [2]])('x on qubit %i of 3 gives basis index 2^q in both simulators', (q) => {
    const c = CircuitBuilder.withQubits(3).apply(makeStdGate('x'), [q]).build();
    const theirs = quantumCircuitState(emitQasm2(c), 3);
    expect(theirs.re[1 << q]).toBeCloseTo(1, 14);
    expect(statevector(c).re[1 << q]).toBe(1);
  });
});

describe('cross-check with quantum-circuit (fast subset)', () => {
  it.each([[1, 2], [2, 3], [3, 4], [4, 5], [5, 6], [6, 7], [7, 8]])('random circuit seed %i on %i qubits', (seed, n) => {
    expect(crossCheckRandom(seed, n, 30)).toBeLessThan(TOL);
  });

  const small = ['tof_3.qasm', 'tof_4.qasm', 'barenco_tof_3.qasm', 'barenco_tof_4.qasm', 'mod5_4.qasm', 'hwb6.qasm'].map((f) => path.join(NAM_DIR, f)).filter((f) => fs.existsSync(f));
  it.each(small.map((f) => [path.basename(f), f]))('Nam %s from a random product state', (_name, file) => {
    expect(crossCheckNam(file, 17)).toBeLessThan(TOL);
  });
});
