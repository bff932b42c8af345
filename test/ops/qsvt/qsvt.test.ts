import { makeDenseDilationBlockEncoding } from '../../../src/ops/blockEncoding/denseDilation';
import { makeQsvtOp, qsvtLayout } from '../../../src/ops/qsvt/qsvt';
import { makeProjectorPhase } from '../../../src/ops/qsvt/projectorPhase';
import { denseSymmetricEigen, realMatrixFunction } from '../../../src/ops/hhl/denseEigen';
import { unitaryOfCircuit, unitaryOfOp } from '../../../src/ops/unitaryOf';
import { Circuit, CircuitBuilder, Op, OpDef, decomposeOp, makeOp } from '../../../src/ir';
import { makeStdGate } from '../../../src/ops/gates';
import { invertOp } from '../../../src/ops/inverse';
import { evaluateQsp, reflectionToGslwPhases, wxToReflectionPhases } from '../../../src/math/qsp';
import { makeRng } from '../../../src/math/rng';

/** A random symmetric n×n matrix with entries N(0,1) (row-major). */
function randomSymmetric(n: number, seed: number): Float64Array {
  const rng = makeRng(seed);
  const a = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = i; j < n; j++) { const v = rng.normal(); a[i * n + j] = v; a[j * n + i] = v; }
  return a;
}

describe('projector-controlled phase', () => {
  it.each([[1, 0.4], [2, -1.3], [3, 2.2]])('a=%d φ=%d: equals e^{iφ(2Π−I)} on flag |0⟩', (a, phi) => {
    const u = unitaryOfOp(makeProjectorPhase(a, phi, false));
    const dim = 2 ** a;
    for (let i = 0; i < dim; i++) {
      const want = i === 0 ? phi : -phi;
      expect(u.re[i * u.dim + i]).toBeCloseTo(Math.cos(want), 12);
      expect(u.im[i * u.dim + i]).toBeCloseTo(Math.sin(want), 12);
    }
  });
});

describe('QSVT sequence on a dense dilation', () => {
  it.each([
    [2, 3, 11], [4, 5, 12], [4, 4, 13], [2, 1, 14],
  ])('N=%d degree %d (seed %d): post-selected block equals P(A/α) (real part of Wx polynomial)', (n, degree, seed) => {
    const a = randomSymmetric(n, seed);
    const be = makeDenseDilationBlockEncoding(a, n);
    const rng = makeRng(seed + 100);
    const wx = Float64Array.from({ length: degree + 1 }, () => rng.next() * 2 - 1);
    const op = makeQsvtOp(be, reflectionToGslwPhases(wxToReflectionPhases(wx)), true);
    const u = unitaryOfCircuit(decomposeOp(op));
    // Expected: V P(Λ/α) Vᵀ with P(x) = Re⟨0|U_Φ^{Wx}(x)|0⟩.
    const eig = denseSymmetricEigen(a, n);
    const expected = realMatrixFunction(eig, (l) => evaluateQsp(wx, l / be.alpha).re);
    const dim = u.dim;
    let err = 0;
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
      err = Math.max(err, Math.hypot(u.re[i * dim + j] - expected[i * n + j], u.im[i * dim + j]));
    }
    expect(err).toBeLessThan(1e-9);
    expect(qsvtLayout(be, true).numQubits).toBe(op.numQubits);
  });
});

