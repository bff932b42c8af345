import { Circuit, CircuitBuilder, Op } from '../../ir';
import { makeStdGate } from '../../ops';
import { fromGateList, toGateList } from '../gateList';
import { expandAllCcz } from '../phaseFolding';
import { resynthesizeSingleQubitRuns } from '../resynthesizeSingleQubit';
import { TargetGateSet } from './gateSets';
import { SynthesisReport, epsilonPerRotation, synthesisReport } from './tCost';
import { SynthesizedRotation, gridsynthRz } from '../../math/ring';
import { lowerNamToDevice } from './lowerToDevice';

/** Options of {@link lowerTo}. */
export interface LowerOptions {
  /**
   * Clifford+T only: total synthesis error budget (default 1e-3), shared equally by the
   * rotations (union bound on the operator-norm errors).
   */
  readonly epsilon?: number;
}

/** Result of {@link lowerTo}. */
export interface LowerResult {
  readonly circuit: Circuit;
  /** Clifford+T only: the synthesized rotations, their measured T-count and distance. */
  readonly synthesis?: SynthesisReport;
}

/** Any circuit → {h, x, cx, rz} (composites flattened, ccz expanded into 6 CX + 7 T). */
export function lowerToNam(circuit: Circuit): Circuit {
  return fromGateList(expandAllCcz(toGateList(circuit)));
}

const PI4 = Math.PI / 4;
const CT_BY_EIGHTH: readonly (readonly string[])[] = [[], ['t'], ['s'], ['s', 't'], ['z'], ['z', 't'], ['sdg'], ['tdg']];

function rebuild(c: Circuit, f: (b: CircuitBuilder, op: Op, qubits: readonly number[]) => boolean): Circuit {
  const b = new CircuitBuilder();
  for (const r of c.qregs) b.addQreg(r.name, r.size);
  for (const r of c.cregs) b.addCreg(r.name, r.size);
  b.addGlobalPhase(c.globalPhaseRad);
  for (const ins of c.instructions) {
    if (!ins.condition && f(b, ins.op, ins.qubits)) continue;
    b.apply(ins.op, ins.qubits, { clbits: ins.clbits, condition: ins.condition });
  }
  return b.build();
}

function isPi4Multiple(a: number): boolean {
  return Math.abs(a - Math.round(a / PI4) * PI4) <= 1e-12;
}

/** Clifford+T gates of a synthesized rotation's word (T runs as T^m, m mod 8) and its global phase. */
function applyWord(b: CircuitBuilder, r: SynthesizedRotation, q: readonly number[]): void {
  let run = 0;
  const flush = (): void => { for (const g of CT_BY_EIGHTH[run % 8]) b.apply(makeStdGate(g), q); run = 0; };
  for (const l of r.word.letters) {
    if (l === 'T') { run++; continue; }
    flush();
    b.apply(makeStdGate(l === 'H' ? 'h' : 'x'), q);
  }
  flush();
  b.addGlobalPhase(r.word.omegaPower * PI4);
}

function namToCliffordT(nam: Circuit, epsilon: number): LowerResult {
  const rotationCount = nam.instructions.filter((i) => !i.condition && i.op.name === 'rz' && !isPi4Multiple(i.op.angles[0])).length;
  const epsEach = epsilonPerRotation(rotationCount, epsilon);
  const cache = new Map<number, SynthesizedRotation>();
  const measured: SynthesizedRotation[] = [];
  let exactT = 0;
  const circuit = rebuild(nam, (b, op, q) => {
    if (op.name !== 'rz') return false;
    const a = op.angles[0];
    if (!isPi4Multiple(a)) {
      let r = cache.get(a);
      if (!r) { r = gridsynthRz(a, epsEach); cache.set(a, r); }
      measured.push(r);
      applyWord(b, r, q);
      return true;
    }
    const k = Math.round(a / PI4);
    // rz(a) = e^{−ia/2}·P(a); t, s, z are P(π/4), P(π/2), P(π).
    for (const g of CT_BY_EIGHTH[((k % 8) + 8) % 8]) { b.apply(makeStdGate(g), q); if (g === 't' || g === 'tdg') exactT++; }
    b.addGlobalPhase(-a / 2);
    return true;
  });
  return { circuit, synthesis: synthesisReport(measured, cache.size, exactT, epsilon) };
}

/**
 * CX(c,t) = H_t · CZ · H_t with CZ = e^{iπ/4}·Rzz(−π/2)·Rz_c(π/2)·Rz_t(π/2) and
 * Rzz(θ) = (H⊗H)·Rxx(θ)·(H⊗H): one Mølmer–Sørensen gate per CNOT (Maslov 2017, "Basic circuit
 * compilation techniques for an ion-trap quantum machine", Fig. 1, up to single-qubit gates).
 */
function cxToRxx(nam: Circuit): Circuit {
  const H = makeStdGate('h'), RZ = makeStdGate('rz', [Math.PI / 2]), RXX = makeStdGate('rxx', [-Math.PI / 2]);
  return rebuild(nam, (b, op, q) => {
    if (op.name !== 'cx') return false;
    const [c, t] = q;
    b.apply(H, [t]).apply(RZ, [c]).apply(RZ, [t]).apply(H, [c]).apply(H, [t]).apply(RXX, [c, t]).apply(H, [c]).apply(H, [t]).apply(H, [t]);
    b.addGlobalPhase(Math.PI / 4);
    return true;
  });
}

/**
 * Lower a circuit to a hardware gate set (exactly, up to nothing: the global phase is kept):
 * nam {h, x, cx, rz}; ibm {rz, sx, x, cx} (single-qubit runs resynthesized as Rz·SX·Rz·SX·Rz);
 * ion {rx, ry, rz, rxx} (one XX gate per CNOT, single-qubit runs as Rz·Ry·Rz); clifford+t
 * {h, s, sdg, t, tdg, x, y, z, cx}: Rz by multiples of π/4 become T/S/Z exactly, every other Rz
 * is synthesized by gridsynth (math/ring) within operator-norm ε/R of itself (R rotations, the
 * budget `epsilon` shared equally; equal angles synthesized once), global phase included —
 * so this target is exact only up to that budget; device targets ibm-heron, ibm-eagle, ionq,
 * quantinuum, braket via {@link lowerNamToDevice}. Measure, reset, barrier and conditioned gates pass through
 * (conditioned composites are flattened with their condition).
 */
export function lowerTo(circuit: Circuit, target: TargetGateSet, opts: LowerOptions = {}): LowerResult {
  const nam = lowerToNam(circuit);
  switch (target) {
    case 'nam': return { circuit: nam };
    case 'clifford+t': return namToCliffordT(nam, opts.epsilon ?? 1e-3);
    case 'ibm': return { circuit: resynthesizeSingleQubitRuns(nam, 'zsx').circuit };
    case 'ion': return { circuit: resynthesizeSingleQubitRuns(cxToRxx(nam), 'zyz').circuit };
    default: return { circuit: lowerNamToDevice(nam, target) };
  }
}
