import { FuzzFailure, formatSummary, fuzzMatrices, fuzzQasm, qasmSeeds, matrixSeeds } from './fuzz';

/**
 * Fixed-seed hostile-input fuzz (issue 16): a few thousand mutated OpenQASM and matrix files
 * through every parser entry point and the expansion steps. Each case must parse or throw a
 * QnError, within the per-case time limit. Longer runs: `npm run fuzz -- --cases 100000`.
 */
const TIME_LIMIT_MS = 3000;

function describe_(f: FuzzFailure): string {
  return `case ${f.caseIndex} (${f.seedName}, ${f.mutations.join('+')}): ${f.kind} in ${f.entryPoint}: ${f.message.split('\n')[0]}`;
}

describe('hostile-input fuzz (fixed seed)', () => {
  it('has seeds from the repository', () => {
    expect(qasmSeeds().length).toBeGreaterThanOrEqual(40);
    expect(matrixSeeds().some((s) => s.name.startsWith('circuits/'))).toBe(true);
  });

  it('OpenQASM readers: 2,000 mutated files, no crash, no timeout', () => {
    const failures: string[] = [];
    // a small expansion budget keeps the expansion bombs cheap here; `npm run fuzz` uses 20,000
    const s = fuzzQasm({ seed: 20261202, cases: 2000, timeLimitMs: TIME_LIMIT_MS, maxExpandedGates: 4000, onFailure: (f) => failures.push(describe_(f)) });
    expect(failures).toEqual([]);
    expect(s.crashes + s.timeouts).toBe(0);
    expect(s.parsed + s.cleanErrors).toBe(s.cases);
    // the mutations must leave some inputs valid, or only the error paths would be exercised
    expect(s.parsed).toBeGreaterThan(100);
    expect(s.cleanErrors).toBeGreaterThan(1000);
    console.log(formatSummary('qasm', s));
  });

  it('matrix readers (.mtx, .json, .npy): 3,000 mutated files, no crash, no timeout', () => {
    const failures: string[] = [];
    const s = fuzzMatrices({ seed: 20261202, cases: 3000, timeLimitMs: TIME_LIMIT_MS, onFailure: (f) => failures.push(describe_(f)) });
    expect(failures).toEqual([]);
    expect(s.crashes + s.timeouts).toBe(0);
    expect(s.parsed).toBeGreaterThan(20);
    console.log(formatSummary('matrix', s));
  });
});
