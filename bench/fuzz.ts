/**
 * `npm run fuzz -- [--cases N] [--seed S] [--time-limit-ms T] [--only qasm|matrix]`: the
 * hostile-input fuzzer of test/fuzz over the repository's OpenQASM and matrix files (issue 16).
 * Prints one summary line per reader family (`cases, parsed, clean errors, crashes, timeouts`),
 * writes each failing input to bench/results/fuzz-failures/, and exits 1 on any crash or timeout.
 */
import * as fs from 'fs';
import * as path from 'path';
import { FuzzFailure, FuzzSummary, formatSummary, fuzzMatrices, fuzzQasm } from '../test/fuzz/fuzz';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const v = Number(process.argv[i + 1]);
  if (!Number.isInteger(v) || v < 0) { console.error(`fuzz: --${name} needs a non-negative integer, got ${process.argv[i + 1]}`); process.exit(2); }
  return v;
}

function main(): void {
  const cases = arg('cases', 10_000);
  const seed = arg('seed', 1);
  const timeLimitMs = arg('time-limit-ms', 3000);
  const oi = process.argv.indexOf('--only');
  const only = oi >= 0 ? process.argv[oi + 1] : undefined;
  const outDir = path.resolve(__dirname, '..', '..', 'bench', 'results', 'fuzz-failures');
  const onFailure = (family: string) => (f: FuzzFailure): void => {
    fs.mkdirSync(outDir, { recursive: true });
    const file = path.join(outDir, `${family}-seed${seed}-case${f.caseIndex}.bin`);
    fs.writeFileSync(file, f.input);
    console.log(`${f.kind} at case ${f.caseIndex} (${f.seedName}, ${f.mutations.join('+')}) in ${f.entryPoint}, ${f.elapsedMs.toFixed(0)} ms: ${f.message.split('\n')[0]} → ${path.relative(process.cwd(), file)}`);
  };
  const progress = (family: string) => (done: number): void => { if (done % 10_000 === 0) process.stderr.write(`${family}: ${done} cases\n`); };
  const results: FuzzSummary[] = [];
  if (only !== 'matrix') {
    const s = fuzzQasm({ seed, cases, timeLimitMs, onFailure: onFailure('qasm'), onProgress: progress('qasm') });
    console.log(formatSummary('qasm', s));
    results.push(s);
  }
  if (only !== 'qasm') {
    const s = fuzzMatrices({ seed, cases, timeLimitMs, onFailure: onFailure('matrix'), onProgress: progress('matrix') });
    console.log(formatSummary('matrix', s));
    results.push(s);
  }
  process.exit(results.some((s) => s.crashes + s.timeouts > 0) ? 1 : 0);
}

main();
