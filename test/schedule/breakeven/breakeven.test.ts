/** Break-even analysis: the solved gate-time factor equalizes the prices, κ monotonicity, the N bracket, the HTML page. */
import { TIME_FIELDS, getHardwareProfile, HardwareProfile } from '../../../src/cost';
import { priceClassicalSolveDetailed, priceQuantumSolveDetailed } from '../../../src/schedule/price';
import {
  LOADING_CHOICES, analyzeBreakeven, formatBreakeven, formatCrossover, breakevenVariants, quantumTime, renderBreakevenHtml, searchCrossover, searchGrid, solveGateTimeFactor,
} from '../../../src/schedule/breakeven';
import { tagBalanceProblems } from '../report/htmlChecks';
import { BudgetUnmetError } from '../../../src/errors';

const FLOPS = 1e10;
const NS_E3 = getHardwareProfile('qubit_gate_ns_e3');

/** Every time field × s, built here independently of scaleProfileTimes. */
function scaledByHand(p: HardwareProfile, s: number): HardwareProfile {
  const out: Record<string, unknown> = { ...p };
  for (const f of TIME_FIELDS) out[f] = p[f] * s;
  return out as unknown as HardwareProfile;
}

describe('break-even gate time', () => {
  const report = analyzeBreakeven({ n: 1e5, sparsity: 8, kappa: 100, epsilon: 1e-3, flopRatePerSecond: FLOPS, searchProfiles: [] });

  it('covers every solver × loading × read-out', () => {
    expect(report.variants.map((v) => v.variant)).toEqual(breakevenVariants());
    expect(report.variants).toHaveLength(20); // 5 solvers (qsvt, hhl, das, costa, dalzell) × 2 loadings × read-out on/off
  });

  it.each(breakevenVariants().map((v) => [v.solver, v.loading, v.readout] as const))('%s %s read-out %s: the factor equalizes quantum and classical', (solver, loading, readout) => {
    const v = report.variants.find((x) => x.variant.solver === solver && x.variant.loading === loading && x.variant.readout === readout)!;
    const shape = { n: 1e5, sparsity: 8, kappa: 100, epsilon: 1e-3 };
    const c = priceClassicalSolveDetailed(shape, FLOPS);
    const { costModel, qec } = LOADING_CHOICES[loading];
    expect(v.refused).toBeUndefined();
    for (const [row, classical] of [[v.vsCg!, c.conjugateGradient.timeSeconds], [v.vsCholesky!, c.cholesky.timeSeconds]] as const) {
      const q = priceQuantumSolveDetailed(shape, { solver, qec, costModel, profile: scaledByHand(NS_E3, row.factor), endToEnd: readout }).price.totalSeconds;
      expect(Math.abs(q - classical) / classical).toBeLessThan(1e-6);
      expect(row.linearityResidual).toBeLessThan(1e-9);
      expect(row.twoQubitGateTimeNs).toBeCloseTo(NS_E3.twoQubitGateTimeNs * row.factor, 12);
    }
  });

  it('bigger κ → smaller break-even factor (CG and Cholesky)', () => {
    const factors = [10, 100, 1000].map((kappa) => analyzeBreakeven({ n: 1e5, kappa, flopRatePerSecond: FLOPS, searchProfiles: [] }).variants
      .filter((v) => v.variant.solver === 'qsvt' && !v.variant.readout));
    for (let i = 0; i < factors[0].length; i++) {
      for (let k = 1; k < 3; k++) {
        expect(factors[k][i].vsCg!.factor).toBeLessThan(factors[k - 1][i].vsCg!.factor);
        expect(factors[k][i].vsCholesky!.factor).toBeLessThan(factors[k - 1][i].vsCholesky!.factor);
      }
    }
  });

  it('falls back to bisection for a price that is not linear in the times', () => {
    const s = solveGateTimeFactor(NS_E3, 1e-3, (p) => (p.twoQubitGateTimeNs * 1e-9) ** 1.5);
    expect(s.method).toBe('bisection');
    expect(s.linearityResidual).toBeGreaterThan(0.1);
    expect(Math.abs((NS_E3.twoQubitGateTimeNs * s.factor * 1e-9) ** 1.5 - 1e-3) / 1e-3).toBeLessThan(1e-6);
  });
});

