import { escapeHtml } from '../../../src/schedule/report/escapeHtml';
import { formatInteger, formatNumber, formatPercent, formatPowerOfTen, formatRatio, formatSeconds } from '../../../src/schedule/report/formatNumber';
import { formatPx, svgEl } from '../../../src/schedule/report/svgElement';

describe('formatNumber', () => {
  it.each<[number | null, number, string]>([
    [0, 4, '0'],
    [1234.5678, 4, '1235'],
    [0.012345, 3, '0.0123'],
    [-42.5, 4, '-42.5'],
    [1e-5, 4, '10⁻⁵'],
    [1.5e8, 4, '1.5×10⁸'],
    [-2.5e-7, 3, '-2.5×10⁻⁷'],
    [999999.9, 4, '10⁶'],
    [Infinity, 4, '∞'],
    [-Infinity, 4, '−∞'],
    [NaN, 4, 'n/a'],
    [null, 4, 'n/a'],
  ])('formatNumber(%p, %i) = %s', (x, digits, expected) => {
    expect(formatNumber(x, digits)).toBe(expected);
  });

  it.each([[-3, '10⁻³'], [0, '10⁰'], [12, '10¹²']])('formatPowerOfTen(%i) = %s', (e, s) => expect(formatPowerOfTen(e)).toBe(s));

  it.each<[number, string]>([[7, '7'], [1234, '1\u2009234'], [-1234567, '−1\u2009234\u2009567'], [2.5, '2.5']])('formatInteger(%p)', (x, s) =>
    expect(formatInteger(x)).toBe(s));
});

describe('formatSeconds picks a readable unit', () => {
  it.each<[number, string]>([
    [0, '0 s'],
    [45, '45 s'],
    [0.0032, '3.2 ms'],
    [2.5e-7, '250 ns'],
    [1e-18, '1 as'],
    [3e-21, '0.003 as'],
    [5400, '1.5 h'],
    [86400 * 3, '3 days'],
    [365.25 * 86400 * 2, '2 years'],
    [365.25 * 86400 * 2.3e5, '230000 years'],
    [365.25 * 86400 * 2.3e7, '2.3×10⁷ years'],
    [Infinity, '∞ s'],
    [NaN, 'n/a'],
  ])('%p s → %s', (s, text) => expect(formatSeconds(s)).toBe(text));

  it.each([1e-17, 3.3e-9, 0.5, 59, 61, 7200, 1e9])('%p s round-trips through its unit within 0.5%', (s) => {
    const [num, unit] = formatSeconds(s).split(' ');
    const size: Record<string, number> = { as: 1e-18, fs: 1e-15, ps: 1e-12, ns: 1e-9, µs: 1e-6, ms: 1e-3, s: 1, min: 60, h: 3600, days: 86400, years: 365.25 * 86400 };
    const value = Number(num.replace('×10', 'e').replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]/g, (c) => String('⁰¹²³⁴⁵⁶⁷⁸⁹'.indexOf(c) >= 0 ? '⁰¹²³⁴⁵⁶⁷⁸⁹'.indexOf(c) : '-')));
    expect(Math.abs((value * size[unit]) / s - 1)).toBeLessThan(5e-3);
  });

  it.each<[number, string]>([[12.345, '×12.3'], [0.0312, '×0.0312'], [Infinity, '×∞'], [NaN, '—'], [0, '—']])('formatRatio(%p) = %s', (r, s) =>
    expect(formatRatio(r)).toBe(s));

  it('formatPercent', () => {
    expect(formatPercent(5 / 12)).toBe('41.7%');
    expect(formatPercent(NaN)).toBe('n/a');
  });
});

describe('escaping and SVG elements', () => {
  it('escapes every markup character and strips control characters', () => {
    expect(escapeHtml(`<script>alert("x") & 'y'</script>\u0001`)).toBe('&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;\ufffd');
  });

  it('escape output contains no raw < > " \' and decodes back to the input', () => {
    const input = `a<b>"c"&'d'&amp;`;
    const out = escapeHtml(input);
    expect(out).not.toMatch(/[<>"']/);
    const decoded = out.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    expect(decoded).toBe(input);
  });

  it.each<[number, string]>([[1.005, '1'], [12.3456, '12.35'], [-0.001, '0'], [NaN, '0'], [Infinity, '0'], [300, '300']])('formatPx(%p) = %s', (v, s) =>
    expect(formatPx(v)).toBe(s));

  it('svgEl escapes attribute values and self-closes without content', () => {
    expect(svgEl('rect', { x: 1.234, title: 'a"b<c', skip: undefined })).toBe('<rect x="1.23" title="a&quot;b&lt;c"/>');
    expect(svgEl('g', {}, 'x')).toBe('<g>x</g>');
  });
});
