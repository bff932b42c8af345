import type { Circuit, Condition, GateSpec, Op } from '../../ir';
import { GateSink, walkCircuit } from '../gateStream';
import { cdiv, isOne, isZero, mul2, toM2 } from '../matrixStructure';
import { assertSparseWidth } from './sparseState';
import type { SparseAddressing, SparseProgram, SparseStep } from './sparseProgram';

const CACHE = new WeakMap<Circuit, SparseProgram>();

/**
 * Compile a circuit for the sparse backend (memoized on the immutable circuit): the same gate
 * stream as the dense compiler (gateStream.ts), runs of uncontrolled single-qubit gates on one
 * qubit multiplied into one 2×2 matrix, every gate classified as phase / diag / perm / dense by
 * its target matrix (entries within 1e-14 of 0 or 1 count as such, as in the dense compiler),
 * static global phases collected into one scalar step before the trailing measurements.
 */
export function compileSparse(circuit: Circuit): SparseProgram {
  const hit = CACHE.get(circuit);
  if (hit) return hit;
  assertSparseWidth(circuit.numQubits);
  const p = new SparseCompiler(circuit.numQubits).compile(circuit);
  CACHE.set(circuit, p);
  return p;
}

class SparseCompiler implements GateSink {
  private readonly steps: SparseStep[] = [];
  private readonly pending: (Float64Array | null)[];
  private phaseRe = 1;
  private phaseIm = 0;
  private readonly stepCache = new Map<string, { readonly step: SparseStep | null; readonly phaseRe: number; readonly phaseIm: number }>();
  private readonly addressCache = new Map<string, SparseAddressing>();
  /** Global phase factored out by the last emit (for the step cache). */
  private factored: [number, number] | null = null;

  constructor(private readonly numQubits: number) {
    this.pending = new Array<Float64Array | null>(numQubits).fill(null);
  }

  compile(circuit: Circuit): SparseProgram {
    const gateCount = walkCircuit(circuit, this);
    for (let q = 0; q < this.numQubits; q++) this.flush(q);
    const steps = this.steps;
    let tailStart = steps.length;
    while (tailStart > 0 && steps[tailStart - 1].kind === 'measure' && !steps[tailStart - 1].condition) tailStart--;
    if (!isOne(this.phaseRe, this.phaseIm)) {
      steps.splice(tailStart, 0, { kind: 'scalar', pr: this.phaseRe, pi: this.phaseIm });
      tailStart++;
    }
    const isDynamic = steps.slice(0, tailStart).some((s) => s.kind === 'measure' || s.kind === 'reset' || s.condition !== undefined);
    return Object.freeze({ numQubits: circuit.numQubits, numClbits: circuit.numClbits, steps: Object.freeze(steps), tailStart, isDynamic, gateCountBeforeFusion: gateCount });
  }

  gate(spec: GateSpec, qubits: readonly number[], cond: Condition | undefined, op: Op): void {
    const nc = spec.numControls, nt = qubits.length - nc;
    if (nc === 0 && nt === 1 && !cond) {
      const q = qubits[0], m = toM2(spec.target), prev = this.pending[q];
      this.pending[q] = prev ? mul2(m, prev) : m;
      return;
    }
    for (const q of qubits) this.flush(q);
    // The same op on the same qubits compiles to the same step: reuse it (sparse oracles repeat
    // their gates thousands of times; fresh typed arrays per step cost more in GC than the run).
    const key = cond ? null : `${op.key}@${qubits.join(',')}`;
    const hit = key === null ? undefined : this.stepCache.get(key);
    if (hit) {
      if (hit.step) this.steps.push(hit.step);
      if (hit.phaseRe !== 1 || hit.phaseIm !== 0) this.mulPhase(hit.phaseRe, hit.phaseIm);
      return;
    }
    const before = this.steps.length;
    this.factored = null;
    this.emit(spec.target.re, spec.target.im, spec.target.dim, qubits.slice(0, nc), qubits.slice(nc), cond);
    if (key === null) return;
    const f = this.factored as [number, number] | null;
    this.stepCache.set(key, { step: this.steps.length > before ? this.steps[this.steps.length - 1] : null, phaseRe: f ? f[0] : 1, phaseIm: f ? f[1] : 0 });
  }

  measure(qubit: number, clbit: number, cond: Condition | undefined): void {
    for (let q = 0; q < this.numQubits; q++) this.flush(q);
    this.steps.push({ kind: 'measure', qubit, clbit, condition: cond });
  }

  reset(qubit: number, cond: Condition | undefined): void {
    for (let q = 0; q < this.numQubits; q++) this.flush(q);
    this.steps.push({ kind: 'reset', qubit, condition: cond });
  }

  globalPhase(phaseRad: number): void {
    this.mulPhase(Math.cos(phaseRad), Math.sin(phaseRad));
  }

  conditionalPhase(phaseRad: number, cond: Condition): void {
    this.steps.push({ kind: 'scalar', pr: Math.cos(phaseRad), pi: Math.sin(phaseRad), condition: cond });
  }

  private mulPhase(pr: number, pi: number): void {
    const r = this.phaseRe * pr - this.phaseIm * pi;
    this.phaseIm = this.phaseRe * pi + this.phaseIm * pr;
    this.phaseRe = r;
  }

