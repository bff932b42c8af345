import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCapture } from './helpers';
import { writeExport } from '../../src/cli/commands/exportArg';
import type { CliIo } from '../../src/cli/io';
import { EXPORT_FILES, buildSimulationExport } from '../../src/pipeline';
import { parseQasm } from '../../src/parse';
import { StateVector, runCircuit, runSparse, statevector } from '../../src/sim';
import { maxDiffUpToPhase } from '../sim/quantumCircuitRef';

/** Same circuit through emitter + parser: only rounding of printed angles (17 significant digits). */
const ROUND_TRIP_TOL = 1e-12;
/** Recipe applied by hand vs `validate` (same state, different summation order). */
const RECIPE_TOL = 1e-9;

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'qn-export-'));
}

const SPD4 = [[4, 1, 0, 0.5], [1, 3, 0.2, 0], [0, 0.2, 2, 0.3], [0.5, 0, 0.3, 1.5]];

/** A 4-qubit OpenQASM 3 circuit: rotations, controlled and three-qubit gates, a gate definition, final measurements. */
const MIXED = [
  'OPENQASM 3;', 'include "stdgates.inc";', 'gate zz(a) x, y { cx x, y; rz(a) y; cx x, y; }', 'qubit[4] q;', 'bit[4] c;',
  'h q[0];', 'ry(0.37) q[1];', 'cx q[0], q[2];', 'u3(0.3, -1.1, 2.2) q[3];', 'ccx q[0], q[1], q[3];',
  'crz(0.91) q[3], q[1];', 'swap q[2], q[3];', 'cp(-0.4) q[1], q[2];', 'zz(0.6) q[0], q[3];', 'cswap q[1], q[0], q[3];', 'crx(1.3) q[2], q[0];', 'sx q[2];', 't q[1];',
  'c = measure q;', '',
].join('\n');

/** The amplitudes of `state` at the recipe's basis indices: success probability and fidelity. */
function applyRecipe(recipe: { basisIndices: string[]; expectedState: number[] }, amp: (index: bigint) => [number, number]): { p: number; fidelity: number } {
  let p = 0, sr = 0, si = 0;
  recipe.basisIndices.forEach((s, j) => {
    const [re, im] = amp(BigInt(s));
    p += re * re + im * im;
    sr += recipe.expectedState[j] * re; si += recipe.expectedState[j] * im;
  });
  return { p, fidelity: (sr * sr + si * si) / p };
}

function denseAmp(s: StateVector): (i: bigint) => [number, number] {
  return (i) => [s.re[Number(i)], s.im[Number(i)]];
}

