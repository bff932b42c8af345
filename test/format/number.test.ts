/** The one number / duration formatter (src/format/number.ts): cases, and the rules that must hold for every input. */
import fc from 'fast-check';
import {
  MISSING_TEXT, NumberStyle, formatCount, formatDuration, formatFixed, formatNumber, formatPercent, formatPowerOfTen, formatRatio,
  formatScientific, minusSign, numberFormats,
} from '../../src/format';

const STYLES: readonly NumberStyle[] = ['text', 'html'];

describe('formatNumber', () => {
  it.each<[number | null, number, NumberStyle, string]>([
    [0, 4, 'text', '0'],
    [1234.5678, 4, 'text', '1235'],
    [0.012345, 3, 'text', '0.0123'],
    [123.456, 4, 'text', '123.5'],
    [-42.5, 4, 'text', '-42.5'],
    [-42.5, 4, 'html', '−42.5'],
    [1e-5, 4, 'text', '1e-5'],
    [1e-5, 4, 'html', '10⁻⁵'],
    [1.5e8, 4, 'html', '1.5×10⁸'],
    [5.66e12, 4, 'text', '5.66e12'],
    [-2.5e-7, 3, 'text', '-2.5e-7'],
    [-2.5e-7, 3, 'html', '−2.5×10⁻⁷'],
    [999999.9, 4, 'text', '1e6'],
    [Infinity, 4, 'text', '∞'],
    [-Infinity, 4, 'text', '-∞'],
    [-Infinity, 4, 'html', '−∞'],
    [NaN, 4, 'text', 'n/a'],
    [null, 4, 'html', 'n/a'],
  ])('formatNumber(%p, %i, %s) = %s', (x, digits, style, expected) => {
    expect(formatNumber(x, digits, style)).toBe(expected);
  });

  it.each([[-3, '10⁻³'], [0, '10⁰'], [12, '10¹²']])('formatPowerOfTen(%i) = %s', (e, s) => expect(formatPowerOfTen(e)).toBe(s));

  it.each<[number, number, string]>([[12345, 3, '1.23e4'], [6.02e23, 4, '6.02e23'], [1e-12, 2, '1e-12'], [-7e-9, 4, '-7e-9']])(
    'formatScientific(%p, %i) = %s', (x, d, s) => expect(formatScientific(x, d)).toBe(s));
});

describe('formatCount', () => {
  it.each<[number, NumberStyle, string]>([
    [0, 'text', '0'], [65536, 'text', '65,536'], [-1234567, 'text', '-1,234,567'], [999_999_999, 'text', '999,999,999'],
    [1e9, 'text', '1e9'], [5.66e12, 'text', '5.66e12'], [1.5, 'text', '1.5'], [NaN, 'text', 'n/a'], [Infinity, 'text', '∞'],
    [7, 'html', '7'], [1234, 'html', '1\u2009234'], [-1234567, 'html', '−1\u2009234\u2009567'],
  ])('formatCount(%p, %s) = %s', (x, style, s) => expect(formatCount(x, style)).toBe(s));
});

