import { Circuit, CircuitBuilder } from '../../ir';
import { makeStdGate } from '../../ops';
import { SingleQubitBasis, resynthesizeSingleQubitRuns } from '../resynthesizeSingleQubit';
import { DeviceTargetName } from './gateSets';

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
  if (target === 'braket') return nam;
  const spec = CX_AS[target];
  const b = new CircuitBuilder();
  for (const r of nam.qregs) b.addQreg(r.name, r.size);
  for (const r of nam.cregs) b.addCreg(r.name, r.size);
  b.addGlobalPhase(nam.globalPhaseRad);
  for (const ins of nam.instructions) {
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
