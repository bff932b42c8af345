import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { loadMatrixFile } from '../../../src/math/io/loadMatrixFile';
import { formatMatrixFile, matrixFormatOfPath, parseMatrixFile } from '../../../src/math/io/matrixFile';
import { MATRIX_FORMATS } from '../../../src/math/io/types';
import { csrFromDense, csrToDense } from '../../../src/math/csrMatrix';
import { FileError } from '../../../src/errors';
import { randomSymmetric } from '../helpers';

describe('matrix files on disk', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qn-matrix-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const a = csrFromDense(randomSymmetric(6, 4));

  it.each(MATRIX_FORMATS.map((f) => [f]))('writes and loads a .%s file with identical values', (format) => {
    const file = path.join(dir, `m.${format}`);
    fs.writeFileSync(file, formatMatrixFile(a, format, { regularizationShift: 0.5 }));
    const loaded = loadMatrixFile(file);
    expect(loaded.format).toBe(format);
    expect(Array.from(csrToDense(loaded.matrix).data)).toEqual(Array.from(csrToDense(a).data));
    expect(loaded.meta).toEqual(format === 'npy' ? {} : { regularizationShift: 0.5 });
  });

  it('parseMatrixFile accepts text given as bytes', () => {
    const text = formatMatrixFile(a, 'mtx') as string;
    expect(csrToDense(parseMatrixFile(Buffer.from(text), 'mtx').matrix).data).toEqual(csrToDense(a).data);
  });

  it.each([
    ['missing file', () => loadMatrixFile(path.join(dir, 'nope.mtx')), 'FILE_NOT_FOUND'],
    ['directory', () => { fs.mkdirSync(path.join(dir, 'd.mtx'), { recursive: true }); return loadMatrixFile(path.join(dir, 'd.mtx')); }, 'FILE_UNREADABLE'],
    ['unknown extension', () => matrixFormatOfPath('matrix.csv'), 'UNSUPPORTED_FORMAT'],
  ])('%s -> FileError %s', (_name, fn, code) => {
    try { fn(); throw new Error('expected a FileError'); } catch (e) {
      expect(e).toBeInstanceOf(FileError);
      expect((e as FileError).code).toBe(code);
    }
  });
});
