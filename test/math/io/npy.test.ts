import * as fs from 'fs';
import * as path from 'path';
import { parseNpy, formatNpy } from '../../../src/math/io/npy';
import { csrFromDense, csrToDense } from '../../../src/math/csrMatrix';
import { FileError, InvalidMatrixError } from '../../../src/errors';
import { randomSymmetric } from '../helpers';

const FIX = path.join(__dirname, 'fixtures');
const read = (name: string): Buffer => fs.readFileSync(path.join(FIX, name));

/** The matrix numpy saved in the hilbert5_* fixtures: 1/(1+i+j) + 2 on the diagonal. */
function hilbert5(round: (x: number) => number): number[] {
  const out: number[] = [];
  for (let i = 0; i < 5; i++) for (let j = 0; j < 5; j++) out.push(round(1 / (1 + i + j) + (i === j ? 2 : 0)));
  return out;
}

describe('NumPy .npy files written by numpy', () => {
  it.each([
    ['hilbert5_f64.npy', (x: number) => x],
    ['hilbert5_f64_fortran.npy', (x: number) => x],
    ['hilbert5_f64_bigendian.npy', (x: number) => x],
    ['hilbert5_f32.npy', Math.fround],
  ])('%s loads with the exact values', (file, round) => {
    const { matrix } = parseNpy(read(file), file);
    expect(Array.from(csrToDense(matrix).data)).toEqual(hilbert5(round));
  });

  it.each([
    ['rect_2x3.npy', InvalidMatrixError, /2x3; a square matrix/],
    ['vector_4.npy', InvalidMatrixError, /2-D square/],
    ['int64_2x2.npy', FileError, /float32 or float64/],
    ['nan_5.npy', InvalidMatrixError, /not finite/],
    ['nan_at_1_3_fortran.npy', InvalidMatrixError, /entry \(1, 3\)/],
    ['asym_5.npy', InvalidMatrixError, /not symmetric/],
    ['empty_0x0.npy', InvalidMatrixError, /empty/],
  ])('%s is rejected with a typed error', (file, cls, msg) => {
    expect(() => parseNpy(read(file), file)).toThrow(cls);
    expect(() => parseNpy(read(file), file)).toThrow(msg);
  });

  it('rejects bytes that are not .npy and truncated data', () => {
    expect(() => parseNpy(Buffer.from('hello world, not numpy'))).toThrow(InvalidMatrixError);
    const good = read('hilbert5_f64.npy');
    expect(() => parseNpy(good.subarray(0, good.length - 8))).toThrow(/truncated/);
  });
});

describe('.npy writing', () => {
  it.each([[1, 1], [4, 2], [33, 3]])('round-trips exactly (n=%i)', (n, seed) => {
    const a = csrFromDense(randomSymmetric(n, seed));
    const bytes = formatNpy(a);
    expect((10 + (bytes[8] | (bytes[9] << 8))) % 64).toBe(0);
    expect(bytes.length).toBe(10 + (bytes[8] | (bytes[9] << 8)) + 8 * n * n);
    expect(Array.from(csrToDense(parseNpy(bytes).matrix).data)).toEqual(Array.from(csrToDense(a).data));
  });

  it('writes the same header numpy writes for a C-order float64 array', () => {
    // numpy's own file for the 5x5 fixture: same header text and padding.
    const numpyBytes = read('hilbert5_f64.npy');
    const ours = formatNpy(parseNpy(numpyBytes).matrix);
    expect(Buffer.from(ours).subarray(0, 128).toString('latin1')).toBe(numpyBytes.subarray(0, 128).toString('latin1'));
    expect(Buffer.from(ours).equals(numpyBytes)).toBe(true);
  });
});