describe('formatDuration picks a readable unit', () => {
  it.each<[number, string]>([
    [0, '0 s'], [45, '45 s'], [59, '59 s'], [0.0032, '3.2 ms'], [0.101, '101 ms'], [1.23e-8, '12.3 ns'], [4.2e-5, '42 µs'], [2.5e-7, '250 ns'],
    [0.99996, '1 s'], [1e-18, '1 as'], [3e-21, '0.003 as'], [90, '1.5 min'], [5400, '1.5 h'], [7200, '2 h'], [86400 * 3, '3 days'],
    [365.25 * 86400 * 2, '2 years'], [365.25 * 86400 * 2.3e5, '230000 years'], [365.25 * 86400 * 2.3e7, '2.3e7 years'],
    [-0.0032, '-3.2 ms'], [-5400, '-1.5 h'], [Infinity, '∞ s'], [-Infinity, '-∞ s'], [NaN, 'n/a'],
  ])('%p s → %s', (s, text) => expect(formatDuration(s)).toBe(text));

  it('html style: the same units with typeset numbers and minus', () => {
    expect(formatDuration(365.25 * 86400 * 2.3e7, 'html')).toBe('2.3×10⁷ years');
    expect(formatDuration(-0.0032, 'html')).toBe('−3.2 ms');
  });

  const UNIT_SECONDS: Readonly<Record<string, number>> = {
    as: 1e-18, fs: 1e-15, ps: 1e-12, ns: 1e-9, µs: 1e-6, ms: 1e-3, s: 1, min: 60, h: 3600, days: 86400, years: 365.25 * 86400,
  };
  it('every positive duration round-trips through its text within 0.5% (text style)', () => {
    fc.assert(fc.property(fc.double({ min: 1e-17, max: 1e15, noNaN: true }), (s) => {
      const [num, unit] = formatDuration(s).split(' ');
      expect(Math.abs((Number(num) * UNIT_SECONDS[unit]) / s - 1)).toBeLessThan(5e-3);
    }));
  });
});

describe('one rule for every formatter and style', () => {
  const signedFormatters: ReadonlyArray<[string, (x: number, style: NumberStyle) => string]> = [
    ['formatNumber', (x, st) => formatNumber(x, 4, st)],
    ['formatScientific', (x, st) => formatScientific(x, 3, st)],
    ['formatCount', (x, st) => formatCount(x, st)],
    ['formatDuration', (x, st) => formatDuration(x, st)],
    ['formatFixed', (x, st) => formatFixed(x, 2, st)],
  ];
  const nonZero = fc.oneof(fc.double({ min: 1e-12, max: 1e18, noNaN: true }), fc.integer({ min: 1, max: 2e9 }));

  it.each(signedFormatters)('%s: −x prints as the style\'s minus sign followed by the text of x', (_name, f) => {
    fc.assert(fc.property(nonZero, fc.constantFrom(...STYLES), (x, style) => {
      const pos = f(x, style);
      const neg = f(-x, style);
      if (/^0(\.0+)?( s)?$/.test(pos)) expect(neg).toBe(pos); // rounds to zero: no sign
      else expect(neg).toBe(minusSign(style) + pos);
      // one minus sign per style, never the other one
      expect(neg).not.toContain(style === 'text' ? '\u2212' : '-');
    }));
  });

  it.each(signedFormatters)('%s: NaN, null and undefined print as n/a; no output says NaN, Infinity or undefined', (_name, f) => {
    for (const style of STYLES) {
      expect(f(NaN, style)).toBe(MISSING_TEXT);
      fc.assert(fc.property(fc.double(), (x) => {
        expect(f(x, style)).not.toMatch(/NaN|Infinity|undefined|e\+/);
      }));
    }
    expect(formatNumber(null)).toBe(MISSING_TEXT);
    expect(formatDuration(undefined)).toBe(MISSING_TEXT);
  });

  it('formatRatio and formatPercent', () => {
    expect([formatRatio(12.345), formatRatio(0.0312), formatRatio(Infinity), formatRatio(NaN), formatRatio(0)]).toEqual(['×12.3', '×0.0312', '×∞', '—', '—']);
    expect([formatPercent(5 / 12), formatPercent(-5 / 12), formatPercent(-5 / 12, 'html'), formatPercent(NaN)]).toEqual(['41.7%', '-41.7%', '−41.7%', 'n/a']);
  });

  it('numberFormats(style) binds the style and changes nothing else', () => {
    const html = numberFormats('html');
    fc.assert(fc.property(fc.double(), (x) => {
      expect(html.formatNumber(x)).toBe(formatNumber(x, 4, 'html'));
      expect(html.formatDuration(x)).toBe(formatDuration(x, 'html'));
      expect(html.formatCount(x)).toBe(formatCount(x, 'html'));
    }));
  });
});
