/** Number and table formatting of the estimate report. */
import { formatCount, formatDuration, formatReal, formatScientific, formatTable } from '../../../src/schedule/estimate';

describe('number formatting', () => {
  it.each([
    [0, '0'], [65536, '65,536'], [-1234567, '-1,234,567'], [999_999_999, '999,999,999'], [1e9, '1.000e9'], [1.5, '1.500e0'],
    [5.66e12, '5.660e12'], [NaN, 'n/a'], [Infinity, 'n/a'],
  ])('formatCount(%d) = %s', (x, s) => expect(formatCount(x)).toBe(s));

  it.each([
    [0, '0'], [0.001, '0.001'], [123.456, '123.5'], [999.94, '999.9'], [999999, '1.000e6'], [1e6, '1.000e6'], [2.5e-4, '2.500e-4'], [-7e-9, '-7.000e-9'],
  ])('formatReal(%d) = %s', (x, s) => expect(formatReal(x)).toBe(s));

  it.each([[12345, 3, '1.23e4'], [6.02e23, 4, '6.020e23'], [1e-12, 2, '1.0e-12']])('formatScientific(%d, %i) = %s', (x, d, s) => expect(formatScientific(x, d)).toBe(s));

  it.each([
    [0, '0 s'], [1.23e-8, '12.3 ns'], [4.2e-5, '42 µs'], [0.101, '101 ms'], [59, '59 s'], [90, '1.5 min'], [7200, '2 h'],
    [3 * 86400, '3 days'], [3.156e7, '1 years'], [3.15576e16, '1.00e9 years'], [-1, 'n/a'],
  ])('formatDuration(%d) = %s', (x, s) => expect(formatDuration(x)).toBe(s));
});

describe('formatTable', () => {
  it('aligns columns (left first, right others) under a dashed rule', () => {
    const lines = formatTable(['name', 'value [s]'], [['a', '1'], ['longer name', '12345']]);
    expect(lines).toEqual([
      '  name         value [s]',
      '  -----------  ---------',
      '  a                    1',
      '  longer name      12345',
    ]);
  });

  it('counts characters, not UTF-16 units, and pads missing cells', () => {
    const lines = formatTable(['κ', 'x', 'y'], [['κ_eff', '1'], ['µs']], ['l', 'l', 'r']);
    expect(lines[0]).toBe('  κ      x  y');
    expect(lines[3]).toBe('  µs');
  });
});