  private flush(q: number): void {
    const m = this.pending[q];
    if (!m) return;
    this.pending[q] = null;
    this.emit(Float64Array.of(m[0], m[2], m[4], m[6]), Float64Array.of(m[1], m[3], m[5], m[7]), 2, [], [q], undefined);
  }

  /** Classify and emit a (controlled) gate with row-major target (re, im) of size dim. */
  private emit(re: Float64Array, im: Float64Array, dim: number, ctrls: readonly number[], targets: readonly number[], cond: Condition | undefined): void {
    const akey = `${ctrls.join(',')}|${targets.join(',')}`;
    let base = this.addressCache.get(akey);
    if (!base) { base = addressing(ctrls, targets, undefined); this.addressCache.set(akey, base); }
    const addr: SparseAddressing = cond ? { ...base, condition: cond } : base;
    if (isDiagonalRm(re, im, dim)) {
      const dRe = new Float64Array(dim), dIm = new Float64Array(dim);
      for (let s = 0; s < dim; s++) { dRe[s] = re[s * dim + s]; dIm[s] = im[s * dim + s]; }
      if (ctrls.length === 0 && !cond && !isOne(dRe[0], dIm[0])) {
        // Factor the first entry out as a global phase (rz = e^{-iθ/2}·diag(1, e^{iθ})).
        const d0r = dRe[0], d0i = dIm[0];
        this.mulPhase(d0r, d0i);
        this.factored = [d0r, d0i];
        for (let s = 0; s < dim; s++) [dRe[s], dIm[s]] = cdiv(dRe[s], dIm[s], d0r, d0i);
      }
      let changed = 0, last = -1;
      for (let s = 0; s < dim; s++) if (!isOne(dRe[s], dIm[s])) { changed++; last = s; }
      if (changed === 0) return;
      if (changed === 1 && last === dim - 1) {
        this.steps.push({ kind: 'phase', maskLo: addr.ctrlLo | addr.offLo[dim - 1], maskHi: addr.ctrlHi | addr.offHi[dim - 1], pr: dRe[dim - 1], pi: dIm[dim - 1], condition: cond });
        return;
      }
      this.steps.push({ kind: 'diag', ...addr, dRe, dIm });
      return;
    }
    const dest = monomialRows(re, im, dim);
    if (dest) {
      const xorLo = new Int32Array(dim), xorHi = new Int32Array(dim), vRe = new Float64Array(dim), vIm = new Float64Array(dim);
      let unitFactors = true;
      for (let c = 0; c < dim; c++) {
        const r = dest[c];
        xorLo[c] = addr.offLo[c] ^ addr.offLo[r]; xorHi[c] = addr.offHi[c] ^ addr.offHi[r];
        vRe[c] = re[r * dim + c]; vIm[c] = im[r * dim + c];
        if (!isOne(vRe[c], vIm[c])) unitFactors = false;
      }
      this.steps.push({ kind: 'perm', ...addr, xorLo, xorHi, vRe, vIm, unitFactors });
      return;
    }
    this.steps.push({ kind: 'dense', ...addr, mRe: Float64Array.from(re), mIm: Float64Array.from(im) });
  }
}

/** Masks and offsets of a gate on `targets` under `ctrls` (global qubit indices < 64). */
function addressing(ctrls: readonly number[], targets: readonly number[], cond: Condition | undefined): SparseAddressing {
  let ctrlLo = 0, ctrlHi = 0;
  for (const q of ctrls) { if (q < 32) ctrlLo |= 1 << q; else ctrlHi |= 1 << (q - 32); }
  const k = targets.length, dim = 2 ** k;
  const tWord = Int32Array.from(targets, (q) => (q < 32 ? 0 : 1));
  const tBit = Int32Array.from(targets, (q) => q & 31);
  const offLo = new Int32Array(dim), offHi = new Int32Array(dim);
  for (let s = 0; s < dim; s++) {
    for (let j = 0; j < k; j++) {
      if (!((s >> j) & 1)) continue;
      if (tWord[j] === 0) offLo[s] |= 1 << tBit[j]; else offHi[s] |= 1 << tBit[j];
    }
  }
  return { ctrlLo, ctrlHi, tWord, tBit, offLo, offHi, condition: cond };
}

function isDiagonalRm(re: Float64Array, im: Float64Array, dim: number): boolean {
  for (let r = 0; r < dim; r++) for (let c = 0; c < dim; c++) if (r !== c && !isZero(re[r * dim + c], im[r * dim + c])) return false;
  return true;
}

/** For a monomial matrix (one non-zero per column and per row), the row of each column's entry; else null. */
function monomialRows(re: Float64Array, im: Float64Array, dim: number): Int32Array | null {
  const dest = new Int32Array(dim), used = new Uint8Array(dim);
  for (let c = 0; c < dim; c++) {
    let row = -1;
    for (let r = 0; r < dim; r++) {
      if (isZero(re[r * dim + c], im[r * dim + c])) continue;
      if (row >= 0) return null;
      row = r;
    }
    if (row < 0 || used[row]) return null;
    used[row] = 1;
    dest[c] = row;
  }
  return dest;
}