describe('simulate --export DIR', () => {
  it('writes OpenQASM 2 and 3, a recipe and a README; both files parse back to the same state', async () => {
    const dir = tempDir();
    const src = path.join(dir, 'mixed.qasm');
    fs.writeFileSync(src, MIXED);
    const out = path.join(dir, 'export');
    const run = await runCapture(['simulate', src, '--export', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/exported, not simulated/);
    expect(fs.readdirSync(out).sort()).toEqual(Object.values(EXPORT_FILES).sort());
    const original = statevector(parseQasm(MIXED), { skipFinalMeasurements: true });
    for (const f of [EXPORT_FILES.qasm2, EXPORT_FILES.qasm3]) {
      const text = fs.readFileSync(path.join(out, f), 'utf8');
      expect(text.startsWith(f === EXPORT_FILES.qasm2 ? 'OPENQASM 2.0;' : 'OPENQASM 3')).toBe(true);
      const back = parseQasm(text, { fileName: f });
      expect(back.numQubits).toBe(4);
      expect(back.numClbits).toBe(4);
      expect(maxDiffUpToPhase(statevector(back, { skipFinalMeasurements: true }), original)).toBeLessThan(ROUND_TRIP_TOL);
    }
    const recipe = JSON.parse(fs.readFileSync(path.join(out, EXPORT_FILES.recipe), 'utf8'));
    expect(recipe).toMatchObject({ format: 'qnewton-simulation-export', version: 1, numQubits: 4, numClbits: 4 });
    expect(recipe.postselect).toBeUndefined();
    expect(fs.readFileSync(path.join(out, EXPORT_FILES.readme), 'utf8')).toMatch(/no post-selection recipe/);
    // Deterministic: a second export of the same file is byte-identical.
    const again = path.join(dir, 'again');
    expect((await runCapture(['simulate', src, '--export', again])).code).toBe(0);
    for (const f of Object.values(EXPORT_FILES)) expect(fs.readFileSync(path.join(again, f))).toEqual(fs.readFileSync(path.join(out, f)));
  });

  it('a dynamic circuit (mid-circuit measurement, condition) round-trips: same trajectory and state per seed', async () => {
    const dir = tempDir();
    const src = path.join(dir, 'dyn.qasm');
    const text = 'OPENQASM 2.0;\ninclude "qelib1.inc";\nqreg q[3];\ncreg c[1];\nh q[0];\nmeasure q[0] -> c[0];\nif(c==1) x q[1];\nry(0.7) q[2];\ncx q[1],q[2];\n';
    fs.writeFileSync(src, text);
    const out = path.join(dir, 'export');
    expect((await runCapture(['simulate', src, '--export', out])).code).toBe(0);
    for (const f of [EXPORT_FILES.qasm2, EXPORT_FILES.qasm3]) {
      const back = parseQasm(fs.readFileSync(path.join(out, f), 'utf8'), { fileName: f });
      for (const seed of [1, 2, 3]) {
        const a = runCircuit(parseQasm(text), { seed }), b = runCircuit(back, { seed });
        expect(Array.from(b.clbits)).toEqual(Array.from(a.clbits));
        expect(maxDiffUpToPhase(b.state, a.state)).toBeLessThan(ROUND_TRIP_TOL);
      }
    }
  });

  it.each([
    [['--shots', '10'], /drop --shots/],
    [['--out', 'x.json'], /drop --out/],
  ])('--export with %p is refused (typed error, no folder)', async (extra, msg) => {
    const dir = tempDir();
    const src = path.join(dir, 'mixed.qasm');
    fs.writeFileSync(src, MIXED);
    const out = path.join(dir, 'export');
    const run = await runCapture(['simulate', src, '--export', out, ...extra]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(msg);
    expect(fs.existsSync(out)).toBe(false);
  });

  it('a failure leaves no partial folder: missing input, and a write failing on the third file', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'export');
    const missing = await runCapture(['simulate', path.join(dir, 'nope.qasm'), '--export', out]);
    expect(missing.code).toBe(1);
    expect(missing.stderr.split('\n')).toHaveLength(1);
    expect(fs.existsSync(out)).toBe(false);
    const files = buildSimulationExport(parseQasm(MIXED), { source: 'mixed.qasm' });
    let writes = 0;
    const io: CliIo = { out: () => undefined, err: () => undefined, isTty: false };
    const failing = (p: string, data: string | Uint8Array): void => {
      if (++writes === 3) throw new Error('disk full');
      fs.writeFileSync(p, data);
    };
    expect(() => writeExport(out, { writeFile: failing }, io, () => files)).toThrow(/disk full/);
    expect(writes).toBe(3);
    expect(fs.existsSync(out)).toBe(false);
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});

describe('validate --export DIR (solver circuit with the post-selection and fidelity recipe)', () => {
  it.each([
    [['--solver', 'qsvt']],
    [['--solver', 'hhl', '--rhs', 'random']],
    [['--block-encoding', 'lcu']],
    [['--block-encoding', 'sparse']],
    [['--solver', 'hhl', '--rhs', 'random', '--block-encoding', 'sparse']],
  ])('%p: the recipe applied to the parsed OpenQASM 2 and 3 files gives the fidelity and success probability of validate', async (opts) => {
    const dir = tempDir();
    const mat = path.join(dir, 'a.json');
    fs.writeFileSync(mat, JSON.stringify(SPD4));
    const out = path.join(dir, 'export');
    const common = [mat, ...opts, '--epsilon', '0.05'];
    const exp = await runCapture(['validate', ...common, '--export', out]);
    expect(exp.stderr).toBe('');
    expect(exp.code).toBe(0);
    const val = await runCapture(['validate', ...common, '--json']);
    expect(val.code).toBe(0);
    const res = JSON.parse(val.stdout);
    const recipe = JSON.parse(fs.readFileSync(path.join(out, EXPORT_FILES.recipe), 'utf8'));
    const ps = recipe.postselect;
    // Complete: every qubit is post-selected or remaining, one value per post-selected qubit,
    // 2^remaining indices and reference amplitudes (unit norm).
    expect([...ps.qubits, ...ps.remainingQubits].sort((a: number, b: number) => a - b)).toEqual(Array.from({ length: recipe.numQubits }, (_, q) => q));
    expect(ps.values).toHaveLength(ps.qubits.length);
    for (const v of ps.values) expect([0, 1]).toContain(v);
    expect(ps.basisIndices).toHaveLength(2 ** ps.remainingQubits.length);
    expect(ps.expectedState).toHaveLength(ps.basisIndices.length);
    expect(Math.abs(ps.expectedState.reduce((s: number, x: number) => s + x * x, 0) - 1)).toBeLessThan(1e-12);
    expect(ps.predictedSuccessProbability).toBe(res.predictedSuccessProbability);
    expect(recipe.solver.solver).toBe(res.solver);
    expect(recipe.numQubits).toBe(res.qubits);
    // HHL by qubitization over the sparse encoding is wider than 32 qubits: basis indices past one int32 word.
    // (QSVT over it is not: its projector acts on the signal ancillas only, so it needs fewer work qubits.)
    if (opts.includes('sparse') && opts.includes('hhl')) expect(recipe.numQubits).toBeGreaterThan(32);
    for (const f of [EXPORT_FILES.qasm2, EXPORT_FILES.qasm3]) {
      const c = parseQasm(fs.readFileSync(path.join(out, f), 'utf8'), { fileName: f });
      expect(c.numQubits).toBe(res.qubits);
      let amp: (i: bigint) => [number, number];
      if (c.numQubits <= 16) {
        amp = denseAmp(statevector(c));
      } else {
        // Too wide for a dense vector: look the amplitudes up in the sparse state (keys as two int32 words).
        const st = runSparse(c).state;
        amp = (i) => {
          const e = st.find(Number(BigInt.asIntN(32, i)), Number(BigInt.asIntN(32, i >> 32n)));
          return e < 0 ? [0, 0] : [st.re[e], st.im[e]];
        };
      }
      const got = applyRecipe(ps, amp);
      expect(got.fidelity).toBeGreaterThan(0.99);
      expect(Math.abs(got.p - res.successProbability)).toBeLessThan(RECIPE_TOL);
      expect(Math.abs(got.fidelity - res.fidelity)).toBeLessThan(RECIPE_TOL);
    }
  });

  it('--export with --min-fidelity is refused', async () => {
    const dir = tempDir();
    const mat = path.join(dir, 'a.json');
    fs.writeFileSync(mat, JSON.stringify(SPD4));
    const run = await runCapture(['validate', mat, '--export', path.join(dir, 'e'), '--min-fidelity', '0.9']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/drop --min-fidelity/);
    expect(fs.existsSync(path.join(dir, 'e'))).toBe(false);
  });
});
