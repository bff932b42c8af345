import { InvalidArgumentError, requireIntegerInRange } from '../../src/errors';

describe('requireIntegerInRange', () => {
  it.each([[1], [7], [10]])('%p is in 1..10 and returned', (v) => {
    expect(requireIntegerInRange(v, 1, 10, 'count')).toBe(v);
  });
  it.each([[0], [11], [2.5], [NaN], [Infinity], [-Infinity]])('%p is refused with a typed error naming the quantity and range', (v) => {
    expect(() => requireIntegerInRange(v, 1, 10, 'count')).toThrow(InvalidArgumentError);
    expect(() => requireIntegerInRange(v, 1, 10, 'count')).toThrow(`count must be an integer in 1..10, got ${v}`);
  });
});
