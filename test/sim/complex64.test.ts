import { CircuitBuilder } from '../../src/ir';
import { makeRng } from '../../src/math/rng';
import { makeMeasure, makeStdGate } from '../../src/ops';
import { SimulationTooLargeError } from '../../src/errors';
import { maxAmplitudeError, parsePrecision, statevector, statevectorComplex64, toComplex128, topBasisStates, topBasisStates64 } from '../../src/sim';
import { randomCircuit, randomU3Layer } from './randomCircuit';

/** Float32 rounding: relative error ≤ 2^−24 per component, once per block pass. */
const F32_UNIT = 2 ** -24;

describe('complex64 states (complex64.ts)', () => {
  it.each([[1, 6, 120], [2, 10, 200], [3, 16, 150], [4, 17, 120]])('random circuit seed %i on %i qubits (%i ops): within roundings·2^−24 of complex128', (seed, n, ops) => {
    const rng = makeRng(seed);
    const b = CircuitBuilder.withQubits(n);
    b.append(randomU3Layer(rng, n)).append(randomCircuit(rng, n, ops, { stdOnly: true }));
    for (let q = 0; q + 1 < n; q++) b.apply(makeStdGate('cx'), [q, q + 1]);
    const c = b.build();
    const s64 = statevectorComplex64(c);
    const ref = statevector(c);
    const err = maxAmplitudeError(s64, ref);
    expect(s64.data).toBeInstanceOf(Float32Array);
    expect(s64.data.length).toBe(2 * 2 ** n);
    expect(err).toBeGreaterThan(0); // single precision really is used
    expect(err).toBeLessThan(2 * (s64.roundings + 1) * F32_UNIT);
    // Widening back gives a state close to the reference with the same most probable states.
    expect(topBasisStates64(s64, 3).map((x) => x.index)).toEqual(topBasisStates(toComplex128(s64), 3).map((x) => x.index));
  });

  it('a QFT (phase products) at 16 qubits agrees with complex128', () => {
    const n = 16;
    const b = CircuitBuilder.withQubits(n);
    for (let q = 0; q < n; q++) b.apply(makeStdGate('h'), [q]).apply(makeStdGate('rz', [0.1 + 0.37 * q]), [q]);
    for (let j = n - 1; j >= 0; j--) {
      b.apply(makeStdGate('h'), [j]);
      for (let k = j - 1; k >= 0; k--) b.apply(makeStdGate('cp', [Math.PI / 2 ** (j - k)]), [k, j]);
    }
    const c = b.build();
    const s64 = statevectorComplex64(c);
    expect(maxAmplitudeError(s64, statevector(c))).toBeLessThan(2 * (s64.roundings + 1) * F32_UNIT);
  });

  it('refuses before allocating: 30 qubits need 8 GiB as complex64 (16 GiB as complex128)', () => {
    const c = CircuitBuilder.withQubits(30).apply(makeStdGate('h'), [0]).build();
    const budget = 6 * 1024 ** 3;
    expect(() => statevectorComplex64(c, { memoryBudgetBytes: budget })).toThrow(SimulationTooLargeError);
    expect(() => statevectorComplex64(c, { memoryBudgetBytes: budget })).toThrow(/8\.00 GiB/);
    expect(() => statevector(c, { memoryBudgetBytes: budget })).toThrow(/16\.00 GiB/);
  });

  it('refuses mid-circuit measurement with a typed error; unknown precision names are refused', () => {
    const b = CircuitBuilder.withQubits(3, 1);
    b.apply(makeStdGate('h'), [0]).apply(makeMeasure(), [0], { clbits: [0] }).apply(makeStdGate('h'), [1]);
    expect(() => statevectorComplex64(b.build())).toThrow(/unitary circuits only/);
    expect(parsePrecision(undefined)).toBe('complex128');
    expect(() => parsePrecision('complex32')).toThrow(/unknown precision/);
  });
});
