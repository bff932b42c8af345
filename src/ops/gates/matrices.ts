import { CMatrix, fromRowsC } from '../../math/complexMatrix';

/**
 * 2×2 target matrices of the standard single-qubit gates (angles in radians).
 * U(θ,φ,λ) follows the OpenQASM 2/3 definition:
 *   [[cos(θ/2), −e^{iλ} sin(θ/2)], [e^{iφ} sin(θ/2), e^{i(φ+λ)} cos(θ/2)]].
 */
export function uMatrix(thetaRad: number, phiRad: number, lambdaRad: number): CMatrix {
  const c = Math.cos(thetaRad / 2), s = Math.sin(thetaRad / 2);
  return fromRowsC([
    [[c, 0], [-Math.cos(lambdaRad) * s, -Math.sin(lambdaRad) * s]],
    [[Math.cos(phiRad) * s, Math.sin(phiRad) * s], [Math.cos(phiRad + lambdaRad) * c, Math.sin(phiRad + lambdaRad) * c]],
  ]);
}

/** diag(e^{iaRad}, e^{ibRad}). */
export function diag2(aRad: number, bRad: number): CMatrix {
  return fromRowsC([
    [[Math.cos(aRad), Math.sin(aRad)], 0],
    [0, [Math.cos(bRad), Math.sin(bRad)]],
  ]);
}

const R2 = Math.SQRT1_2;
export const I2 = fromRowsC([[1, 0], [0, 1]]);
export const X2 = fromRowsC([[0, 1], [1, 0]]);
export const Y2 = fromRowsC([[0, [0, -1]], [[0, 1], 0]]);
export const Z2 = fromRowsC([[1, 0], [0, -1]]);
export const H2 = fromRowsC([[R2, R2], [R2, -R2]]);
export const SX2 = fromRowsC([[[0.5, 0.5], [0.5, -0.5]], [[0.5, -0.5], [0.5, 0.5]]]);
export const SXDG2 = fromRowsC([[[0.5, -0.5], [0.5, 0.5]], [[0.5, 0.5], [0.5, -0.5]]]);

/** exp(−iθ/2·X). */
export function rxMatrix(thetaRad: number): CMatrix {
  const c = Math.cos(thetaRad / 2), s = Math.sin(thetaRad / 2);
  return fromRowsC([[c, [0, -s]], [[0, -s], c]]);
}

/** exp(−iθ/2·Y). */
export function ryMatrix(thetaRad: number): CMatrix {
  const c = Math.cos(thetaRad / 2), s = Math.sin(thetaRad / 2);
  return fromRowsC([[c, -s], [s, c]]);
}

/** exp(−iθ/2·Z). */
export function rzMatrix(thetaRad: number): CMatrix {
  return diag2(-thetaRad / 2, thetaRad / 2);
}

/** SWAP on two qubits. */
export const SWAP4 = fromRowsC([[1, 0, 0, 0], [0, 0, 1, 0], [0, 1, 0, 0], [0, 0, 0, 1]]);

/** exp(−iθ/2·X⊗X). */
export function rxxMatrix(thetaRad: number): CMatrix {
  const c = Math.cos(thetaRad / 2), s = Math.sin(thetaRad / 2);
  const m: [number, number][][] = [0, 1, 2, 3].map(() => [0, 1, 2, 3].map(() => [0, 0] as [number, number]));
  for (let i = 0; i < 4; i++) { m[i][i] = [c, 0]; m[i][3 - i] = [0, -s]; }
  return fromRowsC(m);
}

/** exp(−iθ/2·Y⊗Y). */
export function ryyMatrix(thetaRad: number): CMatrix {
  const c = Math.cos(thetaRad / 2), s = Math.sin(thetaRad / 2);
  return fromRowsC([
    [c, 0, 0, [0, s]],
    [0, c, [0, -s], 0],
    [0, [0, -s], c, 0],
    [[0, s], 0, 0, c],
  ]);
}

/** exp(−iθ/2·Z⊗Z), diagonal. */
export function rzzMatrix(thetaRad: number): CMatrix {
  const a = -thetaRad / 2, b = thetaRad / 2;
  const e = (x: number): [number, number] => [Math.cos(x), Math.sin(x)];
  return fromRowsC([[e(a), 0, 0, 0], [0, e(b), 0, 0], [0, 0, e(b), 0], [0, 0, 0, e(a)]]);
}

/**
 * Echoed cross-resonance gate (IBM Eagle's native two-qubit gate):
 * ECR = RZX(π/4)·X₀·RZX(−π/4) applied in that order = (1/√2)(X₁ − X₀Y₁)… written out on
 * operand bits (operand 0 = bit 0): 1/√2 [[0,1,0,i],[1,0,−i,0],[0,i,0,1],[−i,0,1,0]]
 * (Qiskit's ECRGate matrix; the registry test checks it against the decomposition).
 */
export const ECR4 = fromRowsC([
  [0, R2, 0, [0, R2]],
  [R2, 0, [0, -R2], 0],
  [0, [0, R2], 0, R2],
  [[0, -R2], 0, R2, 0],
]);

/** IonQ GPi(φ) = [[0, e^{−iφ}], [e^{iφ}, 0]] (φ in radians; IonQ's API states it in turns). */
export function gpiMatrix(phiRad: number): CMatrix {
  return fromRowsC([[0, [Math.cos(phiRad), -Math.sin(phiRad)]], [[Math.cos(phiRad), Math.sin(phiRad)], 0]]);
}

/**
 * exp(−iθ/2·(cos φ·X + sin φ·Y)) = [[cos θ/2, −i e^{−iφ} sin θ/2], [−i e^{iφ} sin θ/2, cos θ/2]]:
 * Quantinuum's U1q(θ, φ); IonQ's GPi2(φ) is U1q(π/2, φ).
 */
export function u1qMatrix(thetaRad: number, phiRad: number): CMatrix {
  const c = Math.cos(thetaRad / 2), s = Math.sin(thetaRad / 2);
  return fromRowsC([
    [c, [-Math.sin(phiRad) * s, -Math.cos(phiRad) * s]],
    [[Math.sin(phiRad) * s, -Math.cos(phiRad) * s], c],
  ]);
}

/**
 * IonQ's fully entangling Mølmer–Sørensen gate MS(φ₀, φ₁) = exp(−iπ/4·σ_{φ₀}⊗σ_{φ₁}) with
 * σ_φ = cos φ·X + sin φ·Y on operand 0 and 1 (angles in radians; IonQ states them in turns).
 */
export function msMatrix(phi0Rad: number, phi1Rad: number): CMatrix {
  const e = (x: number): [number, number] => [R2 * Math.sin(x), -R2 * Math.cos(x)]; // −i·e^{ix}/√2
  return fromRowsC([
    [R2, 0, 0, e(-phi0Rad - phi1Rad)],
    [0, R2, e(phi0Rad - phi1Rad), 0],
    [0, e(phi1Rad - phi0Rad), R2, 0],
    [e(phi0Rad + phi1Rad), 0, 0, R2],
  ]);
}
