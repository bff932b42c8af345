/** Typed readers of parsed CLI arguments (src/cli/args.ts): no `as number` casts in handlers. */
import { numberArg, requiredNumberArg, stringArg } from '../../src/cli/args';

describe('typed argument readers', () => {
  it('read present values, leave absent ones undefined', () => {
    expect(numberArg({ n: 3 }, 'n')).toBe(3);
    expect(numberArg({}, 'n')).toBeUndefined();
    expect(stringArg({ s: 'x' }, 's')).toBe('x');
    expect(stringArg({}, 's')).toBeUndefined();
    expect(requiredNumberArg({ n: 0 }, 'n')).toBe(0);
  });

  it.each<[Record<string, unknown>, RegExp]>([
    [{ n: 'three' }, /--n needs a number, got three/],
    [{ n: [1, 2] }, /--n needs a number/],
    [{}, /--n needs a number/],
  ])('requiredNumberArg(%j) throws INVALID_ARGUMENT naming the flag', (args, message) => {
    expect(() => requiredNumberArg(args, 'n')).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', message: expect.stringMatching(message) }));
  });
});
