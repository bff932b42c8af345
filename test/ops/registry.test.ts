import { HHL_DEF, HhlParams, allOpDefs, hhlLayout, makeQpe, makeReciprocalRotation, unitaryOfCircuit, unitaryOfOp } from '../../src/ops';
import { Circuit, CircuitBuilder, Op, countByKey } from '../../src/ir';
import { DEFINED_BY_DECOMPOSITION, INDEPENDENT_CHECKS, checkHhlSemantics } from './independentChecks';
import { maxAbsDiffC, isUnitaryC } from '../../src/math/complexMatrix';

const TOL = 1e-9;
const cases = allOpDefs().flatMap((def) => def.examples().map((op) => [def.name, op.key, op] as const));

describe('op registry', () => {
  it('every family has at least one example', () => {
    for (const def of allOpDefs()) expect([def.name, def.examples().length > 0]).toEqual([def.name, true]);
  });

  it('family names are unique', () => {
    const names = allOpDefs().map((d) => d.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(cases)('%s %s: declared calls equal the counts of its decomposition', (_n, _k, op) => {
    if (!op.def.decompose) { expect(op.def.calls).toBeUndefined(); return; }
    expect(op.def.calls).toBeDefined();
    const declared = new Map<string, number>();
    for (const c of op.def.calls!(op)) declared.set(c.op.key, (declared.get(c.op.key) ?? 0) + c.count);
    const actual = new Map([...countByKey(op.def.decompose(op)).entries()].map(([k, v]) => [k, v.count]));
    expect(new Map([...declared].sort())).toEqual(new Map([...actual].sort()));
  });

  it.each(cases.filter(([, , op]) => op.def.category === 'unitary' && op.numQubits <= 6))(
    '%s %s: decomposition unitary equals the op unitary (global phase included)', (_n, _k, op) => {
      const u = unitaryOfOp(op);
      expect(isUnitaryC(u, TOL)).toBe(true);
      if (!op.def.decompose) return;
      const d = unitaryOfCircuit(op.def.decompose(op));
      expect(maxAbsDiffC(u, d)).toBeLessThan(TOL);
    });

  it.each(cases.filter(([, , op]) => op.def.category === 'unitary' && op.def.inverse && op.numQubits <= 6))(
    '%s %s: inverse times op is the identity', (_n, _k, op) => {
      const u = unitaryOfOp(op);
      const v = unitaryOfOp(op.def.inverse!(op));
      const dim = u.dim;
      let maxErr = 0;
      for (let i = 0; i < dim; i++) for (let j = 0; j < dim; j++) {
        let re = 0, im = 0;
        for (let k = 0; k < dim; k++) {
          re += v.re[i * dim + k] * u.re[k * dim + j] - v.im[i * dim + k] * u.im[k * dim + j];
          im += v.re[i * dim + k] * u.im[k * dim + j] + v.im[i * dim + k] * u.re[k * dim + j];
        }
        maxErr = Math.max(maxErr, Math.hypot(re - (i === j ? 1 : 0), im));
      }
      expect(maxErr).toBeLessThan(TOL);
    });
});

describe('families whose calls are derived from their decomposition have an independent check', () => {
  const derived = allOpDefs().filter((d) => d.callsFromDecomposition);
  it('the marker is set where calls come from the decomposition list (at least the standard gates, QPE and HHL)', () => {
    const names = derived.map((d) => d.name);
    for (const n of ['h', 'ccx', 'qpe', 'hhl', 'qft', 'ctrl']) expect(names).toContain(n);
  });

  it.each(derived.map((d) => [d.name, d] as const))('%s: own unitary on a small example, a closed form, or a semantic check', (name, def) => {
    const small = def.examples().filter((op) => op.numQubits <= 6);
    const ownUnitary = def.unitary !== undefined && small.length > 0 && !(name in DEFINED_BY_DECOMPOSITION);
    const check = INDEPENDENT_CHECKS[name];
    expect({ name, covered: ownUnitary || check !== undefined || name in DEFINED_BY_DECOMPOSITION }).toEqual({ name, covered: true });
    if (check) for (const op of def.examples()) check(def, op);
  });

  it('HHL mutation fixture: uncomputing with a second forward QPE (instead of QPE†) is caught', () => {
    const mutated = (op: Op<HhlParams>): Circuit => {
      const { dim, matrix, timeRad, clockBits, constantC } = op.params;
      const lay = hhlLayout(dim, clockBits);
      const qpe = makeQpe(matrix, dim, timeRad, clockBits);
      const b = CircuitBuilder.withQubits(op.numQubits);
      b.apply(qpe, [...lay.data, ...lay.clock]);
      b.apply(makeReciprocalRotation(clockBits, timeRad, constantC), [...lay.clock, lay.ancilla]);
      b.apply(qpe, [...lay.data, ...lay.clock]); // the mutation: forward QPE again
      return b.build();
    };
    // Counts cannot see it (QPE and QPE† cost the same) ...
    const op = allOpDefs().find((d) => d.name === 'hhl')!.examples()[0] as Op<HhlParams>;
    const callsOfMutant = countByKey(mutated(op));
    expect([...callsOfMutant.values()].reduce((s, v) => s + v.count, 0)).toBe(3);
    // ... the independent semantic check does, and passes on the real decomposition.
    expect(() => checkHhlSemantics((o) => mutated(o as Op<HhlParams>))).toThrow(/clock register entangled|not A⁻¹b/);
    expect(() => checkHhlSemantics((o) => HHL_DEF.decompose!(o))).not.toThrow();
  });
});
