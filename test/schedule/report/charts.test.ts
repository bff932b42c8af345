import { LineSeries, renderLineChart, thinIndices } from '../../../src/schedule/report/lineChart';
import { renderLegend } from '../../../src/schedule/report/svgLegend';
import { renderTimelineChart } from '../../../src/schedule/report/timelineChart';
import { numericAttributeValues, polylinePointCounts, polylineRunCounts, tagBalanceProblems } from './htmlChecks';

function chart(series: LineSeries[], yScale: 'linear' | 'log' = 'log') {
  return renderLineChart({ id: 't', title: 'T', description: 'D', xLabel: 'step', yLabel: 'value (s)', yScale, xInteger: true, series });
}

const line = (name: string, ys: (number | null)[]): LineSeries => ({ name, color: '#0072b2', marker: 'circle', points: ys.map((y, x) => ({ x, y })) });

describe('line chart', () => {
  it.each<[string, (number | null)[][]]>([
    ['one series', [[1, 10, 100, 1000]]],
    ['three series, different lengths', [[5e-3, 2e-3], [1, 2, 3, 4, 5, 6, 7], [42]]],
    ['single point', [[3.5]]],
  ])('%s: polyline point count equals the data length', (_n, data) => {
    const out = chart(data.map((ys, i) => line(`s${i}`, ys)));
    const counts = polylinePointCounts(out.svg);
    data.forEach((ys, i) => expect(counts.get(i)).toBe(ys.length));
    expect(tagBalanceProblems(out.svg)).toEqual([]);
    expect(out.notes).toEqual([]);
  });

  it('a null value splits the line into runs and is noted; points drawn = non-null count', () => {
    const out = chart([line('κ', [10, null, 1000, 100, NaN, 5])]);
    expect(polylinePointCounts(out.svg).get(0)).toBe(4);
    expect(polylineRunCounts(out.svg).get(0)).toBe(3);
    expect(out.notes.join(' ')).toMatch(/left out.*κ \(2\)/);
  });

  it('∞ and 0 on a log axis are clamped to the edges with ▲/▼ markers and notes; no NaN anywhere', () => {
    const out = chart([line('κ before', [Infinity, 300, 0, 20])]);
    expect(polylinePointCounts(out.svg).get(0)).toBe(4);
    expect(out.notes.some((n) => n.includes('top edge') && n.includes('κ before (1)'))).toBe(true);
    expect(out.notes.some((n) => n.includes('≤ 0') && n.includes('κ before (1)'))).toBe(true);
    expect(out.svg).not.toMatch(/NaN|Infinity|undefined/);
    for (const v of numericAttributeValues(out.svg)) expect(Number.isFinite(v)).toBe(true);
    // The clamped points sit exactly on the plot's top and bottom edges (the y-axis end points).
    const yAxis = /<g class="y-axis"><line x1="[\d.]+" y1="([\d.]+)" x2="[\d.]+" y2="([\d.]+)"/.exec(out.svg);
    const pts = /<polyline data-series="0" points="([^"]*)"/.exec(out.svg)![1].split(' ').map((p) => Number(p.split(',')[1]));
    expect(pts[0]).toBeCloseTo(Number(yAxis![1]), 6);
    expect(pts[2]).toBeCloseTo(Number(yAxis![2]), 6);
  });

  it('points are placed on the log axis by decade (equal ratios → equal pixel steps)', () => {
    const out = chart([line('a', [1, 10, 100, 1000])]);
    const ys = /<polyline data-series="0" points="([^"]*)"/.exec(out.svg)![1].split(' ').map((p) => Number(p.split(',')[1]));
    const d1 = ys[0] - ys[1], d2 = ys[1] - ys[2], d3 = ys[2] - ys[3];
    expect(d1).toBeGreaterThan(10);
    expect(Math.abs(d1 - d2)).toBeLessThan(0.02);
    expect(Math.abs(d2 - d3)).toBeLessThan(0.02);
  });

  it('no data at all still renders a valid chart saying so', () => {
    const out = chart([line('empty', [])]);
    expect(out.svg).toContain('No data to plot');
    expect(tagBalanceProblems(out.svg)).toEqual([]);
    expect(out.svg).not.toMatch(/NaN/);
  });

  it('long series are thinned to the cap, keeping the ends, and noted', () => {
    expect(thinIndices(5, 10)).toEqual([0, 1, 2, 3, 4]);
    const idx = thinIndices(10001, 1500);
    expect(idx.length).toBe(1500);
    expect([idx[0], idx[idx.length - 1]]).toEqual([0, 10000]);
    const out = chart([line('sgd', Array.from({ length: 4000 }, (_, i) => 1e-3 * (i + 1)))]);
    expect(polylinePointCounts(out.svg).get(0)).toBe(1500);
    expect(out.notes.join(' ')).toContain('4000 points, 1500 drawn');
    const seriesGroup = /<g class="series"[\s\S]*?<\/g>/.exec(out.svg)![0];
    expect(seriesGroup.includes('<circle')).toBe(false); // too many points for markers
  });
});

