import { Circuit } from '../ir';
import { InvalidArgumentError } from '../errors';
import { cancelToFixedPoint } from './cancelGates';
import { decomposeToffolis } from './decomposeToffolis';
import { fromGateList, toGateList } from './gateList';
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
    throw new InvalidArgumentError(`--ancillas must be one of ${ANCILLA_MODES.join(', ')}, got ${String(value)}`);
  }
  return value as AncillaMode;
}

/**
 * Region widths of the TODD rounds: when n + h > 30 the gadgetized circuit is cut into windows,
 * and a round with other widths cuts it elsewhere, so terms split by one round's window
 * boundary meet in the next (on gf2^7_mult: T 200 after one round, 169 after four).
 */
const WINDOW_WIDTHS: readonly number[] = [30, 22, 30, 26];

/**
 * Check a wall-clock budget in seconds (InvalidArgumentError unless finite and > 0); `undefined`
 * means no budget.
 */
export function parseBudgetS(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new InvalidArgumentError(`--budget-s must be a number of seconds > 0, got ${String(value)}`);
  }
  return value;
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
      deadlineMs,
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
