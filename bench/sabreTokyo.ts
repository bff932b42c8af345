/**
 * Routing against a published reference: the 24 circuits of the SABRE paper (Li, Ding, Xie,
 * ASPLOS 2019, arXiv:1809.02573, results table), vendored in bench/fixtures/sabre-revlib, routed
 * by our SABRE (src/passes/routing/sabre.ts) onto IBM Q Tokyo (20 qubits, the paper's device,
 * `ibmTokyoMap()`), side by side with the paper's added-gate counts (published.json). Added gates
 * are CNOTs: 3 per SWAP, the paper's convention. Columns: 1 layout trial and the best of
 * {@link SABRE_TOKYO_TRIALS} trials, both from seed 1 (the single trial is the first trial of the
 * same seeded sequence, so best-of-N ≤ 1 trial). Used by bench/opt.ts.
 */
import * as fs from 'fs';
import * as path from 'path';
import { loadCircuitFile } from '../src/parse';
import { ibmTokyoMap, lowerToNam, routeSabre } from '../src/passes';
import { depthOf } from '../src/analysis';
import { formatTable } from '../src/format';

/** The vendored circuits (run from dist/bench or from bench/ via ts). */
const SABRE_DIR = [path.resolve(__dirname, '../../bench/fixtures/sabre-revlib'), path.resolve(__dirname, 'fixtures/sabre-revlib')].find((d) => fs.existsSync(d))!;
/** Layout trials of the "best of N" column. */
export const SABRE_TOKYO_TRIALS = 8;
/** CNOTs per inserted SWAP (the SABRE paper's added-gate unit). */
const CNOTS_PER_SWAP = 3;

interface PublishedCircuit { readonly name: string; readonly qubits: number; readonly gOri: number; readonly sabreAddedCnots: number }
interface PublishedFile { readonly circuits: readonly PublishedCircuit[]; readonly totalSabreAddedCnots: number }

/** One routed circuit: added CNOTs and depth with 1 trial and best of N, and the published count. */
export interface SabreTokyoRow {
  readonly name: string;
  readonly qubits: number;
  readonly gates: number;
  readonly publishedAddedCnots: number;
  readonly one: { readonly addedCnots: number; readonly depth: number; readonly ms: number };
  readonly best: { readonly addedCnots: number; readonly depth: number; readonly ms: number };
}

/** Route every vendored circuit onto Tokyo, print the table and totals, return the rows and totals for the JSON. */
export function sabreTokyoTable(trials = SABRE_TOKYO_TRIALS) {
  const pub = JSON.parse(fs.readFileSync(path.join(SABRE_DIR, 'published.json'), 'utf8')) as PublishedFile;
  const sum = pub.circuits.reduce((s, c) => s + c.sabreAddedCnots, 0);
  if (sum !== pub.totalSabreAddedCnots) throw new Error(`bench:opt: published.json total ${pub.totalSabreAddedCnots} ≠ sum of its rows ${sum}`);
  const map = ibmTokyoMap();
  const rows: SabreTokyoRow[] = [];
  for (const p of pub.circuits) {
    const parsed = loadCircuitFile(path.join(SABRE_DIR, `${p.name}.qasm`));
    const gates = parsed.instructions.filter((i) => i.op.def.category === 'unitary').length;
    // The paper's g_ori: a mismatch means the vendored file is not the paper's circuit version.
    if (gates !== p.gOri) throw new Error(`bench:opt: ${p.name} has ${gates} gates, the SABRE paper lists g_ori = ${p.gOri}`);
    const c = lowerToNam(parsed);
    const measure = (k: number) => {
      const t0 = process.hrtime.bigint();
      const r = routeSabre(c, map, { seed: 1, trials: k });
      return { addedCnots: CNOTS_PER_SWAP * r.swapCount, depth: depthOf(r.circuit), ms: Number(process.hrtime.bigint() - t0) / 1e6 };
    };
    rows.push({ name: p.name, qubits: parsed.numQubits, gates, publishedAddedCnots: p.sabreAddedCnots, one: measure(1), best: measure(trials) });
  }
  const total = (f: (r: SabreTokyoRow) => number): number => rows.reduce((s, r) => s + f(r), 0);
  const totals = {
    publishedAddedCnots: total((r) => r.publishedAddedCnots),
    oneTrialAddedCnots: total((r) => r.one.addedCnots),
    bestAddedCnots: total((r) => r.best.addedCnots),
    oneTrialMs: total((r) => r.one.ms),
    bestMs: total((r) => r.best.ms),
  };
  const vs = (ours: number, ref: number): string => (ref ? `${(100 * (ours - ref) / ref).toFixed(1)}%` : ours === ref ? '=' : `+${ours}`);
  console.log(`routing vs published SABRE (Li et al. 2019) on IBM Q Tokyo: added CNOTs (3 per SWAP), seed 1, Nam lowering; ${pub.circuits.length} circuits`);
  const lines = formatTable(
    ['circuit', 'qubits', 'gates', 'SABRE', '1 trial', 'vs SABRE', `best of ${trials}`, 'vs SABRE', 'depth', 'ms'],
    [...rows.map((r) => [r.name, String(r.qubits), String(r.gates), String(r.publishedAddedCnots), String(r.one.addedCnots), vs(r.one.addedCnots, r.publishedAddedCnots),
      String(r.best.addedCnots), vs(r.best.addedCnots, r.publishedAddedCnots), String(r.best.depth), r.best.ms.toFixed(0)]),
    ['total', '', '', String(totals.publishedAddedCnots), String(totals.oneTrialAddedCnots), vs(totals.oneTrialAddedCnots, totals.publishedAddedCnots),
      String(totals.bestAddedCnots), vs(totals.bestAddedCnots, totals.publishedAddedCnots), '', totals.bestMs.toFixed(0)]]);
  for (const l of lines) console.log(l);
  console.log('');
  return { device: map.name, seed: 1, trials, rows, totals };
}
