import { Circuit, CircuitBuilder, Instruction } from '../../ir';
import { makeStdGate } from '../../ops';
import { SingleQubitBasis, resynthesizeSingleQubitRuns } from '../resynthesizeSingleQubit';
import { DeviceTargetName } from './gateSets';
import { DEVICE_TARGETS } from './devices';
import { EmitUnsupportedError } from '../../errors';

const PI = Math.PI;
type Step = readonly [string, readonly number[], 'c' | 't' | 'ct'];

/**
 * CX(c,t) = e^{iπ/4}·Rz_c(π/2)·Rx_t(π/2)·RZX(−π/2) with RZX(θ) = exp(−iθ/2·Z_c X_t), because
 * CX = exp(iπ/4·(I−Z_c)(I−X_t)); RZX(−π/2) is then written with each device's entangler:
 * ECR·X_c (ECR = RZX(π/4)·X_c·RZX(−π/4) = RZX(−π/2)·X_c), H_t·RZZ(−π/2)·H_t,
 * H_c·MS(π,0)·H_c (MS(π,0) = RXX(−π/2)); Heron uses CX = H_t·CZ·H_t. Listed in time order.
 */
const CX_AS: Readonly<Record<Exclude<DeviceTargetName, 'braket'>, { readonly steps: readonly Step[]; readonly phaseRad: number; readonly basis: SingleQubitBasis }>> = {
  'ibm-heron': { steps: [['h', [], 't'], ['cz', [], 'ct'], ['h', [], 't']], phaseRad: 0, basis: 'zsx' },
  'ibm-heron-fractional': { steps: [['h', [], 't'], ['cz', [], 'ct'], ['h', [], 't']], phaseRad: 0, basis: 'zsxrx' },
  'ibm-eagle': { steps: [['x', [], 'c'], ['ecr', [], 'ct'], ['rz', [PI / 2], 'c'], ['rx', [PI / 2], 't']], phaseRad: PI / 4, basis: 'zsx' },
  quantinuum: { steps: [['h', [], 't'], ['rzz', [-PI / 2], 'ct'], ['h', [], 't'], ['rz', [PI / 2], 'c'], ['rx', [PI / 2], 't']], phaseRad: PI / 4, basis: 'zu1q' },
  ionq: { steps: [['h', [], 'c'], ['ms', [PI, 0], 'ct'], ['h', [], 'c'], ['rz', [PI / 2], 'c'], ['rx', [PI / 2], 't']], phaseRad: PI / 4, basis: 'gpi' },
};

/**
 * Lower a circuit already in the Nam basis {h, x, cx, rz} (measure/reset/barrier/conditioned
 * gates pass through) to a device's native gates, exactly (global phase kept): each CX becomes
 * the device's entangler plus single-qubit gates ({@link CX_AS}), then every single-qubit run is
 * resynthesized over the device's single-qubit basis. braket keeps the Nam basis (its names are
 * the emitter's business).
 */
export function lowerNamToDevice(nam: Circuit, target: DeviceTargetName): Circuit {
  if (!DEVICE_TARGETS[target].classicalControl) {
    const k = nam.instructions.findIndex((i) => i.condition !== undefined);
    if (k >= 0) {
      const withControl = (Object.keys(DEVICE_TARGETS) as DeviceTargetName[]).filter((t) => DEVICE_TARGETS[t].classicalControl);
      throw new EmitUnsupportedError(`target ${target} cannot run the classically conditioned '${nam.instructions[k].op.name}' (instruction ${k + 1}): it has no mid-circuit 'if'; use a target with classical control (${withControl.join(', ')}), or remove the condition`, { target, instruction: k });
    }
  }
  if (target === 'braket') return nam;
  const spec = CX_AS[target];
  const b = new CircuitBuilder();
  for (const r of nam.qregs) b.addQreg(r.name, r.size);
  for (const r of nam.cregs) b.addCreg(r.name, r.size);
  b.addGlobalPhase(nam.globalPhaseRad);
  const zz = target === 'ibm-heron-fractional' ? findZzRotations(nam.instructions) : new Map<number, ZzRotation>();
  const consumed = new Set<number>();
  for (const z of zz.values()) { consumed.add(z.rzIndex); consumed.add(z.secondCxIndex); }
  for (let k = 0; k < nam.instructions.length; k++) {
    const ins = nam.instructions[k];
    if (consumed.has(k)) continue;
    const z = zz.get(k);
    if (z) { applyFoldedRzz(b, ins.qubits[0], ins.qubits[1], z.angleRad); continue; }
    if (ins.condition || ins.op.name !== 'cx' || ins.op.def.category !== 'unitary') {
      b.apply(ins.op, ins.qubits, { clbits: ins.clbits, condition: ins.condition });
      continue;
    }
    const [c, t] = ins.qubits;
    for (const [g, a, on] of spec.steps) b.apply(makeStdGate(g, a), on === 'c' ? [c] : on === 't' ? [t] : [c, t]);
    b.addGlobalPhase(spec.phaseRad);
  }
  return resynthesizeSingleQubitRuns(b.build(), spec.basis).circuit;
}

