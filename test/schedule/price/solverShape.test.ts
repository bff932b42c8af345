/**
 * Shape-only solver circuits against independent constructions: the QSVT circuit synthesized from
 * a real matrix (src/synth), the call-graph fold of the shape op tree, and the closed-form degree.
 */
import { estimateLogical, LogicalGateCounts } from '../../../src/cost';
import { inversePolynomialDegree } from '../../../src/math/poly';
import { makeSparseBlockEncodingShape } from '../../../src/ops/blockEncoding/sparse';
import { makeQsvtOp } from '../../../src/ops/qsvt/qsvt';
import type { SparseBlockEncodingParams } from '../../../src/ops/blockEncoding/sparse';
import type { QsvtParams } from '../../../src/ops/qsvt/qsvt';
import { synthesizeLinearSolver } from '../../../src/synth';
import {
  GENERIC_PHASE_RAD, derivedOracleBits, planQuantumSolve, quantumSolverCircuitShape, solverLogicalCounts,
} from '../../../src/schedule/price';
import { circulantWithKappa as circulant } from '../../../src/math/circulant';

function zeroBits(table: Float64Array, width: number): number {
  let zeros = 0;
  for (const v of table) {
    let x = v, ones = 0;
    while (x > 0) { ones += x % 2; x = Math.floor(x / 2); }
    zeros += width - ones;
  }
  return zeros;
}

const UNCHANGED_FIELDS: ReadonlyArray<keyof LogicalGateCounts> = [
  'logicalQubitCount', 'tCount', 'toffoliCount', 'rotationCount', 'measurementCount', 'resetCount', 'otherCount',
  'tDepthUpperBound', 'rotationDepthUpperBound',
];

describe('shape-only QSVT vs the synthesized circuit of a real matrix', () => {
  it.each([
    [8, 4, 0.05],
    [16, 5, 0.05],
    [16, 20, 0.02],
  ])('N = %i, κ = %d, ε = %d: identical counts except the QROM data-bit CNOTs', (n, kappa, epsilon) => {
    const c = circulant(n, kappa);
    const sc = synthesizeLinearSolver({ matrix: c.matrix, rhs: new Float64Array(n).fill(1) },
      { solver: 'qsvt', epsilon, blockEncoding: 'sparse', spectrum: { sigmaMin: c.sigmaMin, sigmaMax: c.sigmaMax } });
    const qsvt = sc.solverOp.params as QsvtParams;
    const beParams = qsvt.blockEncoding.op.params as SparseBlockEncodingParams;
    const slots = 2 ** beParams.numSlotQubits;
    const degree = sc.report.degree;

    // The same N, slots, bits and degree, without the matrix: a placeholder-phase QSVT op.
    const shapeBe = makeSparseBlockEncodingShape({ matrixDim: n, sparsity: slots, bits: beParams.bits });
    const shapeCounts = estimateLogical(makeQsvtOp(shapeBe, new Float64Array(degree).fill(GENERIC_PHASE_RAD)));
    const real = estimateLogical(sc.solverOp);
    for (const f of UNCHANGED_FIELDS) expect([f, shapeCounts[f]]).toEqual([f, real[f]]);

    // The shape's QROMs assume every data bit set (an upper bound). Per block-encoding call the
    // column table is looked up twice and the entry codes twice (compute/uncompute), so the CNOT
    // surplus is degree × 2·(zero bits of both tables), computed here from the real tables.
    const perCall = 2 * zeroBits(beParams.columnTable!, beParams.numRowQubits) + 2 * zeroBits(beParams.entryCodes!, beParams.bits);
    expect(perCall).toBeGreaterThan(0);
    expect(shapeCounts.cnotCount - real.cnotCount).toBe(degree * perCall);
    expect(shapeCounts.totalGateCount - real.totalGateCount).toBe(degree * perCall);
    expect(shapeCounts.byName.cx - real.byName.cx).toBe(degree * perCall);
    for (const name of Object.keys(real.byName)) if (name !== 'cx') expect([name, shapeCounts.byName[name]]).toEqual([name, real.byName[name]]);

    // The plan for the same shape: α and κ_eff as the synthesis computes them; the degree from the
    // worst-case block-encoding error π/2^b (the synthesis uses the measured rounding error).
    const alpha = (slots * c.maxAbsEntry) / c.sigmaMax;
    const plan = planQuantumSolve({ n, sparsity: slots, kappa: c.sigmaMax / c.sigmaMin, epsilon, alpha }, 'qsvt', beParams.bits);
    expect(Math.abs(plan.kappaEff / sc.report.kappaEff - 1)).toBeLessThan(1e-12);
    const kEff = (slots * c.maxAbsEntry) / c.sigmaMin;
    expect(plan.degree).toBe(inversePolynomialDegree(kEff, epsilon - (kEff * Math.PI) / 2 ** beParams.bits));
    // Same degree rule: at the synthesis' own ε split the plan's κ_eff gives the synthesized degree;
    // the plan's degree is larger only because the worst-case error leaves less ε to the polynomial.
    expect(inversePolynomialDegree(plan.kappaEff, sc.report.epsilonAlgorithm)).toBe(degree);
    expect(plan.epsilonAlgorithm).toBeLessThanOrEqual(sc.report.epsilonAlgorithm);
    expect(plan.degree!).toBeGreaterThanOrEqual(degree);
  });
});

