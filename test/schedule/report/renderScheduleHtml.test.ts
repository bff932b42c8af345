import { writeFileSync } from 'fs';
import { InvalidArgumentError } from '../../../src/errors';
import type { ScheduleReport } from '../../../src/schedule/scheduler/report';
import { formatDuration } from '../../../src/format';
import { renderScheduleHtml } from '../../../src/schedule/report/renderScheduleHtml';
import { countChoices, speedUpRatio } from '../../../src/schedule/report/scheduleSummary';
import { EVIL_BLOCK, makeFixtureReport } from './fixtures';
import { numericAttributeValues, polylinePointCounts, svgBlocks, svgById, tagBalanceProblems } from './htmlChecks';

/** Structural checks every rendered page must pass. */
function expectWellFormed(html: string): void {
  expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
  expect((html.match(/<html[\s>]/g) ?? []).length).toBe(1);
  expect((html.match(/<\/html>/g) ?? []).length).toBe(1);
  expect((html.match(/<svg[\s>]/g) ?? []).length).toBe(4);
  expect((html.match(/<\/svg>/g) ?? []).length).toBe(4);
  expect(tagBalanceProblems(html)).toEqual([]);
  expect(html).not.toMatch(/NaN|undefined|Infinity|\[object/);
  expect(html).not.toMatch(/<script|<link|<img|<iframe|\son[a-z]+=|@import|url\(/i);
  const urls = [...html.matchAll(/https?:\/\/[^\s"'<>]*/g)].map((m) => m[0]);
  expect(urls.every((u) => u === 'http://www.w3.org/2000/svg')).toBe(true);
  for (const svg of svgBlocks(html)) {
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" id="[a-z-]+" class="chart" role="img" aria-labelledby/);
    expect(svg).toMatch(/<title id="[a-z-]+-title">[^<]+<\/title><desc id="[a-z-]+-desc">[^<]+<\/desc>/);
    for (const v of numericAttributeValues(svg)) expect(Number.isFinite(v)).toBe(true);
  }
}

describe('renderScheduleHtml on the 3-block × 4-step fixture', () => {
  const report = makeFixtureReport();
  const html = renderScheduleHtml(report);

  if (process.env.QN_WRITE_SAMPLE) writeFileSync(process.env.QN_WRITE_SAMPLE, html);

  it('is a well-formed self-contained page with four accessible charts', () => {
    expectWellFormed(html);
    for (const id of ['chart-kappa', 'chart-cumulative', 'chart-timeline', 'chart-loss']) expect(svgById(html, id)).toContain('</svg>');
  });

  it('is deterministic: rendering twice (and from a JSON round-trip copy) gives identical bytes', () => {
    expect(renderScheduleHtml(report)).toBe(html);
    const copy = JSON.parse(JSON.stringify(report, (_k, v) => (v === Infinity ? 'INF' : v)), (_k, v) => (v === 'INF' ? Infinity : v)) as ScheduleReport;
    expect(renderScheduleHtml(copy)).toBe(html);
  });

  it('escapes the malicious block name and every other report string', () => {
    expect(html).not.toContain(EVIL_BLOCK);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('indefinite: λmin = -3e-4 &lt;b&gt;not bold&lt;/b&gt;');
    expect(html).toContain('W1 at step 0 went &lt;quantum&gt;');
    expect(html).toContain('mlp-4-8-3 &quot;tiny&quot;');
    expect(html).not.toContain('<b>');
  });

  it('states the quantum/classical split, counted independently', () => {
    const q = report.decisions.filter((d) => d.choice === 'quantum').length;
    const sim = report.decisions.filter((d) => d.applied === 'simulated-circuit').length;
    expect(countChoices(report.decisions)).toEqual({ total: 12, quantum: q, classical: 12 - q, simulated: sim, stepCount: 4, blockCount: 3 });
    expect(q).toBeGreaterThan(0);
    expect(q).toBeLessThan(12);
    expect(html).toContain(`<strong>${q}</strong> quantum</span>`);
    expect(html).toContain(`<strong>${12 - q}</strong> classical</span>`);
    expect(html).toContain(`In ${sim} of them the applied direction was computed by simulating the circuit`);
  });

  it('shows each strategy total formatted, and the speed-up ratio', () => {
    for (const t of report.totals) expect(html).toContain(`<td class="num">${formatDuration(t.projectedSeconds, 'html')}</td>`);
    const qSum = report.decisions.reduce((a, d) => a + (d.choice === 'quantum' ? d.quantumSeconds : d.classicalSeconds), 0);
    const cSum = report.decisions.reduce((a, d) => a + d.classicalSeconds, 0);
    const ratio = speedUpRatio(report.totals, 'classical-newton', 'q-newton') as number;
    expect(Math.abs(ratio - cSum / qSum) / (cSum / qSum)).toBeLessThan(1e-12);
    expect(ratio).toBeGreaterThan(1);
    expect(html).toContain(`${Number((cSum / qSum).toPrecision(3))} times faster</strong> than Classical Newton`);
    expect(html).toContain('Did not reach the target loss within its step cap');
  });

  it('lists every finding with ✓ / ✗ / — and its detail', () => {
    expect(html).toMatch(/class="finding holds"><span class="mark" role="img" aria-label="holds">✓<\/span> <span class="statement">κ falls as training proceeds/);
    expect(html).toMatch(/class="finding fails"><span class="mark" role="img" aria-label="does not hold">✗<\/span>/);
    expect(html).toMatch(/class="finding untested"><span class="mark" role="img" aria-label="not testable on this run">—<\/span>/);
    expect(html).toContain('not testable: no attosecond hardware profile in this run');
  });

  it('κ chart: one polyline series per block and κ kind; point counts match the data, null κ left out, ∞ clamped', () => {
    const svg = svgById(html, 'chart-kappa');
    const counts = polylinePointCounts(svg);
    // Series order: W1 after, W1 before, b1 after, b1 before, evil after, evil before.
    expect([...counts.entries()].sort((a, b) => a[0] - b[0])).toEqual([[0, 4], [1, 3], [2, 4], [3, 4], [4, 4], [5, 4]]);
    expect(svg).toContain('Values above the axis range (∞) are drawn on the top edge as ▲: b1 κ before (1).');
    expect(svg).toContain('Points without a value are left out (gaps in the line): W1 κ before (1).');
    expect(html).toContain('<p class="chart-note">Values above the axis range (∞)');
    // Log-axis tick labels cover the data: κ after runs from 1.5 to 5×10⁴, κ before up to 2.5×10⁵.
    for (const label of ['10⁰', '10¹', '10⁵', '10⁶']) expect(svg).toContain(`>${label}</text>`);
  });

  it('cumulative time chart: one polyline per strategy with one point per step', () => {
    const counts = polylinePointCounts(svgById(html, 'chart-cumulative'));
    report.totals.forEach((t, i) => expect(counts.get(i)).toBe(t.cumulativeSeconds.length));
  });

  it('timeline: one cell per decision, coloured by choice, simulated cells flagged', () => {
    const svg = svgById(html, 'chart-timeline');
    const q = report.decisions.filter((d) => d.choice === 'quantum').length;
    expect((svg.match(/data-category="quantum"/g) ?? []).length).toBe(q);
    expect((svg.match(/data-category="classical"/g) ?? []).length).toBe(12 - q);
    const flags = /<g class="flags">([\s\S]*?)<\/g>/.exec(svg)![1];
    expect((flags.match(/<circle/g) ?? []).length).toBe(report.decisions.filter((d) => d.applied === 'simulated-circuit').length);
    expect(svg).toContain('quantum solver</text>');
    expect(svg).toContain('simulated circuit applied</text>');
  });

  it('loss chart: lossHistory.length points and the target-loss line', () => {
    const svg = svgById(html, 'chart-loss');
    expect(polylinePointCounts(svg).get(0)).toBe(report.lossHistory.length);
    expect(svg).toContain('target loss 1.2');
  });

  it('decisions table: one row per decision, cheaper time bold, null κ shown as not defined', () => {
    const table = /<table class="decisions">[\s\S]*?<\/table>/.exec(html)![0];
    expect((table.match(/<tr>/g) ?? []).length).toBe(report.decisions.length + 1);
    expect((table.match(/class="num chosen"/g) ?? []).length).toBe(report.decisions.length);
    expect(table).toContain('>not defined<div class="note">indefinite');
    expect(table).toContain('simulated circuit (fidelity 0.99875)');
  });
});

describe('renderScheduleHtml edge cases', () => {
  const base = makeFixtureReport();

  it.each<[string, ScheduleReport]>([
    ['no decisions', { ...base, decisions: [], lossHistory: [2.3], totals: [], findings: [] }],
    ['a single step', makeFixtureReport(1)],
    ['all κ before null, NaN κ after', { ...base, decisions: base.decisions.map((d) => ({ ...d, kappaBefore: null, kappaAfter: NaN })) }],
    ['zero and infinite projected times', {
      ...base,
      totals: [
        { strategy: 'q-newton', steps: 4, projectedSeconds: 0, cumulativeSeconds: [0, 0, 0, 0] },
        { strategy: 'classical-newton', steps: 4, projectedSeconds: Infinity, cumulativeSeconds: [1, Infinity, Infinity, Infinity] },
      ],
      decisions: base.decisions.map((d) => ({ ...d, quantumSeconds: NaN, classicalSeconds: Infinity })),
    }],
    ['NaN loss, NaN target, NaN wall time', { ...base, lossHistory: [NaN, 2, NaN, 1, 0.5], targetLoss: NaN, wallSeconds: NaN }],
    ['empty config, no totals or findings', { ...base, config: {}, totals: [], findings: [] }],
  ])('%s: still a well-formed page with no NaN', (_name, report) => {
    const html = renderScheduleHtml(report);
    expectWellFormed(html);
    expect(renderScheduleHtml(report)).toBe(html);
  });

  it('empty decisions: says so and draws placeholder charts', () => {
    const html = renderScheduleHtml({ ...base, decisions: [], lossHistory: [2.3], totals: [], findings: [] });
    expect(html).toContain('No solves were scheduled in this run.');
    expect(html).toContain('No decisions were recorded in this run.');
    expect(svgById(html, 'chart-kappa')).toContain('No data to plot');
    expect(svgById(html, 'chart-timeline')).toContain('No decisions to plot');
  });

  it('zero/∞ totals: values on log axes are clamped and the page says so', () => {
    const html = renderScheduleHtml({
      ...base,
      totals: [
        { strategy: 'q-newton', steps: 4, projectedSeconds: 0, cumulativeSeconds: [0, 0, 0, 0] },
        { strategy: 'classical-newton', steps: 4, projectedSeconds: 5, cumulativeSeconds: [1, 2, 3, Infinity] },
      ],
    });
    const svg = svgById(html, 'chart-cumulative');
    expect(svg).toContain('Values ≤ 0 (not representable on a log axis) are drawn on the bottom edge as ▼');
    expect(svg).toContain('drawn on the top edge as ▲: Classical Newton (1)');
    expect(html).toContain('Q-Newton (hybrid schedule) is projected to take no time compared with Classical Newton');
  });

  it.each<[string, unknown]>([
    ['version 2', { ...base, version: 2 }],
    ['decisions not an array', { ...base, decisions: {} }],
    ['null', null],
  ])('rejects a malformed report (%s) with InvalidArgumentError', (_n, bad) => {
    expect(() => renderScheduleHtml(bad as ScheduleReport)).toThrow(InvalidArgumentError);
  });
});
