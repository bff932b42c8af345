/**
 * Simulator benchmark (`npm run bench:sim`): state-vector time per circuit against the
 * memory-bandwidth floor (one read+write pass over the state, measured in the same run) and,
 * at n = 16, against the independent `quantum-circuit` package. Writes bench/results/sim.json.
 *
 * Circuits: (a) H and rz on every qubit, then an n-qubit QFT (cp ladder + final swaps);
 * (b) 4 layers of [H on all, CX chain, rz on all]. n = 16, 20, 22, 24, plus the layered circuit
 * at 28 qubits (4 GiB state) with the peak RSS.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Circuit, CircuitBuilder } from '../src/ir';
import { makeStdGate } from '../src/ops';
import { StateVector, compileCircuit, scaleInPlace, statevector, unitaryOf, zeroState } from '../src/sim';

function qftCircuit(n: number): Circuit {
  const b = CircuitBuilder.withQubits(n);
  for (let q = 0; q < n; q++) { b.apply(makeStdGate('h'), [q]); b.apply(makeStdGate('rz', [0.1 + 0.37 * q]), [q]); }
  for (let j = n - 1; j >= 0; j--) {
    b.apply(makeStdGate('h'), [j]);
    for (let k = j - 1; k >= 0; k--) b.apply(makeStdGate('cp', [Math.PI / 2 ** (j - k)]), [k, j]);
  }
  for (let q = 0; q < n >> 1; q++) b.apply(makeStdGate('swap'), [q, n - 1 - q]);
  return b.build();
}

function layeredCircuit(n: number, layers = 4): Circuit {
  const b = CircuitBuilder.withQubits(n);
  for (let l = 0; l < layers; l++) {
    for (let q = 0; q < n; q++) b.apply(makeStdGate('h'), [q]);
    for (let q = 0; q + 1 < n; q++) b.apply(makeStdGate('cx'), [q, q + 1]);
    for (let q = 0; q < n; q++) b.apply(makeStdGate('rz', [0.2 + 0.11 * q + l]), [q]);
  }
  return b.build();
}

/** The same circuit as OpenQASM 2 text using only names quantum-circuit knows (h, rz, cu1, cx, swap). */
function toQcQasm(c: Circuit): string {
  const lines = ['OPENQASM 2.0;', 'include "qelib1.inc";', `qreg q[${c.numQubits}];`];
  for (const ins of c.instructions) {
    const name = ins.op.name === 'cp' ? 'cu1' : ins.op.name;
    const args = ins.op.angles.length ? `(${ins.op.angles.map((a) => a.toPrecision(17)).join(',')})` : '';
    lines.push(`${name}${args} ${ins.qubits.map((q) => `q[${q}]`).join(',')};`);
  }
  return lines.join('\n') + '\n';
}

function seconds(f: () => void): number {
  const t = process.hrtime.bigint();
  f();
  return Number(process.hrtime.bigint() - t) / 1e9;
}

function bestOf(reps: number, f: () => void): number {
  let best = Infinity;
  for (let r = 0; r < reps; r++) best = Math.min(best, seconds(f));
  return best;
}

/** One read+write pass over both arrays (scale by a constant): the bandwidth floor per gate. */
function statePassSeconds(s: StateVector, reps: number): number {
  return bestOf(reps, () => scaleInPlace(s, 1.0000001, 0));
}

function quantumCircuitSeconds(c: Circuit): number | null {
  let QC: new () => { importQASM(t: string, cb: (errs: unknown[]) => void): void; run(): void };
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    QC = require('quantum-circuit');
  } catch {
    return null;
  }
  const qc = new QC();
  let errors: unknown[] = [];
  qc.importQASM(toQcQasm(c), (errs) => { errors = errs ?? []; });
  if (errors.length) throw new Error(`quantum-circuit could not import the benchmark QASM: ${JSON.stringify(errors)}`);
  return seconds(() => qc.run());
}

