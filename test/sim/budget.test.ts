import * as os from 'os';
import { CircuitBuilder } from '../../src/ir';
import { makeStdGate } from '../../src/ops';
import { InvalidCircuitError, SimulationTooLargeError } from '../../src/errors';
import { readMemoryLimits } from '../../src/math/memoryLimit';
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

describe('the default budget follows the real memory limit (cgroup, ulimit -v)', () => {
  const GiB = 1024 ** 3;
  const cgroup2G = readMemoryLimits((p) => ({ '/proc/self/cgroup': '0::/\n', '/sys/fs/cgroup/memory.max': `${2 * GiB}\n` } as Record<string, string>)[p], 64 * GiB);

  it('a 2 GiB container on a 64 GiB machine gives a 1.5 GiB budget, not 20 GiB', () => {
    expect(cgroup2G.binding).toBe('cgroup memory limit');
    expect(defaultMemoryBudgetBytes(cgroup2G)).toBe(1.5 * GiB);
  });

  it('a 30-qubit simulation (16 GiB) is refused before allocation under that budget', () => {
    const before = process.memoryUsage().arrayBuffers;
    expect(() => assertStateFits(30, defaultMemoryBudgetBytes(cgroup2G))).toThrow(SimulationTooLargeError);
    expect(() => statevector(hLayer(30), { memoryBudgetBytes: defaultMemoryBudgetBytes(cgroup2G) })).toThrow(/30-qubit circuit: the state vector needs 16\.00 GiB but the memory budget is 1\.50 GiB/);
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(1024 ** 2);
  });

  it('the default budget of this process is 75% of its real limit, capped at 20 GiB', () => {
    expect(defaultMemoryBudgetBytes()).toBe(Math.min(Math.floor(0.75 * readMemoryLimits().limitBytes), 20 * GiB));
  });

  it('without an explicit budget the message names the limit it came from', () => {
    let err: unknown;
    try { assertStateFits(MAX_SIMULATOR_QUBITS, undefined, 1 << 20); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(SimulationTooLargeError);
    expect((err as Error).message).toMatch(/of the (physical memory|cgroup memory limit|address-space limit)|default cap/);
  });
});
