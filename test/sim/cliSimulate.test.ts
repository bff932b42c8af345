import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';
import { parseQasm } from '../../src/parse';
import { statevector } from '../../src/sim';

function fakeIo(): CliIo & { outLines: string[]; errLines: string[] } {
  const outLines: string[] = [], errLines: string[] = [];
  return { outLines, errLines, out: (l) => outLines.push(l), err: (l) => errLines.push(l), isTty: false };
}

const BELL = 'OPENQASM 2.0;\ninclude "qelib1.inc";\nqreg q[2];\ncreg c[2];\nh q[0];\ncx q[0],q[1];\nmeasure q -> c;\n';
const GHZ3 = 'OPENQASM 3;\ninclude "stdgates.inc";\nqubit[3] q;\nh q[0];\ncx q[0], q[1];\ncx q[1], q[2];\nry(0.4) q[2];\n';
const WIDE = 'OPENQASM 2.0;\ninclude "qelib1.inc";\nqreg q[31];\nh q[0];\n';
const MID = 'OPENQASM 2.0;\ninclude "qelib1.inc";\nqreg q[20];\nh q[0];\n';
const HUGE = 'OPENQASM 2.0;\ninclude "qelib1.inc";\nqreg q[65];\nh q[0];\n';
/** 40 qubits, H on 6 of them: 64 non-zero amplitudes. */
const SPREAD = 'OPENQASM 2.0;\ninclude "qelib1.inc";\nqreg q[40];\ncreg c[40];\nh q[0];\nh q[7];\nh q[13];\nh q[31];\nh q[32];\nh q[39];\ncx q[39],q[20];\nmeasure q -> c;\n';

