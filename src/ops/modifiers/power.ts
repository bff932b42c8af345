import { InvalidArgumentError } from '../../errors';
import { Circuit, CircuitBuilder, GateSpec, Op, OpCount, OpDef, makeOp } from '../../ir';
import { CMatrix, identityC, mulC } from '../../math/complexMatrix';
import { controlledMatrix } from '../gates/controlled';
import { makeMultiControlled } from '../gates/multiControlled';
import { makeStdGate } from '../gates/stdGates';
import { invertOp } from '../inverse';
import { unitaryOfOp } from '../unitaryOf';
import { makeControlled } from './controlled';
import { powerOf2x2Unitary, u3OfMatrix } from './su2';

/** Parameters of a power op: `inner` raised to `exponent`. */
export interface PowerParams {
  readonly inner: Op;
  readonly exponent: number;
}

/**
 * Integer power g^n (OpenQASM 3 `pow(n) @ g`): n copies of g (of g⁻¹ for n < 0; nothing for
 * n = 0).
 */
export const POWER_DEF: OpDef<PowerParams> = Object.freeze({
  name: 'pow',
  category: 'unitary' as const,
  summary: 'integer power g^n by repetition',
  decompose: (op: Op<PowerParams>): Circuit => {
    const { inner, exponent } = op.params;
    const g = exponent < 0 ? invertOp(inner) : inner;
    const qs = Array.from({ length: op.numQubits }, (_, i) => i);
    const b = CircuitBuilder.withQubits(op.numQubits);
    for (let i = 0; i < Math.abs(exponent); i++) b.apply(g, qs);
    return b.build();
  },
  calls: (op: Op<PowerParams>): readonly OpCount[] => {
    const { inner, exponent } = op.params;
    return exponent === 0 ? [] : [{ op: exponent < 0 ? invertOp(inner) : inner, count: Math.abs(exponent) }];
  },
  unitary: (op: Op<PowerParams>): CMatrix => {
    const { inner, exponent } = op.params;
    // Repeated squaring: O(log |n|) products, so pow(1e12) @ g costs 40 multiplications, not 10^12.
    let base = unitaryOfOp(exponent < 0 ? invertOp(inner) : inner);
    let u = identityC(base.dim);
    for (let k = Math.abs(exponent); k >= 1; k = Math.floor(k / 2)) {
      if (k % 2 === 1) u = mulC(base, u);
      if (k >= 2) base = mulC(base, base);
    }
    return u;
  },
  inverse: (op: Op<PowerParams>): Op => makePower(op.params.inner, -op.params.exponent),
  examples: () => [makePower(makeStdGate('rccx'), 3), makePower(makeStdGate('ch'), -2), makePower(makeStdGate('h'), 0)],
});

function fractionalSpec(op: Op<PowerParams>): GateSpec {
  const g = op.params.inner.def.gateSpec!(op.params.inner);
  return { numControls: g.numControls, target: powerOf2x2Unitary(g.target, op.params.exponent), structure: g.structure === 'diagonal' ? 'diagonal' : 'general' };
}

/**
 * Fractional power g^p of a gate whose gateSpec has a single-qubit target T: the controls stay,
 * the target becomes the principal power T^p (eigen-decomposition, see su2.ts). Decomposes to
 * C^j(U3) with a phase gate on the controls (or a global phase when j = 0).
 */
export const FRACTIONAL_POWER_DEF: OpDef<PowerParams> = Object.freeze({
  name: 'powf',
  category: 'unitary' as const,
  summary: 'fractional power of a (controlled) single-qubit-target gate via eigen-decomposition',
  gateSpec: fractionalSpec,
  unitary: (op: Op<PowerParams>): CMatrix => { const s = fractionalSpec(op); return controlledMatrix(s.numControls, s.target); },
  decompose: (op: Op<PowerParams>): Circuit => {
    const s = fractionalSpec(op);
    const { thetaRad, phiRad, lambdaRad, phaseRad } = u3OfMatrix(s.target);
    const k = s.numControls;
    const b = CircuitBuilder.withQubits(op.numQubits);
    b.apply(makeControlled(makeStdGate('u3', [thetaRad, phiRad, lambdaRad]), k), Array.from({ length: op.numQubits }, (_, i) => i));
    if (k === 0) b.addGlobalPhase(phaseRad);
    else if (phaseRad !== 0) b.apply(makeMultiControlled('mcp', k - 1, [phaseRad]), Array.from({ length: k }, (_, i) => i));
    return b.build();
  },
  calls: (op: Op<PowerParams>): readonly OpCount[] => {
    const c = FRACTIONAL_POWER_DEF.decompose!(op);
    return c.instructions.map((ins) => ({ op: ins.op, count: 1 }));
  },
  examples: () => [makePower(makeStdGate('x'), 0.5), makePower(makeStdGate('cx'), 1 / 3), makePower(makeStdGate('h'), -0.25)],
});

/**
 * pow(p) @ op. Integer p: repetition (p = 1 gives op). Fractional p: only for ops whose
 * gateSpec target is a single-qubit matrix; otherwise an InvalidArgumentError.
 */
export function makePower(op: Op, exponent: number): Op {
  if (!Number.isFinite(exponent)) throw new InvalidArgumentError(`pow: exponent must be finite, got ${exponent}`);
  if (exponent === 1) return op;
  if (Number.isInteger(exponent)) {
    return makeOp(POWER_DEF, { name: `${op.name}_pow`, angles: op.angles, params: { inner: op, exponent }, numQubits: op.numQubits, paramsKey: `${exponent}|${op.key}` });
  }
  const g = op.def.gateSpec?.(op);
  if (!g || g.target.dim !== 2) {
    throw new InvalidArgumentError(`pow(${exponent}) @ ${op.name}: fractional powers are supported only for gates with a single-qubit target ` +
      `(e.g. x, h, rz, cx, ccx); use an integer power or rewrite the gate`, { op: op.name, exponent });
  }
  return makeOp(FRACTIONAL_POWER_DEF, { name: `${op.name}_pow`, angles: op.angles, params: { inner: op, exponent }, numQubits: op.numQubits, paramsKey: `${exponent}|${op.key}` });
}
