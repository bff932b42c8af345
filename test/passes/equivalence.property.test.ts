import fc from 'fast-check';
import {
  Pass, cancelInverses, decomposeToffolis, foldPhasesPass, foldPhasesDeepPass, lowerPass, optimize, reduceHadamardsPass, removeIdentities,
  resynthesizeRunsPass, toNamBasis, OptimizationLevel, TargetGateSet, GATE_SETS,
} from '../../src/passes';
import { drawCircuit, phaseSensitiveDistance, unitaryDistance } from './helpers';
import { arbCircuit as makeArbCircuit } from './arbCircuit';

const TOL = 1e-8;
const RUNS = 40;

/** Random circuits of 1–8 qubits and up to 40 gates, drawn gate by gate so failures shrink. */
const arbCircuit = makeArbCircuit(8, 40);

const NAM_PASSES: readonly (readonly [string, Pass])[] = [
  ['cancelInverses', cancelInverses],
  ['reduceHadamards', reduceHadamardsPass],
  ['foldPhases', foldPhasesPass],
  ['foldPhasesDeep', foldPhasesDeepPass],
  ['decomposeToffolis', decomposeToffolis],
  ['resynthesizeSingleQubit(nam)', resynthesizeRunsPass('nam')],
];

describe('every pass preserves the unitary up to global phase (random circuits ≤ 8 qubits)', () => {
  it.each([
    ['toNamBasis', toNamBasis],
    ['removeIdentities', removeIdentities],
  ] as const)('%s (on any circuit)', (_name, pass) => {
    fc.assert(fc.property(arbCircuit, (c) => {
      const d = unitaryDistance(c, pass.run(c).circuit);
      if (!(d < TOL)) throw new Error(`distance ${d} for ${drawCircuit(c)}`);
    }), { seed: 7, numRuns: RUNS });
  });

  it.each(NAM_PASSES)('%s (after toNamBasis)', (_name, pass) => {
    fc.assert(fc.property(arbCircuit, (c) => {
      const nam = toNamBasis.run(c).circuit;
      const d = unitaryDistance(c, pass.run(nam).circuit);
      if (!(d < TOL)) throw new Error(`distance ${d} for ${drawCircuit(c)}`);
    }), { seed: 11, numRuns: RUNS });
  });

  it.each(['zsx', 'zyz', 'u3'] as const)('resynthesizeSingleQubit(%s) (on standard gates)', (basis) => {
    fc.assert(fc.property(arbCircuit, (c) => {
      const std = toNamBasis.run(c).circuit;
      const d = unitaryDistance(c, resynthesizeRunsPass(basis).run(std).circuit);
      if (!(d < TOL)) throw new Error(`distance ${d} for ${drawCircuit(c)}`);
    }), { seed: 13, numRuns: RUNS });
  });

  it.each(['nam', 'ibm', 'ion'] as const)('lowerTo(%s): equal unitary, only the target gate set', (target: TargetGateSet) => {
    fc.assert(fc.property(arbCircuit, (c) => {
      const out = lowerPass(target).run(c).circuit;
      const d = unitaryDistance(c, out);
      if (!(d < TOL)) throw new Error(`distance ${d} for ${drawCircuit(c)}`);
      const bad = out.instructions.filter((i) => !GATE_SETS[target].has(i.op.name));
      if (bad.length) throw new Error(`gates outside ${target}: ${bad.map((i) => i.op.name).join(',')}`);
    }), { seed: 17, numRuns: RUNS });
  });

  // Clifford+T synthesizes every rotation within ε/R (R rotations) in operator norm with the
  // global phase kept, so ‖U_in − U_out‖ ≤ ε and every entry of U_in − U_out is ≤ ε.
  it('lowerTo(clifford+t): within the synthesis budget ε (phase kept), only Clifford+T gates', () => {
    const eps = 0.3;
    fc.assert(fc.property(arbCircuit, (c) => {
      const out = lowerPass('clifford+t', { epsilon: eps }).run(c).circuit;
      const d = phaseSensitiveDistance(c, out);
      if (!(d <= eps)) throw new Error(`distance ${d} > ε = ${eps} for ${drawCircuit(c)}`);
      const bad = out.instructions.filter((i) => !GATE_SETS['clifford+t'].has(i.op.name));
      if (bad.length) throw new Error(`gates outside clifford+t: ${bad.map((i) => i.op.name).join(',')}`);
    }), { seed: 17, numRuns: 12 });
  });

  it.each([0, 1, 2, 3] as const)('optimize level %i', (level: OptimizationLevel) => {
    fc.assert(fc.property(arbCircuit, (c) => {
      const out = optimize(c, { level, audit: true }).circuit;
      const d = unitaryDistance(c, out);
      if (!(d < TOL)) throw new Error(`distance ${d} for ${drawCircuit(c)}`);
    }), { seed: 19, numRuns: RUNS });
  });

  it.each([
    [1, 'ibm'], [2, 'ion'], [3, 'clifford+t'], [3, 'ibm'], [3, 'ion'],
  ] as const)('optimize level %i with target %s', (level, target) => {
    // clifford+t: the optimization passes keep the unitary up to a phase φ0 and synthesis adds
    // ‖·‖ ≤ ε, so with the Frobenius-optimal phase the largest entry error is ≤ √dim·ε.
    const eps = 0.3;
    fc.assert(fc.property(arbCircuit, (c) => {
      const out = optimize(c, { level, target, epsilon: eps }).circuit;
      const d = unitaryDistance(c, out);
      const tol = target === 'clifford+t' ? Math.sqrt(2 ** c.numQubits) * eps : TOL;
      if (!(d < tol)) throw new Error(`distance ${d} for ${drawCircuit(c)}`);
      expect(out.instructions.every((i) => GATE_SETS[target].has(i.op.name))).toBe(true);
    }), { seed: 23, numRuns: 15 });
  });
});
