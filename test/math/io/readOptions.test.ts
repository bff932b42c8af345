import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { loadMatrixFile } from '../../../src/math/io/loadMatrixFile';
import { formatNpy } from '../../../src/math/io/npy';
import { csrFromDense, csrToDense } from '../../../src/math/csrMatrix';
import { denseFromRows } from '../../../src/math/denseMatrix';
import { InvalidMatrixError } from '../../../src/errors';

// A non-symmetric 3×3 matrix (A_01 = 2 but A_10 = 0), written by hand in each format.
const ROWS = [[4, 2, 0], [0, 3, -1], [0.5, 0, 2]];
const MTX = [
  '%%MatrixMarket matrix coordinate real general',
  '3 3 6',
  '1 1 4', '1 2 2', '2 2 3', '2 3 -1', '3 1 0.5', '3 3 2', '',
].join('\n');

describe('loadMatrixFile requireSymmetric', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qn-nonsym-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const files: ReadonlyArray<readonly [string, string | Uint8Array]> = [
    ['a.mtx', MTX],
    ['a.json', JSON.stringify(ROWS)],
    ['a.npy', formatNpy(csrFromDense(denseFromRows(ROWS)))],
  ];
  for (const [name, content] of files) fs.writeFileSync(path.join(dir, name), content);

  it.each(files.map(([name]) => [name]))('%s: requireSymmetric false loads the entries as stored', (name) => {
    const loaded = loadMatrixFile(path.join(dir, name), { requireSymmetric: false });
    expect(Array.from(csrToDense(loaded.matrix).data)).toEqual(ROWS.flat());
  });

  it.each(files.map(([name]) => [name]))('%s: the default (and requireSymmetric true) still rejects it with details.asymmetry', (name) => {
    for (const options of [{}, { requireSymmetric: true }]) {
      try {
        loadMatrixFile(path.join(dir, name), options);
        throw new Error('expected an InvalidMatrixError');
      } catch (e) {
        expect(e).toBeInstanceOf(InvalidMatrixError);
        expect((e as InvalidMatrixError).details.asymmetry).toBeCloseTo(2, 12);
      }
    }
  });

  it('requireSymmetric false still rejects non-finite entries', () => {
    const file = path.join(dir, 'bad.json');
    fs.writeFileSync(file, '[[1, 2], [3, "x"]]');
    expect(() => loadMatrixFile(file, { requireSymmetric: false })).toThrow(InvalidMatrixError);
  });

  it('a symmetric matrix loads identically either way', () => {
    const file = path.join(dir, 's.json');
    fs.writeFileSync(file, JSON.stringify([[2, -1], [-1, 2]]));
    expect(csrToDense(loadMatrixFile(file, { requireSymmetric: false }).matrix).data).toEqual(csrToDense(loadMatrixFile(file).matrix).data);
  });
});
