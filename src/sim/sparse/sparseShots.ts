import { Circuit, ExpansionOptions, assertExpansionWithin } from '../../ir';
import { makeRng, Rng } from '../../math/rng';
import { ShotMode, ShotResult, assertShotCount, clbitString } from '../shots';
import { compileSparse } from './sparseCompile';
import { keyBitString } from './sparseMeasure';
import type { SparseProgram } from './sparseProgram';
import { runSparseSteps } from './sparseRun';
import { DEFAULT_PRUNE_AMPLITUDE, SparseState, supportBudgetOf } from './sparseState';

/** Options of {@link sampleSparseCounts}. */
export interface SparseShotOptions extends ExpansionOptions {
  readonly shots: number;
  readonly seed?: number;
  readonly memoryBudgetBytes?: number;
  readonly maxSupport?: number;
  readonly pruneAmplitude?: number;
}

/**
 * Measurement counts on the sparse backend, in the same form as the dense sampleCounts: without
 * mid-circuit measurement the state is simulated once and all shots are drawn from its final
 * distribution ('final-distribution'; for the same seed the draws match the dense backend's);
 * otherwise every shot is one trajectory ('per-shot').
 */
export function sampleSparseCounts(circuit: Circuit, opts: SparseShotOptions): ShotResult {
  assertShotCount(opts.shots);
  assertExpansionWithin(circuit, (op) => op.def.gateSpec !== undefined, opts);
  const program = compileSparse(circuit);
  const budget = supportBudgetOf(opts.memoryBudgetBytes);
  const maxSupport = Math.min(budget, opts.maxSupport ?? budget);
  const prune = opts.pruneAmplitude ?? DEFAULT_PRUNE_AMPLITUDE;
  const rng = makeRng(opts.seed ?? 1);
  const acc = new Map<string, number>();
  let mode: ShotMode;
  if (!program.isDynamic) {
    mode = 'final-distribution';
    const { state, clbits } = runSparseSteps(program, rng, program.tailStart, maxSupport, prune);
    sampleTail(program, state, clbits, opts.shots, rng, acc);
  } else {
    mode = 'per-shot';
    for (let s = 0; s < opts.shots; s++) {
      const { state, clbits } = runSparseSteps(program, rng, program.tailStart, maxSupport, prune);
      sampleTail(program, state, clbits, 1, rng, acc);
    }
  }
  const sorted = [...acc.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return { counts: new Map(sorted), shots: opts.shots, mode, keys: program.numClbits > 0 ? 'clbits' : 'qubits' };
}

/** Draw `shots` basis states from |ψ|² (sorted uniforms through the cumulative sum in index order) and record their keys. */
function sampleTail(program: SparseProgram, st: SparseState, clbits: Uint8Array, shots: number, rng: Rng, acc: Map<string, number>): void {
  const u = new Float64Array(shots);
  for (let i = 0; i < shots; i++) u[i] = rng.next();
  u.sort();
  const order = Array.from({ length: st.count }, (_, e) => e)
    .sort((a, b) => (st.hi[a] >>> 0) - (st.hi[b] >>> 0) || (st.lo[a] >>> 0) - (st.lo[b] >>> 0));
  const prob = (e: number) => st.re[e] * st.re[e] + st.im[e] * st.im[e];
  let total = 0;
  for (const e of order) total += prob(e);
  const hits = new Map<number, number>();
  let cum = 0, k = 0, lastNonZero = order[0];
  for (const e of order) {
    if (k >= shots) break;
    const p = prob(e) / total;
    if (p === 0) continue;
    lastNonZero = e;
    cum += p;
    let c = 0;
    while (k < shots && u[k] < cum) { k++; c++; }
    if (c > 0) hits.set(e, (hits.get(e) ?? 0) + c);
  }
  if (k < shots) hits.set(lastNonZero, (hits.get(lastNonZero) ?? 0) + (shots - k));
  const tail = program.steps.slice(program.tailStart);
  for (const [e, count] of hits) {
    let key: string;
    if (program.numClbits === 0) {
      key = keyBitString(st.lo[e], st.hi[e], program.numQubits);
    } else {
      const bits = clbits.slice();
      for (const t of tail) if (t.kind === 'measure') bits[t.clbit] = ((t.qubit < 32 ? st.lo[e] : st.hi[e]) >>> (t.qubit & 31)) & 1;
      key = clbitString(bits);
    }
    acc.set(key, (acc.get(key) ?? 0) + count);
  }
}
