import { makeStdGate, unitaryOfOp, wrapInverse } from '../../src/ops';
import { adjointC, maxAbsDiffC } from '../../src/math/complexMatrix';

describe('generic inverse wrapper', () => {
  it('falls back to the decomposition for ops without a matrix (rccx)', () => {
    const op = makeStdGate('rccx');
    const u = unitaryOfOp(wrapInverse(op));
    expect(maxAbsDiffC(u, adjointC(unitaryOfOp(op)))).toBeLessThan(1e-12);
  });
});
