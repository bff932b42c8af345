import * as path from 'path';
import { NAM_INPUT_DIR } from '../fixtures/paths';
import { InvalidArgumentError } from '../../src/errors';
import { loadCircuitFile } from '../../src/parse';
import { namCounts, optimizationPasses, optimize, parseOptimizationLevel } from '../../src/passes';
import { searchWithBudget } from '../../src/passes/budgetedSearch';
import { unitaryDistance } from './helpers';

describe('level 4: budgeted search over rewrite orders', () => {
  it.each(['mod5_4', 'vbe_adder_3', 'tof_4'])('%s: same unitary as the input, and (T, CNOT) never worse than level 3', (name) => {
    const c = loadCircuitFile(path.join(NAM_INPUT_DIR, `${name}.qasm`));
    const l3 = namCounts(optimize(c, { level: 3 }).circuit);
    const r = optimize(c, { level: 4, budgetS: 0.5 });
    const l4 = namCounts(r.circuit);
    expect(unitaryDistance(c, r.circuit)).toBeLessThan(1e-8);
    expect(l4.t).toBeLessThanOrEqual(l3.t);
    if (l4.t === l3.t) expect(l4.cnot).toBeLessThanOrEqual(l3.cnot);
    expect(r.report.search!.rounds).toBeGreaterThan(0);
  });

  it('searchWithBudget stops at maxRounds and is deterministic for a seed', () => {
    const c = optimize(loadCircuitFile(path.join(NAM_INPUT_DIR, 'tof_3.qasm')), { level: 3 }).circuit;
    const a = searchWithBudget(c, optimizationPasses(3), { budgetS: 60, maxRounds: 3, seed: 5 });
    const b = searchWithBudget(c, optimizationPasses(3), { budgetS: 60, maxRounds: 3, seed: 5 });
    expect(a.rounds).toBe(3);
    expect(namCounts(a.circuit)).toEqual(namCounts(b.circuit));
  });

  it.each([0, -2, Number.NaN])('a budget of %p s is an InvalidArgumentError', (budgetS) => {
    const c = loadCircuitFile(path.join(NAM_INPUT_DIR, 'tof_3.qasm'));
    expect(() => optimize(c, { level: 4, budgetS })).toThrow(InvalidArgumentError);
    expect(() => searchWithBudget(c, optimizationPasses(3), { budgetS })).toThrow(/time budget \(s\) must be a finite number > 0/);
  });

  it('level 4 is a valid level; 5 is not', () => {
    expect(parseOptimizationLevel(4)).toBe(4);
    expect(() => parseOptimizationLevel(5)).toThrow(InvalidArgumentError);
  });
});
