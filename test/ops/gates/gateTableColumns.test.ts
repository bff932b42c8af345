/**
 * Columns of the one gate table (src/ops/gates/stdGates.ts) that other stages derive from: the
 * passes' working form (phaseForm → src/passes/gateList.ts) and Amazon Braket's names (braketName →
 * the OpenQASM 3 emitter), each checked against something independent of the table.
 */
import {
  CMatrix, embedC, identityC, maxAbsDiffC, mulC, scaleC,
} from '../../../src/math/complexMatrix';
import { makeRng } from '../../../src/math';
import {
  braketGateName, braketGateNames, controlledMatrix, gateMatrices as M, makeStdGate, phaseFormGateNames, stdGateInfo, stdGatePhaseForm,
  stdGatesInLibrary, unitaryOfOp,
} from '../../../src/ops';
import type { PhaseFormGate } from '../../../src/ops';
import { BRAKET_NAMES } from '../../../src/emit/qasm3Definitions';

const TOL = 1e-12;

/** The working-form gates' matrices, written out here (not read from the table). */
function stepMatrix(kind: PhaseFormGate, angleRad: number): CMatrix {
  switch (kind) {
    case 'h': return M.H2;
    case 'x': return M.X2;
    case 'p': return M.diag2(0, angleRad);
    case 'cx': return controlledMatrix(1, M.X2);
    case 'ccz': return controlledMatrix(2, M.Z2);
  }
}

describe('phaseForm column: each gate equals its working-form steps exactly (global phase included)', () => {
  it('the working form covers the gates the passes read directly', () => {
    expect(phaseFormGateNames()).toEqual(expect.arrayContaining(['h', 'x', 'cx', 'rz', 'ccz', 'ccx', 'u3', 'swap', 'sx']));
  });

  it.each(phaseFormGateNames())('%s', (name) => {
    const info = stdGateInfo(name)!;
    const rng = makeRng(11);
    for (let trial = 0; trial < 3; trial++) {
      const angles = Array.from({ length: info.numAngles }, () => (rng.next() - 0.5) * 7);
      const form = stdGatePhaseForm(name, angles)!;
      let u = identityC(1 << info.numQubits);
      for (const [kind, operands, angleRad] of form.steps) u = mulC(embedC(stepMatrix(kind, angleRad), operands, info.numQubits), u);
      u = scaleC(u, Math.cos(form.phaseRad), Math.sin(form.phaseRad));
      expect(maxAbsDiffC(u, unitaryOfOp(makeStdGate(name, angles)))).toBeLessThan(TOL);
    }
  });
});

describe('braketName column: Amazon Braket OpenQASM 3 built-in names', () => {
  // Braket developer guide, "Supported gates" (docs.aws.amazon.com/braket): Braket name → the gate of the same matrix.
  it.each<[string, string]>([
    ['cx', 'cnot'], ['ccx', 'ccnot'], ['p', 'phaseshift'], ['cp', 'cphaseshift'], ['sdg', 'si'], ['tdg', 'ti'], ['sx', 'v'], ['sxdg', 'vi'],
    ['id', 'i'], ['rxx', 'xx'], ['ryy', 'yy'], ['rzz', 'zz'], ['swap', 'swap'], ['cswap', 'cswap'], ['h', 'h'], ['rz', 'rz'], ['ecr', 'ecr'],
  ])('%s is written %s', (gate, braket) => expect(braketGateName(gate)).toBe(braket));

  it('gates with no Braket built-in have none', () => {
    for (const g of ['ch', 'crx', 'cu3', 'rccx', 'u1q', 'ms']) expect(braketGateName(g)).toBeUndefined();
  });

  it('xx(θ) is exp(−iθ/2·X⊗X), the matrix of rxx (Braket\'s Ising coupling convention)', () => {
    const th = 0.37;
    const xx = mulC(embedC(M.X2, [0], 2), embedC(M.X2, [1], 2));
    const expected = scaleC(identityC(4), Math.cos(th / 2));
    for (let i = 0; i < 16; i++) expected.im[i] -= Math.sin(th / 2) * xx.re[i];
    expect(maxAbsDiffC(unitaryOfOp(makeStdGate('rxx', [th])), expected)).toBeLessThan(TOL);
  });

  it('every gate of the braket target gate set has a Braket name, and the emitter reads the table column', () => {
    for (const g of stdGatesInLibrary('braket')) expect(braketGateName(g)).toBeDefined();
    expect(BRAKET_NAMES).toEqual(braketGateNames());
  });
});
