import { Circuit, CircuitBuilder } from '../ir';
import { Pass, makePass } from './pass';

/**
 * If the gate is the identity up to a global phase, that phase (radians); else undefined.
 * Uses the gate's fast-path spec: an uncontrolled target ∝ I, or a controlled target equal to I.
 */
function identityPhaseRad(c: Circuit['instructions'][number]): number | undefined {
  const op = c.op;
  if (op.def.category !== 'unitary' || c.condition || !op.def.gateSpec) return undefined;
  const g = op.def.gateSpec(op);
  const m = g.target, n = m.dim;
  const r0 = m.re[0], i0 = m.im[0];
  if (Math.abs(Math.hypot(r0, i0) - 1) > 1e-12) return undefined;
  for (let r = 0; r < n; r++) for (let k = 0; k < n; k++) {
    const er = r === k ? r0 : 0, ei = r === k ? i0 : 0;
    if (Math.abs(m.re[r * n + k] - er) > 1e-12 || Math.abs(m.im[r * n + k] - ei) > 1e-12) return undefined;
  }
  const phase = Math.atan2(i0, r0);
  if (g.numControls > 0 && Math.abs(phase) > 1e-12) return undefined;
  return phase;
}

/**
 * Pass: remove gates that act as the identity (id, rz(0), rz(4π), p(2π), u3(0,0,0), cp(0), …),
 * moving any global phase they carry (e.g. rz(2π) = −I) into the circuit's global phase.
 */
export const removeIdentities: Pass = makePass({
  name: 'removeIdentities', requires: [], ensures: [], preserves: 'all',
  run(circuit: Circuit) {
    const b = new CircuitBuilder();
    for (const r of circuit.qregs) b.addQreg(r.name, r.size);
    for (const r of circuit.cregs) b.addCreg(r.name, r.size);
    let removed = 0;
    let phase = circuit.globalPhaseRad;
    for (const ins of circuit.instructions) {
      const p = identityPhaseRad(ins);
      if (p !== undefined) { removed++; phase += p; continue; }
      b.apply(ins.op, ins.qubits, { clbits: ins.clbits, condition: ins.condition });
    }
    b.addGlobalPhase(phase);
    return removed ? { circuit: b.build(), changed: true } : { circuit, changed: false };
  },
});
