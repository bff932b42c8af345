import { NAM_INPUT_DIR } from '../fixtures/paths';
import * as fs from 'fs';
import { CircuitBuilder } from '../../src/ir';
import { makeRng } from '../../src/math/rng';
import { emitQasm2 } from '../../src/emit';
import { parseQasm2 } from '../../src/parse';
import { statevector } from '../../src/sim';
import { randomCircuit, randomU3Layer } from './randomCircuit';
import { maxDiffUpToPhase, quantumCircuitState } from './quantumCircuitRef';

/** Random circuit on n ≤ 8 qubits over the whole library, after a random u3 layer. */
export function crossCheckRandom(seed: number, n: number, numOps: number): number {
  const rng = makeRng(seed);
  const b = CircuitBuilder.withQubits(n);
  b.append(randomU3Layer(rng, n));
  b.append(randomCircuit(rng, n, numOps));
  const c = b.build();
  const ours = statevector(c);
  const theirs = quantumCircuitState(emitQasm2(c), n);
  return maxDiffUpToPhase(ours, theirs);
}

/** A Nam benchmark file (parsed by parseQasm2) from a random product state, both simulators. */
export function crossCheckNam(file: string, seed: number): number {
  const c0 = parseQasm2(fs.readFileSync(file, 'utf8'), { fileName: file });
  const rng = makeRng(seed);
  const b = CircuitBuilder.withQubits(c0.numQubits);
  b.append(randomU3Layer(rng, c0.numQubits));
  b.append(c0);
  const c = b.build();
  return maxDiffUpToPhase(statevector(c), quantumCircuitState(emitQasm2(c), c.numQubits));
}

export const NAM_DIR = NAM_INPUT_DIR;
