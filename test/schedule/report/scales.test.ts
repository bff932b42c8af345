import { placeOnScale, scaleToPx } from '../../../src/schedule/report/axisScale';
import { makeLinearScale, niceStep } from '../../../src/schedule/report/linearScale';
import { makeLogScale } from '../../../src/schedule/report/logScale';

/** True when v is 10^k for an integer k (to 1e-12 relative). */
function isPowerOfTen(v: number): boolean {
  const k = Math.round(Math.log10(v));
  return Math.abs(v / 10 ** k - 1) < 1e-12;
}

describe('log scale', () => {
  it.each<[string, (number | null)[]]>([
    ['3 decades', [2.5e3, 40, 7]],
    ['sub-unit', [3.3e-9, 1.2e-4]],
    ['exact powers', [1e-3, 1e3]],
    ['one value', [500]],
    ['exactly 1', [1]],
    ['with 0, ∞, NaN and null mixed in', [0, 12, Infinity, NaN, null, 4.5e7, -3]],
    ['20 decades', [1e-12, 3e8]],
  ])('%s: major ticks are powers of ten covering the finite positive data', (_name, values) => {
    const s = makeLogScale(values, 300, 0);
    const data = values.filter((v): v is number => v !== null && Number.isFinite(v) && v > 0);
    const majors = s.ticks.filter((t) => t.major).map((t) => t.value);
    expect(majors.length).toBeGreaterThanOrEqual(2);
    expect(majors.length).toBeLessThanOrEqual(8);
    for (const v of majors) expect(isPowerOfTen(v)).toBe(true);
    for (let i = 1; i < majors.length; i++) expect(majors[i]).toBeGreaterThan(majors[i - 1]);
    expect(majors[0]).toBe(s.domainMin);
    expect(majors[majors.length - 1]).toBe(s.domainMax);
    expect(s.domainMin).toBeLessThanOrEqual(Math.min(...data));
    expect(s.domainMax).toBeGreaterThanOrEqual(Math.max(...data));
    // Equal spacing in decades between labelled ticks.
    const gaps = majors.slice(1).map((v, i) => Math.round(Math.log10(v / majors[i])));
    expect(new Set(gaps).size).toBe(1);
    for (const t of s.ticks) expect(t.major ? t.label.startsWith('10') : t.label === '').toBe(true);
  });

  it('labels use superscript exponents', () => {
    const s = makeLogScale([2e-3, 50], 100, 0);
    expect(s.ticks.filter((t) => t.major).map((t) => t.label)).toEqual(['10⁻³', '10⁻²', '10⁻¹', '10⁰', '10¹', '10²']);
  });

  it('no positive data gives the default [1, 10]', () => {
    const s = makeLogScale([0, -1, NaN, Infinity], 100, 0);
    expect([s.domainMin, s.domainMax]).toEqual([1, 10]);
  });

  it('maps decades to equal pixel distances; clamps what a log axis cannot show', () => {
    const s = makeLogScale([1, 1000], 300, 0);
    expect(scaleToPx(s, 1)).toBeCloseTo(300, 9);
    expect(scaleToPx(s, 10)).toBeCloseTo(200, 9);
    expect(scaleToPx(s, 1000)).toBeCloseTo(0, 9);
    expect(placeOnScale(s, Infinity)).toEqual({ kind: 'clampedHigh', px: 0 });
    expect(placeOnScale(s, 0)).toEqual({ kind: 'clampedLow', px: 300 });
    expect(placeOnScale(s, -5)).toEqual({ kind: 'clampedLow', px: 300 });
    expect(placeOnScale(s, NaN)).toEqual({ kind: 'missing' });
    expect(placeOnScale(s, null)).toEqual({ kind: 'missing' });
  });

  it('huge values keep a finite domain', () => {
    const s = makeLogScale([1e-320, 1e307, Number.MAX_VALUE], 300, 0);
    expect(Number.isFinite(s.domainMax) && s.domainMin > 0).toBe(true);
    for (const v of [1e-320, 1e307, Number.MAX_VALUE]) {
      const p = placeOnScale(s, v);
      expect(p.kind === 'missing' ? NaN : p.px).not.toBeNaN();
    }
  });
});

describe('linear scale', () => {
  it.each<[number, number]>([[0.7, 1], [1.3, 2], [2.1, 5], [4.9, 5], [6, 10], [0.013, 0.02], [3.2e6, 5e6]])('niceStep(%p) = %p', (raw, nice) =>
    expect(niceStep(raw)).toBeCloseTo(nice, 12));

  it.each<[string, number[], boolean]>([
    ['loss', [2.3, 1.9, 1.2, 0.8], false],
    ['negative', [-7.5, 3.2], false],
    ['tiny', [1e-6, 3e-6], false],
    ['steps', [0, 1, 2, 3], true],
    ['many steps', [0, 997], true],
    ['single step', [0], true],
    ['single value', [4.2], false],
  ])('%s: evenly spaced nice ticks covering the data', (_n, values, integer) => {
    const s = makeLinearScale(values, 0, 500, { integer });
    const v = s.ticks.map((t) => t.value);
    expect(v.length).toBeGreaterThanOrEqual(2);
    expect(v.length).toBeLessThanOrEqual(12);
    const step = v[1] - v[0];
    for (let i = 1; i < v.length; i++) expect(v[i] - v[i - 1]).toBeCloseTo(step, 9);
    const mantissa = step / 10 ** Math.floor(Math.log10(step) + 1e-9);
    expect([1, 2, 5].some((m) => Math.abs(mantissa - m) < 1e-9)).toBe(true);
    expect(s.domainMin).toBeLessThanOrEqual(Math.min(...values));
    expect(s.domainMax).toBeGreaterThanOrEqual(Math.max(...values));
    if (integer) for (const x of v) expect(Number.isInteger(x)).toBe(true);
    if (Math.min(...values) >= 0) expect(s.domainMin).toBeGreaterThanOrEqual(0);
    for (const t of s.ticks) expect(t.label).not.toMatch(/e|NaN|0000000/);
  });

  it('labels are short decimals without binary noise', () => {
    const s = makeLinearScale([0.1, 0.7], 0, 1, { targetTickCount: 7 });
    expect(s.ticks.map((t) => t.label)).toEqual(['0.1', '0.2', '0.3', '0.4', '0.5', '0.6', '0.7']);
  });

  it('maps linearly and clamps ±∞', () => {
    const s = makeLinearScale([0, 10], 100, 0);
    expect(scaleToPx(s, 5)).toBeCloseTo(50, 9);
    expect(placeOnScale(s, Infinity).kind).toBe('clampedHigh');
    expect(placeOnScale(s, -Infinity).kind).toBe('clampedLow');
    expect(makeLinearScale([], 0, 1).domainMin).toBe(0);
  });
});