describe('crossover N', () => {
  it('brackets the crossover of the QRAM query model (qsvt, no read-out) on qubit_gate_ns_e3', () => {
    const variant = { solver: 'qsvt' as const, loading: 'query_qram' as const, readout: false };
    const shapeAt = (n: number): { n: number; sparsity: number; kappa: number; epsilon: number } => ({ n, sparsity: 8, kappa: 100, epsilon: 1e-3 });
    const wins = (n: number): boolean => quantumTime(shapeAt(n), variant, NS_E3, {}).seconds < priceClassicalSolveDetailed(shapeAt(n), FLOPS).best.seconds;
    const r = searchCrossover(8, wins);
    expect(r.outcome).toBe('from');
    expect(wins(r.crossoverN!)).toBe(true);
    expect(wins(r.loseN!)).toBe(false);
    expect(r.crossoverN! - r.loseN!).toBeLessThanOrEqual(Math.max(1, r.loseN! * 1e-3));
    // every grid point below the bracket loses
    for (const n of searchGrid(8).filter((m) => m <= r.loseN!)) expect(wins(n)).toBe(false);
    if (r.losesAgainN === undefined) expect(wins(searchGrid(8).slice(-1)[0])).toBe(true); else expect(wins(r.losesAgainN)).toBe(false);
  });

  it('reports never / always without inventing a crossover', () => {
    expect(searchCrossover(8, () => false)).toMatchObject({ outcome: 'never', searchedUpToN: 2 ** 49 });
    expect(searchCrossover(1, () => false)).toMatchObject({ outcome: 'never', searchedUpToN: 1e15 });
    expect(searchCrossover(8, () => true)).toMatchObject({ outcome: 'always', crossoverN: 10, searchedUpToN: 2 ** 49 });
    expect(searchCrossover(8, () => true).losesAgainN).toBeUndefined();
    const window = searchCrossover(8, (n) => n >= 500 && n < 1e6);
    expect(window).toMatchObject({ outcome: 'from', crossoverN: 500, loseN: 499, losesAgainN: 1e6 });
    expect(formatCrossover(window)).toBe('N ≥ 5e2 until 1e6');
    const grid = searchGrid(8);
    expect(grid[0]).toBe(10);
    expect(grid[grid.length - 1]).toBe(2 ** 49);
    expect(searchGrid(1)[0]).toBe(2);
  });

  it('formats outcomes and the search table', () => {
    expect(formatCrossover({ outcome: 'never', searchedFromN: 10, searchedUpToN: 1e15 })).toBe('never up to N = 10^15');
    expect(formatCrossover({ outcome: 'from', crossoverN: 180936530, loseN: 180801374, searchedFromN: 10, searchedUpToN: 180936530 })).toBe('N ≥ 1.81e8');
    const r = analyzeBreakeven({ n: 1e4, kappa: 10, flopRatePerSecond: FLOPS, searchProfiles: [getHardwareProfile('attosecond')] });
    const lines = formatBreakeven(r);
    const table = lines.slice(lines.findIndex((l) => l.startsWith('(b)')));
    expect(table[1]).toContain('attosecond');
    expect(table.slice(3, 19).every((l) => /^\s+(qsvt|hhl|das|costa)\s/.test(l))).toBe(true);
    for (const v of r.variants) expect(lines.join('\n')).toContain(formatCrossover(v.crossover.attosecond));
  });
});

describe('HTML page', () => {
  it('is well-formed and has both charts', () => {
    const report = analyzeBreakeven({ n: 1e4, sparsity: 64, kappa: 10, flopRatePerSecond: FLOPS, searchProfiles: [], curves: true });
    const html = renderBreakevenHtml(report);
    expect(tagBalanceProblems(html)).toEqual([]);
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect((html.match(/<svg/g) ?? []).length).toBe(2);
    expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/);
    expect(html).toBe(renderBreakevenHtml(report));
  });
});

describe('a variant the pricer refuses', () => {
  it('is reported with the reason, the other variants are still analyzed', () => {
    const r = analyzeBreakeven({ n: 1000, kappa: 2, flopRatePerSecond: FLOPS, searchProfiles: [] });
    const refused = r.variants.filter((v) => v.refused !== undefined);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((v) => v.vsCg === undefined && /kappa/.test(v.refused!))).toBe(true);
    const ok = r.variants.filter((v) => v.refused === undefined);
    expect(ok.length).toBeGreaterThan(0);
    expect(ok.every((v) => v.vsCg!.relativeResidual < 1e-6)).toBe(true);
    expect(formatBreakeven(r).join('\n')).toContain(`† ${refused[0].variant.solver}: ${refused[0].refused}`);
  });
});

describe('crossover N when the pricer refuses', () => {
  it('a refusal at the first N is "unpriced", a later one ends the search there', () => {
    const refuse = (): never => { throw new BudgetUnmetError('no code distance'); };
    const first = searchCrossover(8, refuse);
    expect(first).toMatchObject({ outcome: 'unpriced', searchedUpToN: 10 });
    expect(formatCrossover(first)).toBe('not priceable*');
    const later = searchCrossover(8, (n) => (n > 1000 ? refuse() : false));
    expect(later).toMatchObject({ outcome: 'never', searchedUpToN: 1000 });
    expect(later.stoppedBy).toMatch(/^N = 1778: no code distance/);
    expect(() => searchCrossover(8, () => { throw new TypeError('bug'); })).toThrow(TypeError);
  });
});