interface Row {
  circuit: string; numQubits: number; gates: number; kernelSteps: number;
  oursSec: number; oursUnfusedSec: number | null; statePassSec: number;
  perGateSec: number; perGateOverPass: number; qcSec: number | null; speedupVsQc: number | null;
}

function main(): void {
  const rows: Row[] = [];
  const sizes = (process.env.QN_BENCH_SIM_SIZES ?? '16,20,22,24').split(',').map(Number);
  const bigN = Number(process.env.QN_BENCH_SIM_BIG ?? 28);
  const cases: Array<[string, (n: number) => Circuit]> = [['qft', qftCircuit], ['layered', layeredCircuit]];
  for (const n of sizes) {
    const probe = zeroState(n);
    const pass = statePassSeconds(probe, n >= 24 ? 5 : 10);
    for (const [name, make] of cases) {
      const c = make(n);
      const reps = n <= 20 ? 3 : 2;
      statevector(c); // warm-up (JIT) and compile cache
      const ours = bestOf(reps, () => statevector(c));
      const unfused = n <= 24 ? bestOf(reps, () => statevector(c, { fuse: false })) : null;
      const qc = n === 16 ? quantumCircuitSeconds(c) : null;
      const gates = c.instructions.length;
      rows.push({
        circuit: name, numQubits: n, gates, kernelSteps: compileCircuit(c).steps.length,
        oursSec: ours, oursUnfusedSec: unfused, statePassSec: pass,
        perGateSec: ours / gates, perGateOverPass: ours / gates / pass,
        qcSec: qc, speedupVsQc: qc === null ? null : qc / ours,
      });
      printRow(rows[rows.length - 1]);
    }
  }
  // Unitary extraction for the optimizer's equivalence checks: 8 qubits, 4 layers (~100 gates).
  const u8 = layeredCircuit(8, 4);
  unitaryOf(u8);
  const unitary8Sec = bestOf(5, () => unitaryOf(u8));
  console.log(`unitaryOf: 8 qubits, ${u8.instructions.length} gates: ${(unitary8Sec * 1e3).toFixed(2)} ms`);
  let big: Record<string, number> | null = null;
  if (bigN > 0) {
    const c = layeredCircuit(bigN);
    const sec = seconds(() => statevector(c));
    const rssGiB = process.resourceUsage().maxRSS * 1024 / 1024 ** 3;
    big = { numQubits: bigN, gates: c.instructions.length, seconds: sec, peakRssGiB: rssGiB, stateGiB: 16 * 2 ** bigN / 1024 ** 3 };
    console.log(`layered n=${bigN}: ${sec.toFixed(2)} s, peak RSS ${rssGiB.toFixed(2)} GiB (state ${big.stateGiB} GiB)`);
  }
  const out = { generatedAt: new Date().toISOString(), node: process.version, rows, unitary8: { gates: u8.instructions.length, seconds: unitary8Sec }, big };
  const file = path.join(process.cwd(), 'bench', 'results', 'sim.json');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(out, null, 2) + '\n');
  console.log(`wrote ${file}`);
}

let headerPrinted = false;
function printRow(r: Row): void {
  if (!headerPrinted) {
    console.log('circuit   n  gates steps   ours[s]  unfused[s]  pass[s]  gate/pass  qc[s]    ours vs qc');
    headerPrinted = true;
  }
  const f = (x: number | null, d = 4) => (x === null ? '-' : x.toFixed(d));
  console.log(`${r.circuit.padEnd(8)} ${String(r.numQubits).padStart(2)} ${String(r.gates).padStart(6)} ${String(r.kernelSteps).padStart(5)}  ` +
    `${f(r.oursSec).padStart(8)}  ${f(r.oursUnfusedSec).padStart(9)}  ${f(r.statePassSec, 5).padStart(7)}  ${r.perGateOverPass.toFixed(2).padStart(8)}  ` +
    `${f(r.qcSec, 2).padStart(6)}  ${r.speedupVsQc === null ? '-' : r.speedupVsQc.toFixed(0) + 'x'}`);
}

main();
