/**
 * Simulator benchmark (`npm run bench:sim`): state-vector time per circuit against the
 * memory-bandwidth floor (one read+write pass over the state, measured in the same run) and,
 * at n = 16, against the independent `quantum-circuit` package. Writes bench/results/sim.json.
 *
 * Circuits: (a) H and rz on every qubit, then an n-qubit QFT (cp ladder + final swaps);
 * (b) 4 layers of [H on all, CX chain, rz on all]; (c) brickwork: 8 layers of [u3 on all, CX on
 * alternating neighbour pairs]. n = 16, 20, 22, 24, plus the layered circuit
 * at 28 qubits (4 GiB state) with the peak RSS. Each is also run with cache blocks of
 * QN_BENCH_SIM_BLOCK qubits (default 14; fusion.ts) and the ratio to one state pass reported.
 *
 * Solver circuits: the QSVT circuits `compile` writes for N = 8 and 16 (QN_BENCH_SIM_SOLVER_N)
 * with the sparse-access and LCU encodings (QN_BENCH_SIM_ENCODINGS, or "all"), simulated with
 * --backend auto as `validate` does: backend, time (compile + run), peak support, fidelity with
 * the classical solve and success probability against the prediction.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Circuit, CircuitBuilder } from '../src/ir';
import { makeStdGate } from '../src/ops';
import { StateVector, compileCircuit, compileSparse, postselectedRun, scaleInPlace, statevector, unitaryOf, zeroState } from '../src/sim';
import { csrFromDense } from '../src/math/csrMatrix';
import { makeRng } from '../src/math/rng';
import { BLOCK_ENCODING_NAMES, classicalSolution, embedSolution, stateFidelity, synthesizeLinearSolver } from '../src/synth';

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

function brickworkCircuit(n: number, layers = 8): Circuit {
  const b = CircuitBuilder.withQubits(n);
  const rng = makeRng(12345);
  for (let l = 0; l < layers; l++) {
    for (let q = 0; q < n; q++) b.apply(makeStdGate('u3', [rng.next() * 6, rng.next() * 6, rng.next() * 6]), [q]);
    for (let q = l % 2; q + 1 < n; q += 2) b.apply(makeStdGate('cx'), [q, q + 1]);
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

/** Process CPU seconds of f (user + system): less disturbed than wall time on the shared machine. */
function cpuSeconds(f: () => void): number {
  const t = process.cpuUsage();
  f();
  const u = process.cpuUsage(t);
  return (u.user + u.system) / 1e6;
}

function bestCpuOf(reps: number, f: () => void): number {
  let best = Infinity;
  for (let r = 0; r < reps; r++) best = Math.min(best, cpuSeconds(f));
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
  /** Kernel steps after fusion (phase products, single-qubit runs) per input gate. */
  stepsPerGate: number;
  oursSec: number; oursUnfusedSec: number | null; statePassSec: number;
  perGateSec: number; perGateOverPass: number;
  /** The same ratio in process CPU time (one thread: insensitive to time slicing by other jobs). */
  cpuPerGateOverPass: number; qcSec: number | null; speedupVsQc: number | null;
  /** With cache blocks of `blockQubits` qubits (null when n ≤ blockQubits). */
  blockQubits: number; blockedSteps: number | null; blockedSec: number | null; blockedPerGateOverPass: number | null;
}

/** The SPD test matrix of the solver rows: diagonal 3 + 0.1·i, 0.7 on the first and 0.2 on the third off-diagonal. */
function spdMatrix(n: number) {
  const a: number[] = [];
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) a.push(i === j ? 3 + 0.1 * i : Math.abs(i - j) === 1 ? 0.7 : Math.abs(i - j) === 3 ? 0.2 : 0);
  return csrFromDense({ rows: n, cols: n, data: Float64Array.from(a) });
}

