import { Circuit, Condition, ExpansionOptions, GateSpec, assertExpansionWithin } from '../ir';
import type { CMatrix } from '../math/complexMatrix';
import { InvalidArgumentError } from '../errors';
import { assertStateFits } from './budget';
import { DEFAULT_BLOCK_QUBITS, blockSteps } from './fusion';
import { fusePhaseProducts, fuseSeparablePhases } from './phaseProduct';
import { GateSink, walkCircuit } from './gateStream';
import { STRUCTURE_TOL, cdiv, isDiagonal, isOne, isPermutation, isZero, mul2, toM2 } from './matrixStructure';
import type { SimProgram, SimStep, SparseGate } from './program';

/** Options of {@link compileCircuit}. */
export interface CompileOptions extends ExpansionOptions {
  /** Fuse runs of single-qubit gates on one qubit into one 2×2 matrix, and runs of steps into cache blocks (default true). */
  readonly fuse?: boolean;
  /** Qubits per cache block (fusion.ts; default DEFAULT_BLOCK_QUBITS; 0 = no blocks). Only with `fuse`. */
  readonly blockQubits?: number;
}


/** Compiled programs by option set ("fuse/blockQubits"), each memoized on the circuit. */
const PROGRAM_CACHES = new Map<string, WeakMap<Circuit, SimProgram>>();

/**
 * Compile a circuit into simulator steps (memoized on the immutable circuit and options). Ops
 * with a `gateSpec` map to a kernel by their structure; other unitary ops are decomposed
 * (memoized by op key) until every piece has a gateSpec. Barriers are dropped. Global phases (the
 * circuit's, the decompositions', and phases factored out of diagonal gates) are folded into one
 * step. With `fuse` (default), single-qubit runs are multiplied out and runs of steps on at most
 * `blockQubits` qubits become cache blocks (fusion.ts).
 */
export function compileCircuit(circuit: Circuit, opts: CompileOptions = {}): SimProgram {
  const fuse = opts.fuse ?? true;
  const blockQubits = fuse ? opts.blockQubits ?? DEFAULT_BLOCK_QUBITS : 0;
  if (!Number.isInteger(blockQubits) || blockQubits < 0) throw new InvalidArgumentError(`block width must be a non-negative integer, got ${blockQubits}`);
  const cacheKey = `${fuse}/${blockQubits}`;
  let cache = PROGRAM_CACHES.get(cacheKey);
  if (!cache) { cache = new WeakMap(); PROGRAM_CACHES.set(cacheKey, cache); }
  const hit = cache.get(circuit);
  if (hit) return hit;
  // Bit masks are 32-bit integers: refuse (as too large to simulate) before building any.
  assertStateFits(circuit.numQubits, Number.MAX_VALUE);
  // Composite ops expand into gates here: refuse from the call-graph counts before expanding.
  assertExpansionWithin(circuit, (op) => op.def.gateSpec !== undefined, opts);
  const p0 = new Compiler(circuit.numQubits, fuse).compile(circuit);
  const p = fuse ? withPhaseProducts(p0) : p0;
  const blocked = blockQubits > 0 ? blockSteps(p.steps.slice(0, p.tailStart), p.numQubits, blockQubits) : null;
  const out = blocked && blocked.length !== p.tailStart
    ? Object.freeze({ ...p, steps: Object.freeze([...blocked, ...p.steps.slice(p.tailStart)]), tailStart: blocked.length })
    : p;
  cache.set(circuit, out);
  return out;
}

/** The program with its runs of phase steps on a shared qubit, then of single-qubit phases, fused (phaseProduct.ts). */
function withPhaseProducts(p: SimProgram): SimProgram {
  const head = fuseSeparablePhases(fusePhaseProducts(p.steps.slice(0, p.tailStart), p.numQubits), p.numQubits);
  if (head.length === p.tailStart) return p;
  return Object.freeze({ ...p, steps: Object.freeze([...head, ...p.steps.slice(p.tailStart)]), tailStart: head.length });
}

/**
 * A gate waiting on one qubit (fusion): a 2×2 matrix `m0` (c = −1), or, after a singly
 * controlled gate onto the qubit, one matrix per value of control qubit c (`m0` for c = 0, `m1`
 * for c = 1). The latter is emitted as one 'ucg1' step (kernels.ts applyUcg1), so e.g. H then CX
 * onto the same qubit costs one gate's sweep instead of two (a CX chain after a layer of
 * single-qubit gates is absorbed into them).
 */
interface Pending { readonly c: number; readonly m0: Float64Array; readonly m1: Float64Array | null }

const IDENTITY2 = Float64Array.of(1, 0, 0, 0, 0, 0, 1, 0);

