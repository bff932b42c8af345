import { EmitUnsupportedError } from '../errors';
import { Condition, Register, locateInRegister } from '../ir';

/** Largest k tried when printing an angle as a multiple of π/2^k. */
const MAX_POW2_DENOMINATOR_EXP = 20;

/**
 * Deterministic, round-trippable text of an angle (radians) for OpenQASM. Rule: 0 prints as
 * `0`; an exact dyadic multiple n·π/2^k (the smallest such k ≤ 20, checked by re-evaluating the
 * printed expression in double precision exactly as the parsers do) prints as `pi`, `-pi/2`,
 * `3*pi/8`, `2*pi`; any other value prints as JavaScript's shortest round-trip decimal, with
 * `.0` inserted when it has no decimal point (OpenQASM 2 reals need one): `0.1`, `1.0e-7`.
 */
export function formatAngle(angleRad: number): string {
  if (!Number.isFinite(angleRad)) throw new EmitUnsupportedError(`cannot print the non-finite angle ${angleRad}`);
  if (angleRad === 0) return '0';
  const r = angleRad / Math.PI;
  for (let k = 0; k <= MAX_POW2_DENOMINATOR_EXP; k++) {
    const den = 2 ** k;
    const n = Math.round(r * den);
    if (n === 0 || Math.abs(n) > 2 ** 40) continue;
    const an = Math.abs(n);
    const num = an === 1 ? Math.PI : an * Math.PI;
    const value = (n < 0 ? -1 : 1) * (k === 0 ? num : num / den);
    if (value !== angleRad) continue;
    const sign = n < 0 ? '-' : '';
    const head = an === 1 ? 'pi' : `${an}*pi`;
    return k === 0 ? `${sign}${head}` : `${sign}${head}/${den}`;
  }
  return formatReal(angleRad);
}

/** Shortest round-trip decimal of a finite number, always with a decimal point (`2.0`, `1.0e-7`). */
export function formatReal(x: number): string {
  const s = String(x);
  if (s.includes('.')) return s;
  const e = s.indexOf('e');
  return e < 0 ? `${s}.0` : `${s.slice(0, e)}.0${s.slice(e)}`;
}

/** Operand names `reg[i]` of every qubit (or clbit) of a circuit, by global index. */
export function operandNames(regs: readonly Register[], count: number, what: string): readonly string[] {
  const out: string[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const loc = locateInRegister(regs, i);
    if (!loc) throw new EmitUnsupportedError(`${what} ${i} belongs to no register; add registers covering all ${what}s`);
    out[i] = `${loc.reg.name}[${loc.local}]`;
  }
  return out;
}

/** The classical register a condition covers exactly (all its bits, in order), if any. */
export function wholeRegisterOf(cregs: readonly Register[], cond: Condition): Register | undefined {
  const bits = cond.clbits;
  for (const r of cregs) {
    if (r.size !== bits.length || r.size === 0) continue;
    let ok = true;
    for (let i = 0; i < r.size; i++) if (bits[i] !== r.offset + i) { ok = false; break; }
    if (ok) return r;
  }
  return undefined;
}
