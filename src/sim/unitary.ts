import { Circuit, Op, circuitOfOp } from '../ir';
import type { CMatrix } from '../math/complexMatrix';
import { InvalidCircuitError } from '../errors';
import { controlledMatrix } from '../ops/gates/controlled';
import { assertStateFits } from './budget';
import { assertNormPreserved } from './normCheck';
import { CompileOptions, compileCircuit } from './compile';
import { applyUnitaryStep, makeScratch } from './execute';
import type { SimProgram } from './program';

/** Widest circuit {@link unitaryOf} accepts (the result has 4^n entries). */
export const MAX_UNITARY_QUBITS = 12;

/** Options of {@link unitaryOf}. */
export interface UnitaryOptions extends CompileOptions {
  readonly memoryBudgetBytes?: number;
}

const OP_PROGRAMS = new WeakMap<Op, SimProgram>();

/**
 * The unitary of a circuit of ≤ 12 qubits (including its global phase), row-major, operand
 * convention of math/complexMatrix.ts (qubit q = bit q of the row/column index).
 *
 * Every basis column is simulated, all at once: the matrix is stored column-major as one state
 * vector on 2n qubits (index = column·2^n + row, starting from vec(I)), so each gate is one
 * kernel call over 4^n amplitudes acting on the low n qubits. Throws InvalidCircuitError for
 * measurements, resets or classically conditioned ops.
 */
export function unitaryOf(circuit: Circuit, opts: UnitaryOptions = {}): CMatrix {
  if (circuit.numQubits > MAX_UNITARY_QUBITS) {
    throw new InvalidCircuitError(`unitary of a ${circuit.numQubits}-qubit circuit is too large (max ${MAX_UNITARY_QUBITS} qubits); compare states instead`);
  }
  return unitaryOfProgram(compileCircuit(circuit, opts), opts.memoryBudgetBytes);
}

/**
 * The unitary of one op (operand j = bit j), fast: from its gateSpec when it has one, else by
 * simulating its decomposition (compiled once per op object). For equivalence checks of small
 * ops (≤ 12 qubits).
 */
export function unitaryOfOpFast(op: Op): CMatrix {
  if (op.def.category !== 'unitary') throw new InvalidCircuitError(`'${op.name}' is not unitary`);
  if (op.numQubits > MAX_UNITARY_QUBITS) {
    throw new InvalidCircuitError(`unitary of '${op.name}' on ${op.numQubits} qubits is too large (max ${MAX_UNITARY_QUBITS})`);
  }
  if (op.def.gateSpec) {
    const g = op.def.gateSpec(op);
    return controlledMatrix(g.numControls, g.target);
  }
  let p = OP_PROGRAMS.get(op);
  if (!p) {
    p = compileCircuit(circuitOfOp(op));
    OP_PROGRAMS.set(op, p);
  }
  return unitaryOfProgram(p);
}

function unitaryOfProgram(p: SimProgram, memoryBudgetBytes?: number): CMatrix {
  const n = p.numQubits;
  for (const s of p.steps) {
    if (s.kind === 'measure' || s.kind === 'reset' || s.condition) {
      throw new InvalidCircuitError(`cannot take the unitary of a circuit with ${s.condition ? 'classically conditioned ops' : `'${s.kind}'`}`);
    }
  }
  assertStateFits(2 * n, memoryBudgetBytes, 1, `unitary of a ${n}-qubit circuit`);
  const dim = 2 ** n;
  const re = new Float64Array(dim * dim), im = new Float64Array(dim * dim);
  for (let c = 0; c < dim; c++) re[c * dim + c] = 1;
  const state = { numQubits: 2 * n, re, im };
  const scratch = makeScratch();
  for (const s of p.steps) applyUnitaryStep(state, s, scratch);
  // vec(U) has ‖·‖² = dim (one unit column per basis state) exactly when U is unitary.
  assertNormPreserved(state, dim, 'unitary');
  // Transpose column-major → row-major in place (no second 4^n allocation).
  for (let c = 0; c < dim; c++) {
    for (let r = c + 1; r < dim; r++) {
      const a = c * dim + r, b = r * dim + c;
      const tr = re[a], ti = im[a];
      re[a] = re[b]; im[a] = im[b];
      re[b] = tr; im[b] = ti;
    }
  }
  return { dim, re, im };
}