class Compiler implements GateSink {
  private readonly steps: SimStep[] = [];
  private readonly pending: Array<Pending | null>;
  /** Number of pending entries with a control (c ≥ 0): skip the scan of flushControlledBy when 0. */
  private controlledPending = 0;
  private phaseRe = 1;
  private phaseIm = 0;

  constructor(private readonly numQubits: number, private readonly fuse: boolean) {
    this.pending = new Array<Pending | null>(numQubits).fill(null);
  }

  compile(circuit: Circuit): SimProgram {
    const gateCount = walkCircuit(circuit, this);
    this.flushAll();
    this.foldGlobalPhase();
    const steps = this.steps;
    let tailStart = steps.length;
    while (tailStart > 0 && steps[tailStart - 1].kind === 'measure' && !steps[tailStart - 1].condition) tailStart--;
    let isDynamic = false;
    for (let i = 0; i < tailStart; i++) {
      const s = steps[i];
      if (s.kind === 'measure' || s.kind === 'reset' || s.condition) { isDynamic = true; break; }
    }
    return Object.freeze({ numQubits: circuit.numQubits, numClbits: circuit.numClbits, steps: Object.freeze(steps), tailStart, isDynamic, gateCountBeforeFusion: gateCount });
  }

  measure(qubit: number, clbit: number, cond: Condition | undefined): void {
    this.flushAll();
    this.steps.push({ kind: 'measure', qubit, clbit, condition: cond });
  }

  reset(qubit: number, cond: Condition | undefined): void {
    this.flushAll();
    this.steps.push({ kind: 'reset', qubit, condition: cond });
  }

  conditionalPhase(phaseRad: number, cond: Condition): void {
    // A scalar commutes with the pending single-qubit gates, and clbits change only at
    // measurements (which flush), so no flush is needed here.
    this.steps.push({ kind: 'scalar', pr: Math.cos(phaseRad), pi: Math.sin(phaseRad), condition: cond });
  }

  globalPhase(phaseRad: number): void {
    this.addPhase(phaseRad);
  }

  private addPhase(phaseRad: number): void {
    if (phaseRad === 0) return;
    this.mulPhase(Math.cos(phaseRad), Math.sin(phaseRad));
  }

  private mulPhase(pr: number, pi: number): void {
    const r = this.phaseRe * pr - this.phaseIm * pi;
    this.phaseIm = this.phaseRe * pi + this.phaseIm * pr;
    this.phaseRe = r;
  }

  gate(spec: GateSpec, qubits: readonly number[], cond: Condition | undefined): void {
    const nc = spec.numControls;
    const nt = qubits.length - nc;
    if (nc === 0 && nt === 1 && !cond) {
      const q = qubits[0];
      this.flushControlledBy(q);
      const m = toM2(spec.target);
      const p = this.pending[q];
      this.pending[q] = !p ? { c: -1, m0: m, m1: null } : { c: p.c, m0: mul2(m, p.m0), m1: p.m1 && mul2(m, p.m1) };
      if (!this.fuse) this.flush(q);
      return;
    }
    // Diagonal controlled gates (cp, cz, crz) stay phase steps: runs of them fuse into phase products.
    if (this.fuse && nc === 1 && nt === 1 && !cond && spec.structure !== 'diagonal' && !isDiagonal(spec.target)) {
      const c = qubits[0], t = qubits[1];
      this.flush(c);
      this.flushControlledBy(t);
      const m = toM2(spec.target);
      let p = this.pending[t];
      if (p && p.c >= 0 && p.c !== c) { this.flush(t); p = null; }
      if (p && p.m1) this.pending[t] = { c, m0: p.m0, m1: mul2(m, p.m1) };
      else {
        const m0 = p ? p.m0 : IDENTITY2;
        this.pending[t] = { c, m0, m1: mul2(m, m0) };
        this.controlledPending++;
      }
      return;
    }
    for (const q of qubits) { this.flush(q); this.flushControlledBy(q); }
    const ctrls = qubits.slice(0, nc), targets = qubits.slice(nc);
    if (nt === 1) this.emit1(targets[0], toM2(spec.target), ctrls, cond);
    else this.emitMulti(spec.target, ctrls, targets, cond);
  }

  private flush(q: number): void {
    const p = this.pending[q];
    if (!p) return;
    this.pending[q] = null;
    if (!p.m1) { this.emit1(q, p.m0, [], undefined); return; }
    this.controlledPending--;
    if (isIdentity2(p.m0)) this.emit1(q, p.m1, [p.c], undefined);
    else if (equal2(p.m0, p.m1)) this.emit1(q, p.m0, [], undefined);
    else if (isIdentity2(p.m1)) this.emit1(q, p.m0, [], undefined, [p.c]);
    else this.steps.push({ kind: 'ucg1', pos: sortedPositions([p.c, q]), c: p.c, t: q, m0: p.m0, m1: p.m1 });
  }

