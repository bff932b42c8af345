import { StateVector } from '../../src/sim';

/** The parts of the `quantum-circuit` npm package (an independent JS simulator) we use. */
interface QcInstance {
  numQubits: number;
  state: Record<string, { re: number; im: number }>;
  importQASM(text: string, cb: (errors: unknown[]) => void): void;
  run(): void;
}

/**
 * Simulate OpenQASM 2 text with the `quantum-circuit` package and return its final state on
 * `numQubits` qubits. Its bit order: qubit 0 is the least significant bit of the state key (checked
 * in crossCheck.test.ts with single X gates). Throws if the import reports errors.
 */
export function quantumCircuitState(qasm: string, numQubits: number): StateVector {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const QuantumCircuit = require('quantum-circuit') as new () => QcInstance;
  const qc = new QuantumCircuit();
  let errors: unknown[] = [];
  qc.importQASM(qasm, (errs) => { errors = errs ?? []; });
  if (errors.length) throw new Error(`quantum-circuit could not import the QASM: ${JSON.stringify(errors)}\n${qasm.slice(0, 2000)}`);
  qc.run();
  const dim = 2 ** numQubits;
  const re = new Float64Array(dim), im = new Float64Array(dim);
  for (const [k, v] of Object.entries(qc.state)) {
    const i = Number(k);
    if (!(i < dim)) throw new Error(`quantum-circuit state index ${k} is outside ${numQubits} qubits`);
    re[i] = v.re; im[i] = v.im;
  }
  return { numQubits, re, im };
}

/** max_i |a_i − e^{iφ} b_i| with φ aligning b to a (from ⟨b|a⟩); Infinity if the overlap is 0. */
export function maxDiffUpToPhase(a: StateVector, b: StateVector): number {
  let tr = 0, ti = 0;
  for (let i = 0; i < a.re.length; i++) {
    tr += b.re[i] * a.re[i] + b.im[i] * a.im[i];
    ti += b.re[i] * a.im[i] - b.im[i] * a.re[i];
  }
  const mag = Math.hypot(tr, ti);
  if (mag === 0) return Infinity;
  const pr = tr / mag, pi = ti / mag;
  let m = 0;
  for (let i = 0; i < a.re.length; i++) {
    const br = b.re[i] * pr - b.im[i] * pi, bi = b.re[i] * pi + b.im[i] * pr;
    m = Math.max(m, Math.hypot(a.re[i] - br, a.im[i] - bi));
  }
  return m;
}
