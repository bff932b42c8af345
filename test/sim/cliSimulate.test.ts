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

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qn-sim-cli-'));
  fs.writeFileSync(path.join(dir, 'bell.qasm'), BELL);
  fs.writeFileSync(path.join(dir, 'ghz.qasm'), GHZ3);
  fs.writeFileSync(path.join(dir, 'wide.qasm'), WIDE);
  fs.writeFileSync(path.join(dir, 'mid.qasm'), MID);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('qnewton simulate', () => {
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
    ['a 31-qubit circuit', ['simulate', 'WIDE'], /SIMULATION_TOO_LARGE.*31-qubit/],
    ['a 20-qubit circuit over a 1 MiB budget', ['simulate', 'MID', '--memory-gib', String(1 / 1024)], /SIMULATION_TOO_LARGE/],
    ['--shots 0', ['simulate', 'MID', '--shots', '0'], /INVALID_ARGUMENT.*--shots/],
  ])('%s: exit 1, one-line message, no output file', async (_name, argv, msg) => {
    const io = fakeIo();
    const out = path.join(dir, `never-${Math.random().toString(36).slice(2)}.json`);
    const args = argv.map((a) => (a === 'WIDE' ? path.join(dir, 'wide.qasm') : a === 'MID' ? path.join(dir, 'mid.qasm') : a));
    expect(await runCli([...args, '--out', out], io)).toBe(1);
    expect(io.errLines).toHaveLength(1);
    expect(io.errLines[0]).toMatch(msg);
    expect(fs.existsSync(out)).toBe(false);
    expect(fs.readdirSync(dir).filter((f) => f.includes('never-'))).toEqual([]);
  });
});
