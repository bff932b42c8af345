import { evaluateQsp, qspMatrix } from '../../../src/math/qsp';
import { makeRng } from '../../../src/math/rng';
import { InvalidArgumentError } from '../../../src/errors';
import { CMat, cIdentity, cMul, cZeros } from './denseHelpers';

function wMatrix(x: number): CMat {
  const m = cZeros(2), s = Math.sqrt(1 - x * x);
  m.re[0] = x; m.re[3] = x; m.im[1] = s; m.im[2] = s;
  return m;
}
function zPhase(phi: number): CMat {
  const m = cZeros(2);
  m.re[0] = Math.cos(phi); m.im[0] = Math.sin(phi);
  m.re[3] = Math.cos(phi); m.im[3] = -Math.sin(phi);
  return m;
}
/** e^{iφ0 Z} ∏ W(x) e^{iφj Z} by explicit 2×2 complex products. */
function explicitProduct(phases: ArrayLike<number>, x: number): CMat {
  let u = cMul(cIdentity(2), zPhase(phases[0]));
  for (let j = 1; j < phases.length; j++) u = cMul(cMul(u, wMatrix(x)), zPhase(phases[j]));
  return u;
}

describe('QSP evaluation (Wx convention)', () => {
  it.each([[0], [1], [2], [7], [30]])('degree %i: O(d) recurrence equals explicit 2×2 products to 1e-13', (d) => {
    const rng = makeRng(100 + d);
    const phases = Float64Array.from({ length: d + 1 }, () => 2 * Math.PI * rng.next());
    for (const x of [-1, -0.6, 0, 0.35, 0.9, 1]) {
      const m = qspMatrix(phases, x);
      const u = explicitProduct(phases, x);
      expect(Math.abs(m.u00.re - u.re[0])).toBeLessThan(1e-13);
      expect(Math.abs(m.u00.im - u.im[0])).toBeLessThan(1e-13);
      expect(Math.abs(m.u01.re - u.re[1])).toBeLessThan(1e-13);
      expect(Math.abs(m.u01.im - u.im[1])).toBeLessThan(1e-13);
      // unitarity of the first row
      expect(Math.abs(m.u00.re ** 2 + m.u00.im ** 2 + m.u01.re ** 2 + m.u01.im ** 2 - 1)).toBeLessThan(1e-13);
    }
  });

  it.each([[1], [4], [25], [400]])('all-zero phases give W^d, so Re u00 = T_%i(x) = cos(d·acos x)', (d) => {
    const phases = new Float64Array(d + 1);
    for (const x of [-0.99, -0.2, 0.1, 0.5, 0.999]) {
      expect(Math.abs(evaluateQsp(phases, x).re - Math.cos(d * Math.acos(x)))).toBeLessThan(1e-12);
    }
  });

  it('rejects x outside [-1, 1] and empty phase lists', () => {
    expect(() => evaluateQsp([0, 0], 1.5)).toThrow(InvalidArgumentError);
    expect(() => evaluateQsp([], 0.5)).toThrow(InvalidArgumentError);
  });
});
