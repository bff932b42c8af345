/**
 * The steps inside one cache block (fusion.ts), on local qubits 0…k−1: renumbering from global
 * qubits, and merging of monomial runs. Monomial steps (diagonals, X/CX/CCX/SWAP permutations,
 * phased anti-diagonals) are collected while the other steps that touch none of their qubits
 * are moved in front of them (they commute), so e.g. a CX chain interleaved with the
 * single-qubit gates it flushed becomes one run; each run of ≥ 2 becomes one table step:
 * 'diagTable' (one complex multiplication per amplitude) when the whole run is diagonal,
 * else 'monomial' (one gather from a 2^k index table, times a phase table unless the run is a
 * pure permutation). A CX chain of m gates thus costs one pass over the cache-resident block
 * instead of m.
 */
import { applyUnitaryStep, makeScratch } from './execute';
import type { SimStep, SparseGate } from './program';
import type { StateVector } from './state';
import { stepMask } from './stepMask';

/** A step with its qubit positions and masks moved to the local numbering `loc` (global → local). */
export function remapStep(s: SimStep, loc: Int32Array): SimStep {
  const mapMask = (m: number) => {
    let r = 0;
    for (let q = 0; m; q++, m >>>= 1) if (m & 1) r |= 1 << loc[q];
    return r;
  };
  const mapPos = (p: Int32Array) => Int32Array.from(p, (q) => loc[q]).sort();
  switch (s.kind) {
    case 'scalar': return s;
    case 'phaseMask': return { ...s, pos: mapPos(s.pos), mask: mapMask(s.mask) };
    case 'general1': case 'diag1': case 'antidiag1': return { ...s, pos: mapPos(s.pos), ctrlMask: mapMask(s.ctrlMask), t: loc[s.t] };
    case 'ucg1': return { ...s, pos: mapPos(s.pos), c: loc[s.c], t: loc[s.t] };
    case 'swap': return { ...s, pos: mapPos(s.pos), ctrlMask: mapMask(s.ctrlMask), offA: mapMask(s.offA), offB: mapMask(s.offB) };
    case 'dense2': return { ...s, pos: mapPos(s.pos), ctrlMask: mapMask(s.ctrlMask), t0: loc[s.t0], t1: loc[s.t1] };
    case 'diagN': return { ...s, pos: mapPos(s.pos), ctrlMask: mapMask(s.ctrlMask), offsets: Int32Array.from(s.offsets, mapMask) };
    case 'sparse': {
      const g: SparseGate = { ...s.sparse, offsets: Int32Array.from(s.sparse.offsets, mapMask) };
      return { ...s, pos: mapPos(s.pos), ctrlMask: mapMask(s.ctrlMask), sparse: g };
    }
    case 'block': case 'diagTable': case 'monomial': case 'phaseProduct': case 'measure': case 'reset':
      throw new Error(`remapStep: '${s.kind}' cannot be part of a block`);
  }
}

function isDiagonalStep(s: SimStep): boolean {
  return s.kind === 'phaseMask' || s.kind === 'diag1' || s.kind === 'diagN' || s.kind === 'scalar';
}

function isMonomialStep(s: SimStep): boolean {
  return isDiagonalStep(s) || s.kind === 'swap' || s.kind === 'antidiag1';
}

/**
 * Schedule and merge the (local, unconditioned, unitary) steps of a block of 2^k = `size`
 * amplitudes: see the file comment. The result applies the same unitary (rounding aside).
 */
export function mergeLocalSteps(steps: readonly SimStep[], size: number): SimStep[] {
  const out: SimStep[] = [];
  let run: SimStep[] = [];
  let runMask = 0;
  const flush = () => {
    if (run.length === 1) out.push(run[0]);
    else if (run.length > 1) out.push(tableOf(run, size));
    run = []; runMask = 0;
  };
  for (const s of steps) {
    if (isMonomialStep(s)) { run.push(s); runMask |= stepMask(s); continue; }
    // Disjoint from the pending run: commutes with it, so it may go first.
    if ((stepMask(s) & runMask) !== 0) flush();
    out.push(s);
  }
  flush();
  return out;
}

/** One table step for a run of ≥ 2 monomial steps on `size` local amplitudes. */
function tableOf(run: readonly SimStep[], size: number): SimStep {
  const k = Math.log2(size);
  const scratch = makeScratch();
  const apply = (re: Float64Array, im: Float64Array) => {
    const v: StateVector = { numQubits: k, re, im };
    for (const s of run) applyUnitaryStep(v, s, scratch);
  };
  // The run applied to all-ones gives each row's single entry (the phase of new amplitude l).
  const pRe = new Float64Array(size).fill(1), pIm = new Float64Array(size);
  apply(pRe, pIm);
  if (run.every(isDiagonalStep)) return { kind: 'diagTable', dRe: pRe, dIm: pIm };
  // Applied to tags (j + 1 at index j) it gives phase·(src + 1): the source index of each row.
  const tRe = Float64Array.from({ length: size }, (_, j) => j + 1), tIm = new Float64Array(size);
  apply(tRe, tIm);
  const src = new Int32Array(size);
  let pure = true;
  for (let l = 0; l < size; l++) {
    src[l] = Math.round(Math.hypot(tRe[l], tIm[l]) / Math.hypot(pRe[l], pIm[l])) - 1;
    if (pRe[l] !== 1 || pIm[l] !== 0) pure = false;
  }
  return pure ? { kind: 'monomial', src, pRe: null, pIm: null } : { kind: 'monomial', src, pRe, pIm };
}