describe('timeline heatmap', () => {
  const spec = {
    id: 'tl', title: 'T', description: 'D', xLabel: 'training step', yLabel: 'block', columns: [0, 1, 2], rows: ['W1', 'b<1>'],
    categories: [{ key: 'quantum', label: 'quantum', color: '#0072b2' }, { key: 'classical', label: 'classical', color: '#e69f00' }],
    flagLabel: 'simulated',
  };

  it('draws one rect per cell with its category colour, flags marked, missing cells in the legend', () => {
    const out = renderTimelineChart({
      ...spec,
      cells: [
        { column: 0, row: 0, category: 'classical', tooltip: 'a' },
        { column: 1, row: 0, category: 'quantum', tooltip: 'b', flagged: true },
        { column: 2, row: 1, category: 'quantum', tooltip: 'c <&>' },
        { column: 7, row: 0, category: 'quantum', tooltip: 'out of range' },
      ],
    });
    expect((out.svg.match(/data-category="quantum"/g) ?? []).length).toBe(2);
    expect((out.svg.match(/data-category="classical"/g) ?? []).length).toBe(1);
    expect((out.svg.match(/<g class="flags"><circle/g) ?? []).length).toBe(1);
    expect(out.svg).toContain('no decision');
    expect(out.svg).toContain('b&lt;1&gt;');
    expect(out.svg).toContain('c &lt;&amp;&gt;');
    expect(out.notes.join(' ')).toMatch(/1 cell\(s\) could not be placed/);
    expect(tagBalanceProblems(out.svg)).toEqual([]);
  });

  it('cells tile the plot: equal widths, equal spacing, no overlap, inside the chart', () => {
    const out = renderTimelineChart({ ...spec, widthPx: 424, cells: [0, 1, 2].map((c) => ({ column: c, row: 0, category: 'quantum', tooltip: '' })) });
    const cells = [...out.svg.matchAll(/<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)"[^>]*data-category/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(cells.length).toBe(3);
    for (const [, w] of cells) expect(w).toBeCloseTo(cells[0][1], 1); // coordinates are written with 2 decimals
    const steps = cells.slice(1).map(([x], k) => x - cells[k][0]);
    for (const step of steps) {
      expect(step).toBeCloseTo(steps[0], 1);
      expect(step).toBeGreaterThanOrEqual(cells[0][1]); // no overlap
    }
    expect(cells[0][0]).toBeGreaterThan(0);
    expect(cells[2][0] + cells[2][1]).toBeLessThanOrEqual(424);
    // The cells fill most of the plot width (the rest is axis labels and margins).
    expect(3 * steps[0]).toBeGreaterThan(424 / 2);
  });

  it('empty timeline renders a message', () => {
    const out = renderTimelineChart({ ...spec, columns: [], rows: [], cells: [] });
    expect(out.svg).toContain('No decisions to plot');
    expect(tagBalanceProblems(out.svg)).toEqual([]);
  });
});

describe('legend layout', () => {
  it.each<[string[], number]>([
    [['a', 'b', 'c'], 1],
    [['Q-Newton (hybrid schedule)', 'Classical Newton', 'SGD'], 2],
    [Array.from({ length: 9 }, (_, i) => `series number ${i}`), 3],
  ])('%j: items in a row are spaced by at least the longest label; %i row(s)', (labels, rows) => {
    const out = renderLegend(labels.map((label) => ({ label, color: '#000000', kind: 'swatch' as const })), 100, 10, 650);
    const xs = [...out.svg.matchAll(/<rect x="([\d.]+)" y="([\d.]+)"/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(xs.length).toBe(labels.length);
    const rowYs = [...new Set(xs.map(([, y]) => y))].sort((a, b) => a - b);
    expect(rowYs.length).toBe(rows);
    // The legend is as tall as its rows: one equal row step per row.
    if (rows > 1) {
      const step = rowYs[1] - rowYs[0];
      rowYs.forEach((y, k) => expect(y - rowYs[0]).toBeCloseTo(k * step, 6));
      expect(out.heightPx).toBeCloseTo(rows * step, 6);
    }
    // Labels of one row do not overlap: the label text starts after the swatch and the next item
    // starts after the widest label (estimated at the legend's own character width).
    const longest = Math.max(...labels.map((l) => l.length));
    const textXs = [...out.svg.matchAll(/<text x="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(textXs.length).toBe(labels.length);
    for (let i = 1; i < xs.length; i++) {
      if (xs[i][1] === xs[i - 1][1]) expect(xs[i][0]).toBeGreaterThan(textXs[i - 1] + longest * 5);
    }
    for (const x of textXs) expect(x + longest * 5).toBeLessThanOrEqual(100 + 650);
  });
});