  /** Flush the pending gates controlled by qubit x (before a gate changes x). */
  private flushControlledBy(x: number): void {
    if (this.controlledPending === 0) return;
    for (let q = 0; q < this.numQubits; q++) if (this.pending[q]?.c === x) this.flush(q);
  }

  private flushAll(): void {
    for (let q = 0; q < this.numQubits; q++) this.flush(q);
  }

  /**
   * Emit a (controlled) 2×2 gate, choosing the cheapest kernel for its structure: it acts where
   * the `ctrls` bits are 1 and the `antiCtrls` bits are 0 (positions in `pos`, not in `ctrlMask`).
   */
  private emit1(t: number, m: Float64Array, ctrls: readonly number[], cond: Condition | undefined, antiCtrls: readonly number[] = []): void {
    const pos = sortedPositions([...ctrls, ...antiCtrls, t]);
    const ctrlMask = maskOf(ctrls);
    const tMask = 1 << t;
    const free = ctrls.length === 0 && antiCtrls.length === 0 && !cond; // a factored scalar may become a global phase
    if (isZero(m[2], m[3]) && isZero(m[4], m[5])) {
      let d0r = m[0], d0i = m[1], d1r = m[6], d1i = m[7];
      if (free) {
        this.mulPhase(d0r, d0i);
        [d1r, d1i] = cdiv(d1r, d1i, d0r, d0i);
        d0r = 1; d0i = 0;
      }
      if (isOne(d0r, d0i) && antiCtrls.length === 0) {
        if (!isOne(d1r, d1i)) this.steps.push({ kind: 'phaseMask', pos, mask: ctrlMask | tMask, pr: d1r, pi: d1i, condition: cond });
        return;
      }
      this.steps.push({ kind: 'diag1', pos, ctrlMask, t, m: Float64Array.of(d0r, d0i, d1r, d1i), condition: cond });
      return;
    }
    if (isZero(m[0], m[1]) && isZero(m[6], m[7])) {
      let br = m[2], bi = m[3], cr = m[4], ci = m[5];
      if (free) {
        this.mulPhase(br, bi);
        [cr, ci] = cdiv(cr, ci, br, bi);
        br = 1; bi = 0;
      }
      if (isOne(br, bi) && isOne(cr, ci)) {
        this.steps.push({ kind: 'swap', pos, ctrlMask, offA: 0, offB: tMask, condition: cond });
      } else {
        this.steps.push({ kind: 'antidiag1', pos, ctrlMask, t, m: Float64Array.of(br, bi, cr, ci), condition: cond });
      }
      return;
    }
    this.steps.push({ kind: 'general1', pos, ctrlMask, t, m, condition: cond });
  }

  /** Emit a (controlled) gate on ≥ 2 targets. */
  private emitMulti(target: CMatrix, ctrls: readonly number[], targets: readonly number[], cond: Condition | undefined): void {
    const pos = sortedPositions([...ctrls, ...targets]);
    const ctrlMask = maskOf(ctrls);
    const dim = target.dim;
    let re = target.re, im = target.im;
    if (isSwap4(target)) {
      this.steps.push({ kind: 'swap', pos, ctrlMask, offA: 1 << targets[0], offB: 1 << targets[1], condition: cond });
      return;
    }
    const diagonal = isDiagonal(target);
    if (diagonal && ctrls.length === 0 && !cond && !isOne(re[0], im[0])) {
      // Factor the first diagonal entry out as a global phase (e.g. rzz = e^{-iθ/2}·diag(1, e^{iθ}, e^{iθ}, 1)).
      const d0r = re[0], d0i = im[0];
      this.mulPhase(d0r, d0i);
      re = new Float64Array(dim * dim); im = new Float64Array(dim * dim);
      for (let k = 0; k < dim; k++) [re[k * dim + k], im[k * dim + k]] = cdiv(target.re[k * dim + k], target.im[k * dim + k], d0r, d0i);
    }
    if (diagonal) {
      let changed = 0, last = -1;
      for (let k = 0; k < dim; k++) if (!isOne(re[k * dim + k], im[k * dim + k])) { changed++; last = k; }
      if (changed === 0) return;
      if (changed === 1 && last === dim - 1) {
        // diag(1, …, 1, z): a phase on the all-ones subspace of controls and targets (cz-like).
        this.steps.push({ kind: 'phaseMask', pos, mask: ctrlMask | maskOf(targets), pr: re[dim * dim - 1], pi: im[dim * dim - 1], condition: cond });
        return;
      }
      const offsets = offsetsOf(dim, targets);
      const dRe = new Float64Array(dim), dIm = new Float64Array(dim), skip = new Uint8Array(dim);
      for (let k = 0; k < dim; k++) {
        dRe[k] = re[k * dim + k]; dIm[k] = im[k * dim + k];
        skip[k] = isOne(dRe[k], dIm[k]) ? 1 : 0;
      }
      this.steps.push({ kind: 'diagN', pos, ctrlMask, offsets, dRe, dIm, skip, condition: cond });
      return;
    }
    if (dim === 4 && !diagonal && !isPermutation(target)) {
      const m = new Float64Array(32);
      for (let k = 0; k < 16; k++) { m[2 * k] = re[k]; m[2 * k + 1] = im[k]; }
      this.steps.push({ kind: 'dense2', pos, ctrlMask, t0: targets[0], t1: targets[1], m, condition: cond });
      return;
    }
    this.steps.push({ kind: 'sparse', pos, ctrlMask, sparse: toSparse(re, im, dim, targets), condition: cond });
  }

