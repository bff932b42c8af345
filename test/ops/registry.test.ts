import { allOpDefs, unitaryOfCircuit, unitaryOfOp } from '../../src/ops';
import { countByKey } from '../../src/ir';
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
