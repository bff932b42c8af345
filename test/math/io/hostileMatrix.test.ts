import { FileError, InvalidArgumentError, InvalidMatrixError, QnError } from '../../../src/errors';
import { csrFromDense } from '../../../src/math/csrMatrix';
import { DEFAULT_MATRIX_BUDGET_BYTES, defaultMatrixBudgetBytes, formatMatrixFile, matrixBytesEstimate, parseMatrixFile } from '../../../src/math/io';
import { readMemoryLimits } from '../../../src/math/memoryLimit';

function caught(f: () => unknown): QnError {
  try { f(); } catch (e) { if (e instanceof QnError) return e; throw e; }
  throw new Error('expected an error');
}

const MTX = (n: string): string => `%%MatrixMarket matrix coordinate real symmetric\n${n} ${n} 1\n1 1 1.0\n`;

function npyWithHeader(header: string, payload = new Uint8Array(0)): Uint8Array {
  const h = header.padEnd(Math.ceil((header.length + 11) / 64) * 64 - 11, ' ') + '\n';
  const out = new Uint8Array(10 + h.length + payload.length);
  out.set([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 1, 0], 0);
  out[8] = h.length & 0xff; out[9] = h.length >> 8;
  for (let i = 0; i < h.length; i++) out[10 + i] = h.charCodeAt(i);
  out.set(payload, 10 + h.length);
  return out;
}

describe('matrix readers: huge declared sizes are refused before allocating', () => {
  it.each(['100000000', '1000000000000', '4294967296'])('a %s-row .mtx of under 100 bytes', (n) => {
    expect(MTX(n).length).toBeLessThan(100);
    const heap0 = process.memoryUsage().heapUsed, t0 = Date.now();
    const e = caught(() => parseMatrixFile(MTX(n), 'mtx', 'big.mtx'));
    expect(e).toBeInstanceOf(InvalidMatrixError);
    expect(e.message).toMatch(new RegExp(`^big\\.mtx: line 2: a ${n}x${n} matrix .* more than the matrix size budget of 2\\.00 GiB`));
    expect(Date.now() - t0).toBeLessThan(500);
    expect(process.memoryUsage().heapUsed - heap0).toBeLessThan(50 * 1024 ** 2);
  });

  it('the estimate is the CSR arrays plus working vectors; the default budget admits n = 10^6', () => {
    expect(matrixBytesEstimate(1e6, 5e6)).toBeLessThan(DEFAULT_MATRIX_BUDGET_BYTES);
    expect(matrixBytesEstimate(1e8, 0)).toBeGreaterThan(DEFAULT_MATRIX_BUDGET_BYTES);
    expect(() => parseMatrixFile(MTX('1000'), 'mtx', 'ok.mtx')).not.toThrow();
    expect(caught(() => parseMatrixFile(MTX('1000'), 'mtx', 'ok.mtx', { maxMatrixBytes: 1000 })).message).toMatch(/size budget/);
  });

  it.each(['(100000000, 100000000)', '(1000000000000, 1000000000000)'])('.npy with shape %s', (shape) => {
    const e = caught(() => parseMatrixFile(npyWithHeader(`{'descr': '<f8', 'fortran_order': False, 'shape': ${shape}, }`), 'npy', 'big.npy'));
    expect(e.message).toMatch(/^big\.npy: \.npy header: a \d+x\d+ matrix .* size budget/);
  });

  it('JSON with a huge "n" or a runaway rowPtr', () => {
    expect(caught(() => parseMatrixFile('{"n": 1e12, "entries": []}', 'json', 'big.json')).message).toMatch(/^big\.json: "n": a 1000000000000x1000000000000 matrix/);
    const t0 = Date.now();
    const e = caught(() => parseMatrixFile('{"n": 3, "rowPtr": [0, 1e308, 2, 3], "colIdx": [0, 1, 2], "values": [1, 1, 1]}', 'json', 'p.json'));
    expect(e.message).toMatch(/"rowPtr"\[1\] = 1e\+308/);
    expect(Date.now() - t0).toBeLessThan(500);
  });
});

describe('matrix readers: malformed content gives typed errors with positions', () => {
  const a = csrFromDense({ rows: 3, cols: 3, data: Float64Array.from([2, 1, 0, 1, 3, 1, 0, 1, 4]) });
  const npy = formatMatrixFile(a, 'npy') as Uint8Array;

  it('every truncation of a .npy file is an InvalidMatrixError', () => {
    for (let len = 0; len < npy.length; len++) expect(caught(() => parseMatrixFile(npy.subarray(0, len), 'npy', 't.npy'))).toBeInstanceOf(InvalidMatrixError);
    expect(parseMatrixFile(npy, 'npy').matrix.values.length).toBe(7);
  });

  it('wrong dtypes are UNSUPPORTED_FORMAT naming the dtype', () => {
    for (const d of ['<i8', '|u1', '<c16', '<f2', '|O']) {
      const e = caught(() => parseMatrixFile(npyWithHeader(`{'descr': '${d}', 'fortran_order': False, 'shape': (2, 2), }`, new Uint8Array(64)), 'npy', 'd.npy'));
      expect(e).toBeInstanceOf(FileError);
      expect(e.message).toContain(`dtype '${d}'`);
    }
  });

  it('NaN and Infinity name their position (mtx line, npy entry)', () => {
    expect(caught(() => parseMatrixFile('%%MatrixMarket matrix coordinate real general\n2 2 2\n1 1 1\n2 2 NaN\n', 'mtx', 'n.mtx')).message).toMatch(/^n\.mtx: line 4: entry \(2, 2\) is not finite/);
    const bad = Uint8Array.from(npy);
    new DataView(bad.buffer).setFloat64(bad.length - 8 * 4, Infinity, true); // entry (1, 2) in C order
    expect(caught(() => parseMatrixFile(bad, 'npy', 'i.npy')).message).toMatch(/^i\.npy: entry \(1, 2\) is not finite \(Infinity\)/);
  });

  it('entries around 1e-170 are kept (not "zero")', () => {
    const m = parseMatrixFile('%%MatrixMarket matrix coordinate real symmetric\n2 2 3\n1 1 2e-170\n2 1 1e-170\n2 2 3e-170\n', 'mtx').matrix;
    expect(Array.from(m.values)).toEqual([2e-170, 1e-170, 1e-170, 3e-170]);
  });

  it('a NaN or negative symmetry tolerance is refused (it would switch the symmetry check off)', () => {
    const asym = '%%MatrixMarket matrix coordinate real general\n2 2 2\n1 2 1\n2 2 1\n';
    expect(caught(() => parseMatrixFile(asym, 'mtx', 'a.mtx', { symmetryTol: NaN }))).toBeInstanceOf(InvalidArgumentError);
    expect(caught(() => parseMatrixFile(asym, 'mtx', 'a.mtx', { symmetryTol: -1 }))).toBeInstanceOf(InvalidArgumentError);
    expect(caught(() => parseMatrixFile(asym, 'mtx', 'a.mtx')).message).toMatch(/not symmetric/);
  });
});

describe('matrix size budget follows the real memory limit', () => {
  it('is 2 GiB at most and a quarter of the memory limit when that is smaller', () => {
    const limit = readMemoryLimits().limitBytes;
    expect(defaultMatrixBudgetBytes()).toBe(Math.min(DEFAULT_MATRIX_BUDGET_BYTES, Math.floor(limit / 4)));
    expect(defaultMatrixBudgetBytes()).toBeLessThanOrEqual(limit / 4);
  });
});