interface SolverRow {
  n: number; blockEncoding: string; qubits: number; gates: number; backend: string; seconds: number;
  peakSupport: number | null; prunedProbability: number | null; fidelity: number; successProbability: number; predictedSuccessProbability: number;
}

function solverRows(): SolverRow[] {
  const sizes = (process.env.QN_BENCH_SIM_SOLVER_N ?? '8,16').split(',').filter((x) => x !== '').map(Number);
  const encEnv = process.env.QN_BENCH_SIM_ENCODINGS ?? 'sparse,lcu';
  const encodings = encEnv === 'all' ? [...BLOCK_ENCODING_NAMES] : encEnv.split(',');
  const rows: SolverRow[] = [];
  console.log('QSVT solver circuits (auto backend, as validate):');
  console.log('   N  encoding         qubits    gates  backend  time[s]  peak support  fidelity   p(success) sim / predicted');
  for (const n of sizes) {
    for (const be of encodings) {
      const matrix = spdMatrix(n), rhs = new Float64Array(n).fill(1);
      const sc = synthesizeLinearSolver({ matrix, rhs }, { solver: 'qsvt', epsilon: 0.01, blockEncoding: be });
      const expected = embedSolution(sc.system, classicalSolution({ matrix, rhs }));
      const t = process.hrtime.bigint();
      const r = postselectedRun(sc.circuit, sc.postselectQubits, sc.postselectValues, { maxDenseQubits: 24 });
      const sec = Number(process.hrtime.bigint() - t) / 1e9;
      const row: SolverRow = {
        n, blockEncoding: be, qubits: sc.circuit.numQubits, gates: compileCircuitGateCount(sc.circuit), backend: r.backend, seconds: sec,
        peakSupport: r.sparseStats?.peakSupport ?? null, prunedProbability: r.sparseStats?.prunedProbability ?? null,
        fidelity: stateFidelity(expected, r.state.re, r.state.im), successProbability: r.probability, predictedSuccessProbability: sc.report.successProbability,
      };
      rows.push(row);
      console.log(`  ${String(n).padStart(2)}  ${be.padEnd(15)} ${String(row.qubits).padStart(6)} ${String(row.gates).padStart(8)}  ${row.backend.padEnd(7)} ${sec.toFixed(2).padStart(8)}  ` +
        `${String(row.peakSupport ?? '-').padStart(12)}  ${row.fidelity.toFixed(6)}  ${row.successProbability.toExponential(4)} / ${row.predictedSuccessProbability.toExponential(4)}`);
    }
  }
  return rows;
}

/** Gates of a circuit after decomposition to simulator kernels (before fusion), without simulating. */
function compileCircuitGateCount(c: Circuit): number {
  return compileSparse(c).gateCountBeforeFusion;
}

