/**
 * The hostile-input fuzzer (issue 16): seeded mutations (test/fuzz/mutate.ts) of the
 * repository's OpenQASM files and matrix files, run in-process through every parser entry point
 * and the expansion steps behind them. Property: each case parses or throws a QnError — never
 * another exception — and finishes within the per-case time limit. Used by
 * test/fuzz/fuzz.test.ts (a fixed-seed run of a few thousand cases) and bench/fuzz.ts
 * (`npm run fuzz -- --cases 100000`).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { isQnError } from '../../src/errors';
import { circuitStats } from '../../src/analysis';
import { emitQasm2, emitQasm3 } from '../../src/emit';
import type { Circuit } from '../../src/ir';
import { csrFromDense } from '../../src/math/csrMatrix';
import { formatMatrixFile, loadMatrixFile, MatrixFormat, parseMatrixFile } from '../../src/math/io';
import { makeRng, Rng } from '../../src/math/rng';
import { loadCircuitFile, parseQasm, parseQasm2, parseQasm3 } from '../../src/parse';
import { compileCircuit } from '../../src/sim/compile';
import { mutateNpy, mutateText } from './mutate';

/** The repository root: the nearest folder above this file with a package.json (works from test/ and from dist/test/). */
const REPO = ((): string => {
  let d = __dirname;
  while (!fs.existsSync(path.join(d, 'package.json')) && path.dirname(d) !== d) d = path.dirname(d);
  return d;
})();
/** Longest prefix of a seed file used (cut at a line end), so cases stay fast. */
const MAX_SEED_CHARS = 6000;

/** Options of a fuzz run. */
export interface FuzzOptions {
  readonly seed: number;
  readonly cases: number;
  /** Index of the first case (default 0): cases are derived from (seed, index), so any case can be re-run alone. */
  readonly firstCase?: number;
  /**
   * Per-case time limit, ms: the CPU time of all entry points of the case together (measured
   * with process.cpuUsage, so load from other processes does not count; GC pauses do).
   */
  readonly timeLimitMs: number;
  /**
   * Expansion budget passed to the parsers and emitters (default 20,000: the worst case, a
   * parametrized gate hierarchy whose instances all differ, costs ~20 µs of CPU per unit).
   */
  readonly maxExpandedGates?: number;
  /** Matrix size budget passed to the readers, bytes. */
  readonly maxMatrixBytes?: number;
  /** Called with each failing case (crash or timeout). */
  readonly onFailure?: (f: FuzzFailure) => void;
  /** Called every 1000 cases. */
  readonly onProgress?: (done: number) => void;
}

/** A failing case: enough to reproduce it (seed, index, the input itself). */
export interface FuzzFailure {
  readonly kind: 'crash' | 'timeout';
  readonly caseIndex: number;
  readonly seedName: string;
  readonly mutations: readonly string[];
  readonly entryPoint: string;
  readonly message: string;
  readonly elapsedMs: number;
  readonly input: string | Uint8Array;
}

/** Totals of a run; `crashes` and `timeouts` must be 0. */
export interface FuzzSummary {
  readonly cases: number;
  readonly parsed: number;
  readonly cleanErrors: number;
  readonly crashes: number;
  readonly timeouts: number;
  readonly elapsedMs: number;
  /** Largest CPU time of one case, ms. */
  readonly maxCaseCpuMs: number;
}

/** `cases N, parsed P, clean errors E, crashes C, timeouts T` (the line the issue asks for). */
export function formatSummary(name: string, s: FuzzSummary): string {
  return `${name}: cases ${s.cases}, parsed ${s.parsed}, clean errors ${s.cleanErrors}, crashes ${s.crashes}, timeouts ${s.timeouts} (${(s.elapsedMs / 1000).toFixed(1)} s, ${(s.cases / Math.max(s.elapsedMs / 1000, 1e-3)).toFixed(0)} cases/s, slowest case ${s.maxCaseCpuMs.toFixed(0)} ms CPU)`;
}

interface Seed { readonly name: string; readonly content: string | Uint8Array; readonly format: 'qasm' | MatrixFormat }

function listFiles(dir: string, ext: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => f.endsWith(ext)).sort().map((f) => path.join(dir, f));
}

function prefix(text: string): string {
  if (text.length <= MAX_SEED_CHARS) return text;
  const cut = text.lastIndexOf('\n', MAX_SEED_CHARS);
  return text.slice(0, cut > 0 ? cut + 1 : MAX_SEED_CHARS);
}

/** The repository's OpenQASM files (circuits/, test/fixtures/nam/input, test/golden), sorted. */
export function qasmSeeds(): readonly Seed[] {
  const files = ['circuits', 'test/fixtures/nam/input', 'test/golden'].flatMap((d) => listFiles(path.join(REPO, d), '.qasm'));
  return files.map((f) => ({ name: path.relative(REPO, f), content: prefix(fs.readFileSync(f, 'utf8')), format: 'qasm' as const }));
}

