/**
 * Rotation-synthesis benchmark (`npm run bench:synth`): gridsynth (src/math/ring) T-counts for
 * Rz(θ) at ε = 1e-2 … 1e-10 against the published curve 3·log₂(1/ε) (Ross & Selinger,
 * arXiv:1403.2975: typical T-count 3·log₂(1/ε) + O(log log(1/ε))) and the earlier
 * 4·log₂(1/ε) + ~10 of Selinger (arXiv:1212.6253). Checks, on every angle: operator-norm distance
 * ≤ ε and T-count ≤ 3·log₂(1/ε) + 10; ε = 1e-3 runs 1,000 random angles (issue 12's check).
 * Angles per ε shrink with ε (the enumeration costs ~4·ε^{-1/2} grid problems per level);
 * `QN_SYNTH_QUICK=1` stops at 1e-8. Writes bench/results/synth.json.
 */
import * as fs from 'fs';
import * as path from 'path';
import { gridsynthRz } from '../src/math/ring';
import { makeRng } from '../src/math/rng';

interface Row {
  epsilon: number; angles: number; tMean: number; tMin: number; tMax: number; published: number;
  meanMinusPublished: number; withinBound: number; maxDistance: number; msPerRotation: number; candidatesMean: number;
}

const PLAN: readonly [number, number][] = [
  [1e-2, 200], [1e-3, 1000], [1e-4, 100], [1e-5, 50], [1e-6, 20], [1e-7, 8], [1e-8, 4], [1e-9, 2], [1e-10, 1],
];

function pad(s: string | number, w: number): string {
  return String(s).padStart(w);
}

function main(): void {
  const quick = process.env.QN_SYNTH_QUICK === '1';
  const rng = makeRng(12);
  const rows: Row[] = [];
  const heads = ['ε', 'angles', 'T mean', 'T min', 'T max', '3·log₂(1/ε)', 'mean−curve', '≤curve+10', 'max dist', 'ms/rot', 'cand.'];
  console.log('gridsynth Rz(θ), θ uniform in (−2π, 2π), seed 12');
  console.log(heads.map((h, i) => pad(h, i === 0 ? 7 : 12)).join(''));
  let failures = 0;
  for (const [epsilon, n] of PLAN) {
    if (quick && epsilon < 1e-8) break;
    const published = 3 * Math.log2(1 / epsilon);
    let sum = 0, min = Infinity, max = 0, within = 0, maxD = 0, cand = 0;
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < n; i++) {
      const theta = (rng.next() * 2 - 1) * 2 * Math.PI;
      const r = gridsynthRz(theta, epsilon);
      sum += r.tCount; min = Math.min(min, r.tCount); max = Math.max(max, r.tCount);
      if (r.tCount <= published + 10) within++;
      if (!(r.distance <= epsilon)) failures++;
      maxD = Math.max(maxD, r.distance); cand += r.candidatesTried;
    }
    const ms = Number(process.hrtime.bigint() - t0) / 1e6 / n;
    const row: Row = { epsilon, angles: n, tMean: sum / n, tMin: min, tMax: max, published, meanMinusPublished: sum / n - published,
      withinBound: within, maxDistance: maxD, msPerRotation: ms, candidatesMean: cand / n };
    rows.push(row);
    console.log([pad(epsilon.toExponential(0), 7), pad(n, 12), pad(row.tMean.toFixed(2), 12), pad(min, 12), pad(max, 12), pad(published.toFixed(2), 12),
      pad(row.meanMinusPublished.toFixed(2), 12), pad(`${within}/${n}`, 12), pad(maxD.toExponential(2), 12), pad(ms.toFixed(1), 12),
      pad(row.candidatesMean.toFixed(1), 12)].join(''));
  }
  const allWithin = rows.every((r) => r.withinBound === r.angles);
  console.log(`\nevery rotation within ε: ${failures === 0 ? 'yes' : `NO (${failures} failures)`}; every T-count ≤ 3·log₂(1/ε) + 10: ${allWithin ? 'yes' : 'NO'}`);
  const out = path.join(process.cwd(), 'bench', 'results', 'synth.json');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify({ seed: 12, rows, allWithinEpsilon: failures === 0, allWithinBound: allWithin, node: process.version }, null, 2) + '\n');
  console.log(`wrote ${path.relative(process.cwd(), out)}`);
  if (failures || !allWithin) process.exitCode = 1;
}

main();
