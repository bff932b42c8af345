import { Circuit } from '../ir';
import { InvalidArgumentError } from '../errors';
import { requirePositiveFinite } from '../errors/ranges';
import { cancelToFixedPoint } from './cancelGates';
import { decomposeToffolis } from './decomposeToffolis';
import { GateList, K_CX, K_H, K_P, WorkGate, fromGateList, toGateList } from './gateList';
import { gadgetizeHadamards } from './hadamardGadgets';
import { namCounts } from './namCounts';
import { reduceTCountInRegions } from './toddRegions';

/** Ancilla policy of the optimizer: none (unitary on the input's qubits) or Hadamard gadgets. */
export type AncillaMode = 'none' | 'gadgets';

/** The modes {@link parseAncillaMode} accepts. */
export const ANCILLA_MODES: readonly AncillaMode[] = ['none', 'gadgets'];

/** Check that `value` is one of {@link ANCILLA_MODES} (InvalidArgumentError otherwise). */
export function parseAncillaMode(value: unknown): AncillaMode {
  if (typeof value !== 'string' || !ANCILLA_MODES.includes(value as AncillaMode)) {
    throw new InvalidArgumentError(`ancilla mode must be one of ${ANCILLA_MODES.join(', ')}, got ${String(value)}`);
  }
  return value as AncillaMode;
}

/**
 * Region widths of the TODD rounds: when n + h > 30 the gadgetized circuit is cut into windows,
 * and a round with other widths cuts it elsewhere, so terms split by one round's window
 * boundary meet in the next (on gf2^7_mult: T 200 after one round, 169 after four).
 */
const WINDOW_WIDTHS: readonly number[] = [30, 22, 30, 26];

/** Default kernel budget of the whole-region round (see {@link GadgetTCountOptions.wholeRegionKernels}). */
export const WHOLE_REGION_KERNELS = 3000;
/** Default term cap of the whole-region round. */
export const WHOLE_REGION_MAX_TERMS = 400;

/**
 * Check a wall-clock budget in seconds (InvalidArgumentError unless finite and > 0); `undefined`
 * means no budget.
 */
export function parseBudgetS(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number') throw new InvalidArgumentError(`time budget (s) must be a number, got ${String(value)}`);
  return requirePositiveFinite(value, 'time budget (s)');
}

/**
 * Turn CZ gates written with Hadamards back into phase form, so no Hadamard cuts a CNOT+phase
 * region: on each wire b, a run of CNOTs targeting b, CX(a_1, b) ⋯ CX(a_r, b), that is bracketed
 * by H_b on both sides, or starts the wire and ends with H_b, or starts with H_b and ends the
 * wire, becomes the CZ(a_i, b) in phase form P(π/2)_a P(π/2)_b CX(a,b) P(−π/2)_b CX(a,b) at each
 * CNOT's position (H_b CX(a,b) H_b = CZ(a,b), and H_b H_b = I may be inserted between the CNOTs,
 * whose neighbours do not touch b); an unbracketed end keeps its H_b as the wire's first or last
 * gate. The unitary is unchanged. TODD's CZ corrections come out as H·CX·H, and cancellation
 * merges neighbouring ones or a leading Hadamard into them.
 */
export function czGatesToPhases(list: GateList): GateList {
  const gates = list.gates, n = gates.length;
  const qubits = (w: WorkGate): number[] => (w.ins ? w.ins.qubits.slice() : [w.q0, w.q1, w.q2].filter((q) => q >= 0));
  const onWire: number[][] = Array.from({ length: list.shell.numQubits }, () => []);
  for (let i = 0; i < n; i++) for (const q of qubits(gates[i])) onWire[q].push(i);
  const used = new Uint8Array(n);
  const replaced = new Map<number, WorkGate[]>();
  const p = (q: number, angleRad: number): WorkGate => ({ kind: K_P, q0: q, q1: -1, q2: -1, angleRad });
  const h = (q: number): WorkGate => ({ kind: K_H, q0: q, q1: -1, q2: -1, angleRad: 0 });
  const isFreeH = (i: number): boolean => gates[i].kind === K_H && !used[i];
  onWire.forEach((idx, b) => {
    for (let s = 0; s < idx.length;) {
      const isRunGate = (x: number): boolean => gates[idx[x]].kind === K_CX && gates[idx[x]].q1 === b && !replaced.has(idx[x]);
      if (!isRunGate(s)) { s++; continue; }
      let e = s;
      while (e < idx.length && isRunGate(e)) e++;
      const left = s > 0 && isFreeH(idx[s - 1]), right = e < idx.length && isFreeH(idx[e]);
      const atStart = s === 0, atEnd = e === idx.length;
      if ((left || atStart) && (right || atEnd) && !(atStart && atEnd)) {
        if (left) used[idx[s - 1]] = 1;
        if (right) used[idx[e]] = 1;
        for (let x = s; x < e; x++) {
          const w = gates[idx[x]];
          const cz = [p(w.q0, Math.PI / 2), p(b, Math.PI / 2), w, p(b, -Math.PI / 2), w];
          replaced.set(idx[x], [...(x === s && atStart ? [h(b)] : []), ...cz, ...(x === e - 1 && atEnd ? [h(b)] : [])]);
        }
      }
      s = e;
    }
  });
  if (!replaced.size) return list;
  const out: WorkGate[] = [];
  for (let i = 0; i < n; i++) { if (used[i]) continue; const r = replaced.get(i); if (r) out.push(...r); else out.push(gates[i]); }
  return { shell: list.shell, gates: out, globalPhaseRad: list.globalPhaseRad };
}

