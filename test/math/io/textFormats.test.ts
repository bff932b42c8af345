import { parseMatrixMarket, formatMatrixMarket } from '../../../src/math/io/matrixMarket';
import { parseJsonMatrix, formatJsonMatrix } from '../../../src/math/io/jsonMatrix';
import { csrFromDense, csrToDense, csrFromTriplets } from '../../../src/math/csrMatrix';
import { pruneSymmetric } from '../../../src/math/prune';
import { FileError, InvalidMatrixError } from '../../../src/errors';
import { randomSymmetric } from '../helpers';

describe('Matrix Market', () => {
  it('reads a hand-written coordinate real symmetric file (lower triangle, 1-based)', () => {
    const text = [
      '%%MatrixMarket matrix coordinate real symmetric',
      '% a comment',
      '3 3 4',
      '1 1 4.5',
      '2 1 -1',
      '3 3 2e-3',
      '3 2 7',
    ].join('\n');
    const { matrix, meta } = parseMatrixMarket(text);
    expect(Array.from(csrToDense(matrix).data)).toEqual([4.5, -1, 0, -1, 0, 7, 0, 7, 2e-3]);
    expect(meta).toEqual({});
  });

  it('reads general coordinate and array layouts, integer fields', () => {
    const general = '%%MatrixMarket matrix coordinate integer general\n2 2 4\n1 1 1\n1 2 2\n2 1 2\n2 2 3\n';
    expect(Array.from(csrToDense(parseMatrixMarket(general).matrix).data)).toEqual([1, 2, 2, 3]);
    const array = '%%MatrixMarket matrix array real general\n2 2\n1\n2\n2\n3\n';
    expect(Array.from(csrToDense(parseMatrixMarket(array).matrix).data)).toEqual([1, 2, 2, 3]);
    const symArray = '%%MatrixMarket matrix array real symmetric\n2 2\n1\n2\n3\n';
    expect(Array.from(csrToDense(parseMatrixMarket(symArray).matrix).data)).toEqual([1, 2, 2, 3]);
  });

  it.each([[1, 1, 1], [6, 2, 6], [40, 3, 5]])('round-trips exactly (n=%i, seed %i, d=%i) with metadata', (n, seed, d) => {
    const a = pruneSymmetric(randomSymmetric(n, seed), d).matrix;
    const text = formatMatrixMarket(a, { regularizationShift: 0.0123, model: 'mlp:16-4-10:tanh' }, 'test matrix');
    expect(text.startsWith('%%MatrixMarket matrix coordinate real symmetric\n')).toBe(true);
    const back = parseMatrixMarket(text);
    expect(back.meta).toEqual({ regularizationShift: 0.0123, model: 'mlp:16-4-10:tanh' });
    expect(Array.from(back.matrix.rowPtr)).toEqual(Array.from(a.rowPtr));
    expect(Array.from(back.matrix.colIdx)).toEqual(Array.from(a.colIdx));
    expect(Array.from(back.matrix.values)).toEqual(Array.from(a.values));
  });

  it.each([
    ['non-square', '%%MatrixMarket matrix coordinate real general\n2 3 1\n1 1 1\n', InvalidMatrixError, /2x3/],
    ['asymmetric', '%%MatrixMarket matrix coordinate real general\n2 2 2\n1 2 1\n2 1 3\n', InvalidMatrixError, /not symmetric/],
    ['NaN', '%%MatrixMarket matrix coordinate real symmetric\n2 2 1\n2 1 nan\n', InvalidMatrixError, /not finite/],
    ['Infinity', '%%MatrixMarket matrix coordinate real symmetric\n1 1 1\n1 1 Infinity\n', InvalidMatrixError, /not finite/],
    ['empty', '%%MatrixMarket matrix coordinate real symmetric\n0 0 0\n', InvalidMatrixError, /empty/],
    ['bad banner', 'hello\n1 1 1\n1 1 1\n', InvalidMatrixError, /banner/],
    ['complex field', '%%MatrixMarket matrix coordinate complex general\n1 1 1\n1 1 1 0\n', FileError, /complex/],
    ['wrong count', '%%MatrixMarket matrix coordinate real symmetric\n2 2 3\n1 1 1\n', InvalidMatrixError, /announces 3/],
    ['index out of range', '%%MatrixMarket matrix coordinate real symmetric\n2 2 1\n3 1 1\n', InvalidMatrixError, /outside/],
    ['upper entry in symmetric', '%%MatrixMarket matrix coordinate real symmetric\n2 2 1\n1 2 1\n', InvalidMatrixError, /lower triangle/],
    ['duplicate', '%%MatrixMarket matrix coordinate real symmetric\n2 2 2\n1 1 1\n1 1 2\n', InvalidMatrixError, /more than once/],
  ])('rejects %s input with a typed error', (_name, text, cls, msg) => {
    expect(() => parseMatrixMarket(text)).toThrow(cls);
    expect(() => parseMatrixMarket(text)).toThrow(msg);
  });
});

describe('JSON matrices', () => {
  it.each([[1, 1], [7, 2], [30, 3]])('round-trips exactly (n=%i)', (n, seed) => {
    const a = csrFromDense(randomSymmetric(n, seed));
    const back = parseJsonMatrix(formatJsonMatrix(a, { regularizationShift: 1e-3 }));
    expect(back.meta).toEqual({ regularizationShift: 1e-3 });
    expect(Array.from(csrToDense(back.matrix).data)).toEqual(Array.from(csrToDense(a).data));
  });

  it('reads dense rows, a dense key and triplet entries', () => {
    const want = [2, -1, -1, 2];
    expect(Array.from(csrToDense(parseJsonMatrix('[[2,-1],[-1,2]]').matrix).data)).toEqual(want);
    expect(Array.from(csrToDense(parseJsonMatrix('{"dense":[[2,-1],[-1,2]]}').matrix).data)).toEqual(want);
    expect(Array.from(csrToDense(parseJsonMatrix('{"n":2,"entries":[[0,0,2],[0,1,-1],[1,0,-1],[1,1,2]]}').matrix).data)).toEqual(want);
    const c = csrFromTriplets(2, [0, 0, 1, 1], [0, 1, 0, 1], want);
    expect(Array.from(csrToDense(parseJsonMatrix(formatJsonMatrix(c)).matrix).data)).toEqual(want);
  });

  it.each([
    ['non-square', '[[1,2,3],[2,1,3]]', /square/],
    ['ragged', '[[1,2],[2]]', /same length/],
    ['asymmetric', '[[1,2],[3,1]]', /not symmetric/],
    ['null (NaN)', '[[1,null],[null,1]]', /not a finite number/],
    ['empty', '[]', /empty/],
    ['not JSON', '{oops', /not valid JSON/],
    ['bad CSR', '{"n":2,"rowPtr":[0,1],"colIdx":[0],"values":[1]}', /inconsistent CSR/],
    ['unknown shape', '{"n":2}', /expected a dense array/],
  ])('rejects %s input with InvalidMatrixError', (_name, text, msg) => {
    expect(() => parseJsonMatrix(text)).toThrow(InvalidMatrixError);
    expect(() => parseJsonMatrix(text)).toThrow(msg);
  });
});
