/**
 * Direct evaluation of single-qubit QSP products in the Wx convention:
 *
 *     U_Φ(x) = e^{iφ₀Z} ∏_{j=1}^{d} [ W(x) e^{iφ_j Z} ],   W(x) = e^{i·arccos(x)·X} = [[x, i√(1−x²)], [i√(1−x²), x]].
 *
 * Every factor is in SU(2), so the running product is kept as its first row (α, β) of
 * [[α, β], [−β*, α*]]: O(d) per point, no allocation in the loop.
 *
 * Reference: Gilyén, Su, Low, Wiebe, "Quantum singular value transformation and beyond", STOC 2019,
 * Theorem 3 (Wx convention); Dong, Meng, Whaley, Lin, PRA 103, 042419 (2021), Eq. (1).
 */
import { InvalidArgumentError } from '../../errors';

/** A complex number as a plain pair. */
export interface QspComplex {
  readonly re: number;
  readonly im: number;
}

/** The SU(2) matrix U_Φ(x) = [[u00, u01], [−conj(u01), conj(u00)]] given by its first row. */
export interface QspMatrix {
  readonly u00: QspComplex;
  readonly u01: QspComplex;
}

function checkX(x: number): void {
  if (!(x >= -1 && x <= 1)) throw new InvalidArgumentError(`QSP signal x must lie in [-1, 1], got ${x}`, { x });
}

/** First row (u00, u01) of U_Φ(x) in the Wx convention; phases φ₀..φ_d in radians. */
export function qspMatrix(phases: ArrayLike<number>, x: number): QspMatrix {
  checkX(x);
  if (phases.length < 1) throw new InvalidArgumentError('QSP needs at least one phase');
  const s = Math.sqrt(Math.max(0, 1 - x * x));
  let ar = Math.cos(phases[0]), ai = Math.sin(phases[0]);
  let br = 0, bi = 0;
  for (let j = 1; j < phases.length; j++) {
    // (α, β) ← (α, β)·W:  α' = αx + iβs,  β' = iαs + βx
    const nar = ar * x - bi * s, nai = ai * x + br * s;
    const nbr = br * x - ai * s, nbi = bi * x + ar * s;
    // (α, β) ← (α, β)·diag(e^{iφ}, e^{−iφ})
    const c = Math.cos(phases[j]), sn = Math.sin(phases[j]);
    ar = nar * c - nai * sn; ai = nar * sn + nai * c;
    br = nbr * c + nbi * sn; bi = nbi * c - nbr * sn;
  }
  return { u00: { re: ar, im: ai }, u01: { re: br, im: bi } };
}

/** ⟨0|U_Φ(x)|0⟩ in the Wx convention. Its real part is the QSP polynomial P(x). */
export function evaluateQsp(phases: ArrayLike<number>, x: number): QspComplex {
  return qspMatrix(phases, x).u00;
}
