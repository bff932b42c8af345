import * as os from 'os';
import { CircuitBuilder } from '../../src/ir';
import { makeStdGate } from '../../src/ops';
import { InvalidCircuitError, SimulationTooLargeError } from '../../src/errors';
import { MAX_SIMULATOR_QUBITS, assertStateFits, compileCircuit, defaultMemoryBudgetBytes, statevector, unitaryOf, zeroState } from '../../src/sim';

function hLayer(n: number) {
  const b = CircuitBuilder.withQubits(n);
  for (let q = 0; q < n; q++) b.apply(makeStdGate('h'), [q]);
  return b.build();
}

describe('memory budget', () => {
  it('default budget is at most 20 GiB and at most 75% of RAM', () => {
    expect(defaultMemoryBudgetBytes()).toBeLessThanOrEqual(20 * 1024 ** 3);
    expect(defaultMemoryBudgetBytes()).toBeLessThanOrEqual(0.75 * os.totalmem());
  });

  it('the hard qubit limit follows the typed-array maximum and 32-bit index arithmetic', () => {
    expect(MAX_SIMULATOR_QUBITS).toBeLessThanOrEqual(30);
    expect(MAX_SIMULATOR_QUBITS).toBeGreaterThanOrEqual(28);
    expect(() => zeroState(MAX_SIMULATOR_QUBITS + 1, { memoryBudgetBytes: Number.MAX_SAFE_INTEGER })).toThrow(SimulationTooLargeError);
  });

  it('a 28-qubit state (4 GiB) fits a 24 GiB budget; 31 qubits never does', () => {
    expect(() => assertStateFits(28, 24 * 1024 ** 3)).not.toThrow();
    expect(() => assertStateFits(31, 24 * 1024 ** 3)).toThrow(SimulationTooLargeError);
  });

  it.each([[25, 256 * 1024 ** 2], [20, 1024 ** 2], [40, undefined]])('refuses %i qubits under budget %p before allocating', (n, budget) => {
    const before = process.memoryUsage().arrayBuffers;
    let err: unknown;
    try { statevector(hLayer(n), { memoryBudgetBytes: budget }); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(SimulationTooLargeError);
    expect((err as Error).message).toMatch(new RegExp(`${n}-qubit`));
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(1024 ** 2);
  });

  it('unitaryOf refuses more than 12 qubits', () => {
    expect(() => unitaryOf(hLayer(13))).toThrow(InvalidCircuitError);
  });
});

describe('wide circuits are refused before compiling', () => {
  it('a 489-qubit circuit (wider than 32-bit masks) throws SimulationTooLargeError from compileCircuit and statevector', () => {
    const c = hLayer(489);
    expect(() => compileCircuit(c)).toThrow(SimulationTooLargeError);
    expect(() => statevector(c)).toThrow(SimulationTooLargeError);
  });
});