/** Options of {@link reduceTCountWithGadgets}. */
export interface GadgetTCountOptions {
  /** Widest CNOT+phase region handed to TODD (default 30, the bit-mask limit of todd.ts). */
  readonly maxRegionQubits?: number;
  /** Most T terms of one region handed to TODD (default 160). */
  readonly maxTerms?: number;
  /** TODD kernels per round over the whole circuit (default 4000 + 4 per gate): the deterministic work budget. */
  readonly maxKernels?: number;
  /**
   * TODD kernels of the last round, on whole regions (any width; run only when some region is
   * wider than the windows, n + h > 30; default {@link WHOLE_REGION_KERNELS}); 0 skips it.
   */
  readonly wholeRegionKernels?: number;
  /**
   * Allow CZ corrections as H·CX·H in the window rounds (default true: the smaller form wins;
   * those CZ gates are turned back into phase form, {@link czGatesToPhases}, before the
   * whole-region round).
   */
  readonly czAsHadamardGates?: boolean;
  /** Most T terms of a whole region handed to TODD in the last round (default {@link WHOLE_REGION_MAX_TERMS}). */
  readonly wholeRegionMaxTerms?: number;
  /**
   * Wall-clock budget (seconds, > 0) of the TODD rounds: no region or round starts after it
   * (default none: deterministic, bounded by `maxKernels` only; with a budget the result may
   * depend on machine speed, and is still exact).
   */
  readonly budgetS?: number;
}

/** Result of {@link reduceTCountWithGadgets}. */
export interface GadgetTCountResult {
  /** The gadgetized, T-reduced circuit on n + h qubits (ancillas: the last register). */
  readonly circuit: Circuit;
  readonly originalQubits: number;
  readonly ancillas: number;
  readonly ancillaRegister: string;
  /** T-count of the input and of the result (Nam convention). */
  readonly tBefore: number;
  readonly tAfter: number;
  /** CNOT+phase regions TODD rewrote. */
  readonly regionsRewritten: number;
}

/**
 * T-count reduction with Hadamard gadgets (Heyfron & Campbell 2018, arXiv:1712.01557, Sec. III–IV):
 * gadgetize every internal Hadamard ({@link gadgetizeHadamards}), so the circuit is one CNOT+phase
 * circuit over n + h qubits; run TODD on its CNOT+phase regions of up to `maxRegionQubits`
 * qubits (the whole circuit when n + h ≤ 30; otherwise windows of it, in rounds of several
 * window widths, {@link WINDOW_WIDTHS}), each rewrite checked
 * exactly (basis states up to 16 qubits, phase polynomials above; toddRegions.ts), re-synthesized
 * by the parity-network synthesis (regionSynthesis.ts); then cancel inverses. The result, with
 * ancillas prepared in |0⟩ and post-selected on |0⟩, equals 2^{−h/2}·e^{iφ}·(the input).
 * CCZ gates are decomposed first (Toffoli polarity choice). Throws InvalidCircuitError for
 * measurement, reset or classical control (hadamardGadgets.ts).
 */
export function reduceTCountWithGadgets(circuit: Circuit, opts: GadgetTCountOptions = {}): GadgetTCountResult {
  const budgetS = parseBudgetS(opts.budgetS);
  const deadlineMs = budgetS === undefined ? undefined : Date.now() + 1000 * budgetS;
  const flat = decomposeToffolis.run(circuit).circuit;
  const g = gadgetizeHadamards(toGateList(flat));
  const widest = Math.min(30, opts.maxRegionQubits ?? 30);
  let list = g.list, rewritten = 0;
  for (const width of WINDOW_WIDTHS) {
    if (deadlineMs !== undefined && Date.now() > deadlineMs) break;
    const r = reduceTCountInRegions(list, {
      maxRegionQubits: Math.min(widest, width),
      maxTerms: opts.maxTerms ?? 160,
      maxKernels: opts.maxKernels ?? 4000 + 4 * list.gates.length,
      maxExtraGatesPerT: 1e9,
      strictRegionCap: true,
      czAsHadamardGates: opts.czAsHadamardGates ?? true,
      cnotAware: false,
      deadlineMs,
    });
    list = cancelToFixedPoint(r.list).list;
    rewritten += r.rewritten;
  }
  // Whole regions (parities are bigint masks, no width limit): terms the windows kept apart meet.
  const wholeKernels = opts.wholeRegionKernels ?? WHOLE_REGION_KERNELS;
  const numQubits = list.shell.numQubits;
  if (wholeKernels > 0 && numQubits > widest && !(deadlineMs !== undefined && Date.now() > deadlineMs)) {
    list = czGatesToPhases(list);
    const r = reduceTCountInRegions(list, {
      maxRegionQubits: numQubits,
      maxTerms: opts.wholeRegionMaxTerms ?? WHOLE_REGION_MAX_TERMS,
      maxKernels: wholeKernels,
      maxExtraGatesPerT: 1e9,
      czAsHadamardGates: false,
      deadlineMs,
      todd: { firstImprovement: true, maxSteps: 10000 },
    });
    list = cancelToFixedPoint(r.list).list;
    rewritten += r.rewritten;
  }
  const out = fromGateList(list);
  return {
    circuit: out, originalQubits: g.originalQubits, ancillas: g.ancillas, ancillaRegister: g.ancillaRegister,
    tBefore: namCounts(circuit).t, tAfter: namCounts(out).t, regionsRewritten: rewritten,
  };
}