/** The repository's matrix files (circuits/*.mtx, test/math/io/fixtures/*.npy) plus small matrices written in all three formats. */
export function matrixSeeds(): readonly Seed[] {
  const out: Seed[] = [];
  for (const f of listFiles(path.join(REPO, 'circuits'), '.mtx')) out.push({ name: path.relative(REPO, f), content: prefix(fs.readFileSync(f, 'utf8')), format: 'mtx' });
  for (const f of listFiles(path.join(REPO, 'test/math/io/fixtures'), '.npy')) out.push({ name: path.relative(REPO, f), content: new Uint8Array(fs.readFileSync(f)), format: 'npy' });
  const r = makeRng(16);
  for (const n of [1, 3, 6]) {
    const data = new Float64Array(n * n);
    for (let i = 0; i < n; i++) for (let j = 0; j <= i; j++) { const v = Math.round(r.normal() * 1000) / 100; data[i * n + j] = v; data[j * n + i] = v; }
    const a = csrFromDense({ rows: n, cols: n, data });
    for (const format of ['mtx', 'json', 'npy'] as const) out.push({ name: `generated ${n}x${n}.${format}`, content: formatMatrixFile(a, format, n === 3 ? { regularizationShift: 0.5 } : {}), format });
  }
  out.push({ name: 'generated dense.json', content: '[[2, 1, 0], [1, 3, 1], [0, 1, 4]]', format: 'json' });
  out.push({ name: 'generated triplets.json', content: '{"n": 3, "entries": [[0, 0, 2], [1, 1, 3], [2, 2, 4], [0, 1, 1], [1, 0, 1]]}', format: 'json' });
  out.push({ name: 'generated array.mtx', content: '%%MatrixMarket matrix array real symmetric\n3 3\n2\n1\n0\n3\n1\n4\n', format: 'mtx' });
  return out;
}

type Outcome = 'parsed' | 'clean' | { readonly crash: unknown };

function attempt(f: () => unknown): Outcome {
  try { f(); return 'parsed'; } catch (e) { return isQnError(e) ? 'clean' : { crash: e }; }
}

function describeError(e: unknown): string {
  if (e instanceof Error) return `${e.name}: ${e.message.slice(0, 300)}\n${(e.stack ?? '').split('\n').slice(1, 6).join('\n')}`;
  return String(e);
}

/** One case: the entry points run in order; the first crash (or the total time) decides. */
function runCase(entries: readonly (readonly [string, () => unknown])[], limitMs: number): { outcome: 'parsed' | 'clean' | 'crash' | 'timeout'; entryPoint: string; message: string; elapsedMs: number; cpuMs: number; first: 'parsed' | 'clean' } {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const cpuMs = (): number => { const d = process.cpuUsage(cpu0); return (d.user + d.system) / 1000; };
  let first: 'parsed' | 'clean' = 'clean';
  for (let k = 0; k < entries.length; k++) {
    const [name, f] = entries[k];
    const o = attempt(f);
    if (typeof o === 'object') return { outcome: 'crash', entryPoint: name, message: describeError(o.crash), elapsedMs: performance.now() - t0, cpuMs: cpuMs(), first };
    if (k === 0) first = o;
  }
  const elapsedMs = performance.now() - t0;
  // CPU time of this process (not wall time), so other load on a shared machine is not counted.
  const usedMs = cpuMs();
  if (usedMs > limitMs) return { outcome: 'timeout', entryPoint: entries.map((e) => e[0]).join(', '), message: `case took ${usedMs.toFixed(0)} ms of CPU time (${elapsedMs.toFixed(0)} ms elapsed) > ${limitMs} ms`, elapsedMs, cpuMs: usedMs, first };
  return { outcome: first, entryPoint: '', message: '', elapsedMs, cpuMs: usedMs, first };
}

function mutateCase<T>(seed: T, r: Rng, mutate: (x: T, r: Rng) => { value: T; mutation: string }): { value: T; mutations: string[] } {
  let value = seed;
  const mutations: string[] = [];
  // one mutation in 60% of cases (many inputs stay valid and reach the expansion steps), else 2 or 3
  for (let k = r.next() < 0.6 ? 1 : 2 + r.int(2); k > 0; k--) { const m = mutate(value, r); value = m.value; mutations.push(m.mutation); }
  return { value, mutations };
}

