import * as math from '../../src/math';
import * as poly from '../../src/math/poly';
import * as qsp from '../../src/math/qsp';
import * as qlsa from '../../src/math/qlsa';

// Every export of the math subfolders is reachable from src/math as the same value (a clash
// between two `export *` lines would silently drop the name).
describe('src/math public surface', () => {
  it.each([['poly', poly], ['qsp', qsp], ['qlsa', qlsa]] as const)('re-exports every export of math/%s', (_name, mod) => {
    const index = math as unknown as Record<string, unknown>;
    const missing = Object.keys(mod).filter((k) => index[k] !== (mod as Record<string, unknown>)[k]);
    expect(missing).toEqual([]);
    expect(Object.keys(mod).length).toBeGreaterThan(0);
  });
});