function main(): void {
  const rows: Row[] = [];
  const sizes = (process.env.QN_BENCH_SIM_SIZES ?? '16,20,22,24').split(',').map(Number);
  const bigN = Number(process.env.QN_BENCH_SIM_BIG ?? 28);
  const cases: Array<[string, (n: number) => Circuit]> = [['qft', qftCircuit], ['layered', layeredCircuit], ['brickwork', brickworkCircuit]];
  const blockQubits = Number(process.env.QN_BENCH_SIM_BLOCK ?? 14);
  for (const n of sizes) {
    const probe = zeroState(n);
    const pass = statePassSeconds(probe, n >= 24 ? 5 : 10);
    const cpuPass = bestCpuOf(n >= 24 ? 5 : 10, () => scaleInPlace(probe, 1.0000001, 0));
    for (const [name, make] of cases) {
      const c = make(n);
      const reps = n <= 20 ? 3 : 2;
      statevector(c); // warm-up (JIT) and compile cache
      const ours = bestOf(reps, () => statevector(c));
      const oursCpu = bestCpuOf(reps, () => statevector(c));
      const unfused = n <= 24 ? bestOf(reps, () => statevector(c, { fuse: false })) : null;
      const qc = n === 16 ? quantumCircuitSeconds(c) : null;
      const gates = c.instructions.length;
      let blockedSec: number | null = null, blockedSteps: number | null = null;
      if (n > blockQubits) {
        statevector(c, { blockQubits });
        blockedSec = bestOf(reps, () => statevector(c, { blockQubits }));
        blockedSteps = compileCircuit(c, { blockQubits }).steps.length;
      }
      rows.push({
        circuit: name, numQubits: n, gates, kernelSteps: compileCircuit(c).steps.length, stepsPerGate: compileCircuit(c).steps.length / gates,
        oursSec: ours, oursUnfusedSec: unfused, statePassSec: pass,
        perGateSec: ours / gates, perGateOverPass: ours / gates / pass, cpuPerGateOverPass: oursCpu / gates / cpuPass,
        qcSec: qc, speedupVsQc: qc === null ? null : qc / ours,
        blockQubits, blockedSteps, blockedSec, blockedPerGateOverPass: blockedSec === null ? null : blockedSec / gates / pass,
      });
      printRow(rows[rows.length - 1]);
    }
  }
  // Unitary extraction for the optimizer's equivalence checks: 8 qubits, 4 layers (~100 gates).
  const u8 = layeredCircuit(8, 4);
  unitaryOf(u8);
  const unitary8Sec = bestOf(5, () => unitaryOf(u8));
  console.log(`unitaryOf: 8 qubits, ${u8.instructions.length} gates: ${(unitary8Sec * 1e3).toFixed(2)} ms`);
  const solvers = solverRows();
  let big: Record<string, number> | null = null;
  if (bigN > 0) {
    const c = layeredCircuit(bigN);
    const sec = seconds(() => statevector(c));
    const rssGiB = process.resourceUsage().maxRSS * 1024 / 1024 ** 3;
    big = { numQubits: bigN, gates: c.instructions.length, seconds: sec, peakRssGiB: rssGiB, stateGiB: 16 * 2 ** bigN / 1024 ** 3 };
    console.log(`layered n=${bigN}: ${sec.toFixed(2)} s, peak RSS ${rssGiB.toFixed(2)} GiB (state ${big.stateGiB} GiB)`);
  }
  const out = { generatedAt: new Date().toISOString(), node: process.version, rows, unitary8: { gates: u8.instructions.length, seconds: unitary8Sec }, solvers, big };
  const file = path.join(process.cwd(), 'bench', 'results', 'sim.json');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(out, null, 2) + '\n');
  console.log(`wrote ${file}`);
}

let headerPrinted = false;
function printRow(r: Row): void {
  if (!headerPrinted) {
    console.log('circuit    n  gates steps   ours[s]  unfused[s]  pass[s]  gate/pass  cpu g/p  qc[s]    ours vs qc  blocks  blocked[s]  gate/pass');
    headerPrinted = true;
  }
  const f = (x: number | null, d = 4) => (x === null ? '-' : x.toFixed(d));
  console.log(`${r.circuit.padEnd(9)} ${String(r.numQubits).padStart(2)} ${String(r.gates).padStart(6)} ${String(r.kernelSteps).padStart(5)}  ` +
    `${f(r.oursSec).padStart(8)}  ${f(r.oursUnfusedSec).padStart(9)}  ${f(r.statePassSec, 5).padStart(7)}  ${r.perGateOverPass.toFixed(2).padStart(8)}  ${r.cpuPerGateOverPass.toFixed(2).padStart(7)}  ` +
    `${f(r.qcSec, 2).padStart(6)}  ${(r.speedupVsQc === null ? '-' : r.speedupVsQc.toFixed(0) + 'x').padStart(9)}  ${String(r.blockedSteps ?? '-').padStart(6)}  ` +
    `${f(r.blockedSec).padStart(9)}  ${r.blockedPerGateOverPass === null ? '-' : r.blockedPerGateOverPass.toFixed(2)}`);
}

main();