interface ZzRotation { readonly rzIndex: number; readonly secondCxIndex: number; readonly angleRad: number }

const isPlain = (ins: Instruction): boolean => !ins.condition && ins.op.def.category === 'unitary';

/**
 * The ZZ rotations CX(a,b)·Rz_b(θ)·CX(a,b) = RZZ(θ) of a Nam-basis circuit, keyed by the index of
 * the first CX: the next instruction touching a or b must be that Rz on b, and the one after it
 * touching a or b the same CX (instructions on other qubits in between commute with all three).
 */
function findZzRotations(list: readonly Instruction[]): Map<number, ZzRotation> {
  const out = new Map<number, ZzRotation>();
  const used = new Set<number>();
  const nextOn = (from: number, a: number, b: number): number => {
    for (let j = from; j < list.length; j++) if (list[j].qubits.some((q) => q === a || q === b) || (list[j].condition !== undefined)) return j;
    return -1;
  };
  for (let i = 0; i < list.length; i++) {
    const cx = list[i];
    if (used.has(i) || cx.op.name !== 'cx' || !isPlain(cx)) continue;
    const [a, b] = cx.qubits;
    const j = nextOn(i + 1, a, b);
    if (j < 0 || used.has(j) || list[j].op.name !== 'rz' || !isPlain(list[j]) || list[j].qubits[0] !== b) continue;
    const k = nextOn(j + 1, a, b);
    if (k < 0 || used.has(k) || list[k].op.name !== 'cx' || !isPlain(list[k]) || list[k].qubits[0] !== a || list[k].qubits[1] !== b) continue;
    out.set(i, { rzIndex: j, secondCxIndex: k, angleRad: list[j].op.angles[0] });
    used.add(i); used.add(j); used.add(k);
  }
  return out;
}

/**
 * RZZ(θ) = exp(−iθ/2·Z⊗Z) with IBM's fractional-gate restriction 0 < θ ≤ π/2, by this folding rule:
 * θ is reduced to (−π, π]; if |θ| > π/2, RZZ(θ) = RZZ(θ − sπ)·RZZ(sπ) with s = sign θ and
 * RZZ(sπ) = e^{isπ/2}·Rz(π)⊗Rz(π); a negative remainder uses RZZ(−φ) = X_a·RZZ(φ)·X_a; a zero
 * angle writes nothing. Exact, global phase included.
 */
function applyFoldedRzz(b: CircuitBuilder, qa: number, qb: number, thetaRad: number): void {
  let t = thetaRad - 2 * PI * Math.round(thetaRad / (2 * PI));
  if (t <= -PI) t += 2 * PI;
  if (Math.abs(t) > PI / 2) {
    const s = Math.sign(t);
    b.apply(makeStdGate('rz', [PI]), [qa]).apply(makeStdGate('rz', [PI]), [qb]);
    b.addGlobalPhase(s * PI / 2);
    t -= s * PI;
  }
  if (Math.abs(t) < 1e-15) return;
  if (t < 0) b.apply(makeStdGate('x'), [qa]).apply(makeStdGate('rzz', [-t]), [qa, qb]).apply(makeStdGate('x'), [qa]);
  else b.apply(makeStdGate('rzz', [t]), [qa, qb]);
}