  /**
   * Fold the accumulated static global phase into the last unconditioned, uncontrolled dense
   * step (free), else append a scalar step. A global scalar commutes with every step, including
   * measurements (their probabilities use magnitudes only).
   */
  private foldGlobalPhase(): void {
    const pr = this.phaseRe, pi = this.phaseIm;
    if (isOne(pr, pi)) return;
    for (let i = this.steps.length - 1; i >= 0; i--) {
      const s = this.steps[i];
      if (s.condition) continue;
      if ((s.kind === 'general1' && s.pos.length === 1) || (s.kind === 'dense2' && s.pos.length === 2)) {
        const m = s.m;
        for (let k = 0; k < m.length; k += 2) [m[k], m[k + 1]] = [m[k] * pr - m[k + 1] * pi, m[k] * pi + m[k + 1] * pr];
        return;
      }
    }
    // Insert before the trailing measurements so they stay a tail (shots sample from there).
    let at = this.steps.length;
    while (at > 0 && this.steps[at - 1].kind === 'measure' && !this.steps[at - 1].condition) at--;
    this.steps.splice(at, 0, { kind: 'scalar', pr, pi });
  }
}








function isIdentity2(m: Float64Array): boolean {
  return isOne(m[0], m[1]) && isZero(m[2], m[3]) && isZero(m[4], m[5]) && isOne(m[6], m[7]);
}

function equal2(a: Float64Array, b: Float64Array): boolean {
  for (let k = 0; k < 8; k++) if (Math.abs(a[k] - b[k]) > STRUCTURE_TOL) return false;
  return true;
}

function isSwap4(t: CMatrix): boolean {
  if (t.dim !== 4) return false;
  const want = [1, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 1];
  for (let k = 0; k < 16; k++) {
    if (want[k] === 1 ? !isOne(t.re[k], t.im[k]) : !isZero(t.re[k], t.im[k])) return false;
  }
  return true;
}

function sortedPositions(qubits: readonly number[]): Int32Array {
  return Int32Array.from(qubits).sort();
}

function maskOf(qubits: readonly number[]): number {
  let m = 0;
  for (const q of qubits) m |= 1 << q;
  return m;
}

/** Index offset of each target sub-index s (bit j of s = value of targets[j]). */
function offsetsOf(dim: number, targets: readonly number[]): Int32Array {
  const offsets = new Int32Array(dim);
  for (let s = 0; s < dim; s++) {
    let off = 0;
    for (let j = 0; j < targets.length; j++) if ((s >> j) & 1) off |= 1 << targets[j];
    offsets[s] = off;
  }
  return offsets;
}

function toSparse(re: Float64Array, im: Float64Array, dim: number, targets: readonly number[]): SparseGate {
  const offsets = offsetsOf(dim, targets);
  const rowStart = new Int32Array(dim + 1);
  const cols: number[] = [], vr: number[] = [], vi: number[] = [];
  const skipRow = new Uint8Array(dim);
  for (let r = 0; r < dim; r++) {
    rowStart[r] = cols.length;
    let identityRow = true;
    for (let c = 0; c < dim; c++) {
      const a = re[r * dim + c], b = im[r * dim + c];
      if (c === r ? !isOne(a, b) : !isZero(a, b)) identityRow = false;
      if (isZero(a, b)) continue;
      cols.push(c); vr.push(a); vi.push(b);
    }
    skipRow[r] = identityRow ? 1 : 0;
  }
  rowStart[dim] = cols.length;
  return { offsets, rowStart, cols: Int32Array.from(cols), valRe: Float64Array.from(vr), valIm: Float64Array.from(vi), skipRow };
}