describe('closed-form counts = call-graph fold of the shape op tree', () => {
  it.each([
    [16, 8, 5, 0.1],
    [1000, 8, 10, 0.01],
    [65536, 16, 3, 0.2],
    [1e9, 8, 2, 0.1],
  ])('N = %d, d = %i, κ = %d, ε = %d', (n, sparsity, kappa, epsilon) => {
    const { plan, op } = quantumSolverCircuitShape({ n, sparsity, kappa, epsilon }, 'qsvt');
    expect(op).toBeDefined();
    expect(solverLogicalCounts(plan)).toEqual(estimateLogical(op!));
    // data + ancillas + flag + real-part qubit + the projector's clean-MCX work on the signal ancillas (flag a, slot, column:
    // 1 + s + n of them; the code register and QROM scratch are clean) = 1 + s + n − 2
    const be = plan.blockEncoding, s = Math.log2(plan.slotCount);
    expect(op!.numQubits).toBe(be.numDataQubits + be.numAncillas + 2 + (1 + s + be.numDataQubits - 2));
  });

  // 'hhl' is the qubitized walk op tree now (qubitizedHhlPrice.test.ts)
  it.each([['das'], ['costa']])('%s is a query model without an op tree', (solver) => {
    const { plan, op } = quantumSolverCircuitShape({ n: 1024, sparsity: 8, kappa: 50, epsilon: 1e-2 }, solver);
    expect(op).toBeUndefined();
    expect(plan.isCompiledCircuit).toBe(false);
    // One run = queries × (U_A or U_A† + phase): the Toffolis are exactly queries × those of one U_A call.
    const beToffoli = estimateLogical(plan.blockEncoding.op).toffoliCount;
    const phaseToffoli = estimateLogical(makeQsvtOp(plan.blockEncoding, [GENERIC_PHASE_RAD], false)).toffoliCount - beToffoli;
    expect(solverLogicalCounts(plan).toffoliCount).toBe(plan.queriesPerRun * (beToffoli + phaseToffoli));
  });
});

describe('precision split', () => {
  it.each([[100, 1e-3], [1e4, 1e-6], [1, 0.5]])('derived bits for κ_eff = %d, ε = %d: κ_eff·π/2^b ≤ ε/2 and b is the smallest such', (kEff, eps) => {
    const b = derivedOracleBits(kEff, eps);
    expect((kEff * Math.PI) / 2 ** b).toBeLessThanOrEqual(eps / 2);
    if (b > 4) expect((kEff * Math.PI) / 2 ** (b - 1)).toBeGreaterThan(eps / 2);
  });

  it('plan: ε = ε_block-encoding + ε_algorithm, and α = slots·max|A| with slots = d rounded up', () => {
    const plan = planQuantumSolve({ n: 5000, sparsity: 6, kappa: 30, epsilon: 1e-3, alpha: 3 }, 'qsvt');
    expect(plan.slotCount).toBe(8);
    expect(plan.alpha).toBeCloseTo((8 * 3) / 6, 12);
    expect(plan.kappaEff).toBeCloseTo(plan.alpha * 30, 9);
    expect(plan.epsilonBlockEncoding + plan.epsilonAlgorithm).toBeCloseTo(1e-3, 15);
    expect(plan.epsilonBlockEncoding).toBeLessThanOrEqual(5e-4);
    expect(plan.paddedDim).toBe(8192);
  });
});