/** Mid-circuit measurement with a classical condition: q1 copies the outcome of q0, q2 stays in |+⟩. */
const MIDMEAS = 'OPENQASM 2.0;\ninclude "qelib1.inc";\nqreg q[3];\ncreg c[1];\ncreg d[3];\nh q[0];\nmeasure q[0] -> c[0];\nif(c==1) x q[1];\nh q[2];\nmeasure q -> d;\n';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qn-sim-cli-'));
  fs.writeFileSync(path.join(dir, 'bell.qasm'), BELL);
  fs.writeFileSync(path.join(dir, 'ghz.qasm'), GHZ3);
  fs.writeFileSync(path.join(dir, 'wide.qasm'), WIDE);
  fs.writeFileSync(path.join(dir, 'mid.qasm'), MID);
  fs.writeFileSync(path.join(dir, 'huge.qasm'), HUGE);
  fs.writeFileSync(path.join(dir, 'spread.qasm'), SPREAD);
  fs.writeFileSync(path.join(dir, 'midmeas.qasm'), MIDMEAS);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('qnewton simulate', () => {
  it('--precision complex64: a 20-qubit state in a 12 MiB budget (complex128 needs 16 MiB); amplitudes within single precision', async () => {
    const budget = ['--memory-gib', String(12 / 1024)];
    expect(await runCli(['simulate', path.join(dir, 'mid.qasm'), '--backend', 'dense', ...budget], fakeIo())).toBe(1);
    const io = fakeIo();
    expect(await runCli(['simulate', path.join(dir, 'mid.qasm'), '--precision', 'complex64', ...budget], io)).toBe(0);
    expect(io.outLines.join('\n')).toMatch(/complex64/);
    expect(io.outLines.filter((l) => l.includes('p='))).toHaveLength(2);
    const out = path.join(dir, 'ghz64.json');
    expect(await runCli(['simulate', path.join(dir, 'ghz.qasm'), '--precision', 'complex64', '--out', out], fakeIo())).toBe(0);
    const json = JSON.parse(fs.readFileSync(out, 'utf8'));
    const want = statevector(parseQasm(GHZ3));
    for (const a of json.amplitudes) {
      const i = parseInt(a.bits, 2);
      expect(Math.abs(a.re - want.re[i])).toBeLessThan(1e-7);
      expect(Math.abs(a.im - want.im[i])).toBeLessThan(1e-7);
    }
  });

  it('prints the most probable basis states of a Bell pair (before the final measurements)', async () => {
    const io = fakeIo();
    expect(await runCli(['simulate', path.join(dir, 'bell.qasm')], io)).toBe(0);
    const lines = io.outLines.filter((l) => l.includes('p='));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/\|00⟩\s+p=0\.500000/);
    expect(lines[1]).toMatch(/\|11⟩\s+p=0\.500000/);
  });

  it('--top limits the list; an OpenQASM 3 file works; --out writes the amplitudes of the state', async () => {
    const io = fakeIo();
    const out = path.join(dir, 'ghz.json');
    expect(await runCli(['simulate', path.join(dir, 'ghz.qasm'), '--top', '1', '--out', out], io)).toBe(0);
    expect(io.outLines.filter((l) => l.includes('p='))).toHaveLength(1);
    const json = JSON.parse(fs.readFileSync(out, 'utf8'));
    const want = statevector(parseQasm(GHZ3));
    expect(json.numQubits).toBe(3);
    for (const a of json.amplitudes) {
      const i = parseInt(a.bits, 2);
      expect(a.re).toBeCloseTo(want.re[i], 14);
      expect(a.im).toBeCloseTo(want.im[i], 14);
    }
    const total = json.amplitudes.reduce((s: number, a: { probability: number }) => s + a.probability, 0);
    expect(total).toBeCloseTo(1, 12);
  });

  it('--shots prints and writes counts (only 00 and 11 for a Bell pair), deterministic per seed', async () => {
    const outA = path.join(dir, 'countsA.json'), outB = path.join(dir, 'countsB.json');
    expect(await runCli(['simulate', path.join(dir, 'bell.qasm'), '--shots', '2000', '--seed', '9', '--out', outA], fakeIo())).toBe(0);
    expect(await runCli(['simulate', path.join(dir, 'bell.qasm'), '--shots', '2000', '--seed', '9', '--out', outB], fakeIo())).toBe(0);
    const a = JSON.parse(fs.readFileSync(outA, 'utf8')), b = JSON.parse(fs.readFileSync(outB, 'utf8'));
    expect(a).toEqual(b);
    expect(Object.keys(a.counts).sort()).toEqual(['00', '11']);
    expect(a.counts['00'] + a.counts['11']).toBe(2000);
    expect(Math.abs(a.counts['00'] - 1000)).toBeLessThan(5 * Math.sqrt(500));
  });

  it.each([
    ['a missing file', ['simulate', 'no/such/file.qasm'], /FILE_NOT_FOUND/],
    ['a 31-qubit circuit on the dense backend', ['simulate', 'WIDE', '--backend', 'dense'], /SIMULATION_TOO_LARGE.*31-qubit/],
    ['a 20-qubit circuit over a 1 MiB budget on the dense backend', ['simulate', 'MID', '--backend', 'dense', '--memory-gib', String(1 / 1024)], /SIMULATION_TOO_LARGE/],
    ['a 65-qubit circuit (past the sparse backend\'s 64-bit indices)', ['simulate', 'HUGE'], /SIMULATION_TOO_LARGE.*65-qubit.*64/],
    ['a support budget exceeded mid-run', ['simulate', 'SPREAD', '--max-support', '16'], /SUPPORT_BUDGET_EXCEEDED.*16 non-zero/],
    ['--max-support 0', ['simulate', 'SPREAD', '--max-support', '0'], /INVALID_ARGUMENT.*--max-support/],
    ['--shots 0', ['simulate', 'MID', '--shots', '0'], /INVALID_ARGUMENT.*--shots/],
    ['--precision complex64 with --shots', ['simulate', 'MID', '--precision', 'complex64', '--shots', '10'], /INVALID_ARGUMENT.*complex64/],
    ['--precision complex64 on the sparse backend', ['simulate', 'MID', '--precision', 'complex64', '--backend', 'sparse'], /INVALID_ARGUMENT.*dense/],
    ['a 20-qubit circuit over a 6 MiB budget in complex64 (needs 8 MiB)', ['simulate', 'MID', '--precision', 'complex64', '--memory-gib', String(6 / 1024)], /SIMULATION_TOO_LARGE.*8\.0 MiB/],
  ])('%s: exit 1, one-line message, no output file', async (_name, argv, msg) => {
    const io = fakeIo();
    const out = path.join(dir, `never-${Math.random().toString(36).slice(2)}.json`);
    const files: Record<string, string> = { WIDE: 'wide.qasm', MID: 'mid.qasm', HUGE: 'huge.qasm', SPREAD: 'spread.qasm' };
    const args = argv.map((a) => (files[a] ? path.join(dir, files[a]) : a));
    expect(await runCli([...args, '--out', out], io)).toBe(1);
    expect(io.errLines).toHaveLength(1);
    expect(io.errLines[0]).toMatch(msg);
    expect(fs.existsSync(out)).toBe(false);
    expect(fs.readdirSync(dir).filter((f) => f.includes('never-'))).toEqual([]);
  });

  it('auto runs a 40-qubit circuit with 64 non-zero amplitudes on the sparse backend; --shots and --out agree with the amplitudes', async () => {
    const io = fakeIo();
    const out = path.join(dir, 'spread.json');
    expect(await runCli(['simulate', path.join(dir, 'spread.qasm'), '--top', '100', '--out', out], io)).toBe(0);
    expect(io.outLines.join('\n')).toMatch(/sparse backend .*peak support 64/);
    const lines = io.outLines.filter((l) => l.includes('p='));
    expect(lines).toHaveLength(64);
    for (const l of lines) expect(l).toMatch(/p=0\.015625/);
    const json = JSON.parse(fs.readFileSync(out, 'utf8'));
    expect(json.numQubits).toBe(40);
    expect(json.amplitudes).toHaveLength(64);
    // qubit 20 = qubit 39 (CX), independently of the other five superposed qubits
    for (const a of json.amplitudes) expect(a.bits[39 - 20]).toBe(a.bits[39 - 39]);
    const shots = fakeIo();
    const countsFile = path.join(dir, 'spread-counts.json');
    expect(await runCli(['simulate', path.join(dir, 'spread.qasm'), '--shots', '4000', '--out', countsFile], shots)).toBe(0);
    const counts = JSON.parse(fs.readFileSync(countsFile, 'utf8')).counts as Record<string, number>;
    const keys = Object.keys(counts);
    expect(keys.length).toBeLessThanOrEqual(64);
    expect(keys.length).toBeGreaterThan(55);
    for (const k of keys) { expect(k).toHaveLength(40); expect(k[39 - 20]).toBe(k[0]); }
  });

  it.each([[1], [2], [3], [4]])('--backend sparse runs mid-circuit measurement with a condition (seed %p): the same trajectory and state as dense', async (seed) => {
    const run = async (backend: string): Promise<string[]> => {
      const io = fakeIo();
      expect(await runCli(['simulate', path.join(dir, 'midmeas.qasm'), '--backend', backend, '--seed', String(seed)], io)).toBe(0);
      expect(io.outLines.join('\n')).toMatch(new RegExp(`${backend} backend`));
      return io.outLines.filter((l) => l.includes('p='));
    };
    const sparse = await run('sparse');
    expect(sparse).toEqual(await run('dense'));
    // Two states, q2 in |+⟩ and q1 = q0 (the drawn outcome): |0b1b⟩ read as q2 q1 q0.
    expect(sparse).toHaveLength(2);
    const q0 = sparse[0].match(/\|(\d{3})⟩/)![1][2];
    for (const l of sparse) {
      const bits = l.match(/\|(\d{3})⟩/)![1];
      expect({ q1: bits[1], q0: bits[2] }).toEqual({ q1: q0, q0 });
      expect(l).toMatch(/p=0\.500000/);
    }
  });

  it('--backend sparse --shots samples through mid-circuit measurement: q1 always equals q0', async () => {
    const io = fakeIo();
    const out = path.join(dir, 'midmeas-counts.json');
    expect(await runCli(['simulate', path.join(dir, 'midmeas.qasm'), '--backend', 'sparse', '--shots', '400', '--out', out], io)).toBe(0);
    const counts = JSON.parse(fs.readFileSync(out, 'utf8')).counts as Record<string, number>;
    let total = 0;
    for (const [k, n] of Object.entries(counts)) {
      total += n;
      const d = k.replace(/ /g, '').slice(0, 3); // creg d (q2 q1 q0) printed first
      expect(d[1]).toBe(d[2]);
    }
    expect(total).toBe(400);
    expect(Object.keys(counts).length).toBe(4);
  });
});