function tally(options: FuzzOptions, seeds: readonly Seed[], makeCase: (seed: Seed, r: Rng, index: number) => { input: string | Uint8Array; mutations: string[]; entries: (readonly [string, () => unknown])[] }): FuzzSummary {
  let parsed = 0, cleanErrors = 0, crashes = 0, timeouts = 0, maxCaseCpuMs = 0;
  const t0 = performance.now();
  const first = options.firstCase ?? 0;
  for (let i = first; i < first + options.cases; i++) {
    const r = makeRng((options.seed * 1_000_003 + i) >>> 0);
    const seed = seeds[r.int(seeds.length)];
    const c = makeCase(seed, r, i);
    const res = runCase(c.entries, options.timeLimitMs);
    maxCaseCpuMs = Math.max(maxCaseCpuMs, res.cpuMs);
    if (res.outcome === 'parsed') parsed++;
    else if (res.outcome === 'clean') cleanErrors++;
    else {
      if (res.outcome === 'crash') crashes++; else timeouts++;
      if (res.first === 'parsed') parsed++; else cleanErrors++;
      options.onFailure?.({ kind: res.outcome, caseIndex: i, seedName: seed.name, mutations: c.mutations, entryPoint: res.entryPoint, message: res.message, elapsedMs: res.elapsedMs, input: c.input });
    }
    if ((i + 1 - first) % 1000 === 0) options.onProgress?.(i + 1 - first);
  }
  return { cases: options.cases, parsed, cleanErrors, crashes, timeouts, elapsedMs: performance.now() - t0, maxCaseCpuMs };
}

let tmpDir: string | undefined;
function tmpFile(name: string): string {
  tmpDir ??= fs.mkdtempSync(path.join(os.tmpdir(), 'qnewton-fuzz-'));
  return path.join(tmpDir, name);
}

/**
 * Fuzz the OpenQASM readers: per case, parseQasm (auto-detect; decides "parsed" vs "clean
 * error"), parseQasm2, parseQasm3, loadCircuitFile (every 8th case, from a file), and on a
 * parsed circuit the expansion steps: emitQasm2 / emitQasm3 (flatten), re-parsing the emitted
 * OpenQASM 3, circuitStats (symbolic) and the simulator's compile step.
 */
export function fuzzQasm(options: FuzzOptions): FuzzSummary {
  const budget = { maxExpandedGates: options.maxExpandedGates ?? 20_000 };
  return tally(options, qasmSeeds(), (seed, r, index) => {
    const qasm3 = /OPENQASM\s+3/.test(seed.content as string);
    const { value: text, mutations } = mutateCase(seed.content as string, r, (t, rr) => { const m = mutateText(t, rr, qasm3 || rr.next() < 0.2); return { value: m.text, mutation: m.mutation }; });
    let circuit: Circuit | undefined;
    const entries: (readonly [string, () => unknown])[] = [
      ['parseQasm', () => { circuit = parseQasm(text, { fileName: 'fuzz.qasm', ...budget }); }],
      ['parseQasm2', () => parseQasm2(text, budget)],
      ['parseQasm3', () => parseQasm3(text, budget)],
    ];
    if (index % 8 === 0) entries.push(['loadCircuitFile', () => { const f = tmpFile('case.qasm'); fs.writeFileSync(f, text); return loadCircuitFile(f, budget); }]);
    entries.push(['emitQasm2', () => circuit && emitQasm2(circuit, budget)]);
    entries.push(['emitQasm3+reparse', () => circuit && parseQasm3(emitQasm3(circuit, budget), budget)]);
    entries.push(['circuitStats', () => circuit && circuitStats(circuit)]);
    entries.push(['sim compile', () => circuit && compileCircuit(circuit, budget)]);
    return { input: text, mutations, entries };
  });
}

/**
 * Fuzz the matrix readers (.mtx, .json, .npy): per case, parseMatrixFile in the seed's format
 * (symmetric or as stored), the other two formats on the same bytes, and loadMatrixFile from a
 * file every 8th case.
 */
export function fuzzMatrices(options: FuzzOptions): FuzzSummary {
  const readOpts = { maxMatrixBytes: options.maxMatrixBytes ?? 256 * 1024 ** 2 };
  return tally(options, matrixSeeds(), (seed, r, index) => {
    const { value, mutations } = seed.format === 'npy'
      ? mutateCase<string | Uint8Array>(seed.content, r, (b, rr) => { const m = mutateNpy(b as Uint8Array, rr); return { value: m.bytes, mutation: m.mutation }; })
      : mutateCase<string | Uint8Array>(seed.content, r, (t, rr) => { const m = mutateText(t as string, rr, false); return { value: m.text, mutation: m.mutation }; });
    const format = seed.format as MatrixFormat;
    const requireSymmetric = r.next() < 0.7;
    const opts = { ...readOpts, requireSymmetric, symmetryTol: r.next() < 0.1 ? 0 : 1e-8 };
    const entries: (readonly [string, () => unknown])[] = [[`parse ${format}`, () => parseMatrixFile(value, format, 'fuzz', opts)]];
    for (const other of ['mtx', 'json', 'npy'] as const) if (other !== format) entries.push([`parse as ${other}`, () => parseMatrixFile(value, other, 'fuzz', opts)]);
    if (index % 8 === 0) entries.push(['loadMatrixFile', () => { const f = tmpFile(`case.${format}`); fs.writeFileSync(f, value); return loadMatrixFile(f, opts); }]);
    return { input: value, mutations, entries };
  });
}