describe('QSVT with a non-Hermitian block encoding (U and U† alternate)', () => {
  // V = S_anc · U with S = diag(1, i) on the ancilla: same A/α block, V ≠ V†.
  const makeNonHermitian = (a: Float64Array, n: number) => {
    const be = makeDenseDilationBlockEncoding(a, n);
    const nq = be.op.numQubits;
    const def: OpDef<undefined> = {
      name: 'test_nonhermitian_be', category: 'unitary', summary: 'S on the ancilla after a dense dilation',
      decompose: (): Circuit => CircuitBuilder.withQubits(nq).apply(be.op, Array.from({ length: nq }, (_, i) => i)).apply(makeStdGate('s'), [nq - 1]).build(),
      calls: () => [{ op: be.op, count: 1 }, { op: makeStdGate('s'), count: 1 }],
      examples: () => [],
    };
    // The generic inverse wrapper needs the inner op's matrix.
    (def as { unitary?: () => ReturnType<typeof unitaryOfCircuit> }).unitary = () => unitaryOfCircuit(def.decompose!(op));
    const op: Op = makeOp(def, { name: 'nh_be', params: undefined, numQubits: nq, paramsKey: be.op.key });
    return { ...be, op, isHermitian: false, method: 'test-non-hermitian' };
  };

  it.each([[2, 3, 21], [4, 4, 22], [4, 5, 23]])('N=%d degree %d (seed %d): block equals P(A/α) and calls count ⌈d/2⌉ U + ⌊d/2⌋ U†', (n, degree, seed) => {
    const a = randomSymmetric(n, seed);
    const be = makeNonHermitian(a, n);
    const rng = makeRng(seed);
    const wx = Float64Array.from({ length: degree + 1 }, () => rng.next() * 2 - 1);
    const op = makeQsvtOp(be, reflectionToGslwPhases(wxToReflectionPhases(wx)), true);
    const u = unitaryOfCircuit(decomposeOp(op));
    const expected = realMatrixFunction(denseSymmetricEigen(a, n), (l) => evaluateQsp(wx, l / be.alpha).re);
    let err = 0;
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) err = Math.max(err, Math.hypot(u.re[i * u.dim + j] - expected[i * n + j], u.im[i * u.dim + j]));
    expect(err).toBeLessThan(1e-9);
    const calls = new Map(op.def.calls!(op).map((c) => [c.op.key, c.count]));
    expect(calls.get(be.op.key)).toBe(Math.ceil(degree / 2));
    expect(calls.get(invertOp(be.op).key)).toBe(Math.floor(degree / 2));
  });

  it('the same sequence without the U/U† alternation does not give P(A/α) (the test can fail)', () => {
    const n = 2, degree = 4;
    const a = randomSymmetric(n, 31);
    const be = makeNonHermitian(a, n);
    const rng = makeRng(31);
    const wx = Float64Array.from({ length: degree + 1 }, () => rng.next() * 2 - 1);
    const op = makeQsvtOp({ ...be, isHermitian: true }, reflectionToGslwPhases(wxToReflectionPhases(wx)), true);
    const u = unitaryOfCircuit(decomposeOp(op));
    const expected = realMatrixFunction(denseSymmetricEigen(a, n), (l) => evaluateQsp(wx, l / be.alpha).re);
    let err = 0;
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) err = Math.max(err, Math.hypot(u.re[i * u.dim + j] - expected[i * n + j], u.im[i * u.dim + j]));
    expect(err).toBeGreaterThan(1e-3);
  });
});

describe('QSVT call graph', () => {
  it.each([[1], [2], [7], [50]])('degree %d: d block-encoding queries and d projector phases declared', (degree) => {
    const be = makeDenseDilationBlockEncoding([0.5, 0.1, 0.1, -0.4], 2, 1);
    const phases = Float64Array.from({ length: degree }, (_, j) => 0.1 * (j + 1));
    const op = makeQsvtOp(be, phases, true);
    let beCount = 0, phaseCount = 0, h = 0;
    for (const c of op.def.calls!(op)) {
      if (c.op.key === be.op.key) beCount += c.count;
      else if (c.op.name === 'qsvt_phase') phaseCount += c.count;
      else if (c.op.name === 'h') h += c.count;
    }
    expect([beCount, phaseCount, h]).toEqual([degree, degree, 2]);
    const declared = op.def.calls!(op).reduce((s, c) => s + c.count, 0);
    expect(decomposeOp(op).instructions.length).toBe(declared);
  });
});
