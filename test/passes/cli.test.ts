import { NAM_INPUT_DIR, SABRE_REVLIB_DIR } from '../fixtures/paths';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCapture } from '../cli/helpers';
import { loadCircuitFile } from '../../src/parse';
import { unitaryOf } from '../../src/sim';
import { equalUpToGlobalPhase, equalUpToLayouts, namCounts } from '../../src/passes';

const NAM_INPUT = NAM_INPUT_DIR;

describe('qnewton optimize / verify', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qn-opt-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it.each(['nam', 'ibm', 'ion', 'clifford+t'])('optimize tof_3 --target %s writes an equivalent circuit and a count table', async (target) => {
    const out = path.join(dir, `tof3_${target.replace('+', '')}.qasm`);
    const r = await runCapture(['optimize', path.join(NAM_INPUT, 'tof_3.qasm'), '--level', '3', '--target', target, '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/total\s+45\s+\d+/);
    expect(r.stdout).toMatch(/wrote/);
    const a = loadCircuitFile(path.join(NAM_INPUT, 'tof_3.qasm')), b = loadCircuitFile(out);
    expect(equalUpToGlobalPhase(unitaryOf(a), unitaryOf(b)).equivalent).toBe(true);
    const v = await runCapture(['verify', path.join(NAM_INPUT, 'tof_3.qasm'), out]);
    expect(v.code).toBe(0);
    expect(v.stdout).toMatch(/^equivalent/);
  });

  it.each(['ionq', 'quantinuum', 'braket'])('optimize tof_3 --target %s (all-to-all) writes native gates that read back equivalent (QASM 2 and 3)', async (target) => {
    for (const v of ['2', '3']) {
      const out = path.join(dir, `tof3_${target}_v${v}.qasm`);
      const r = await runCapture(['optimize', path.join(NAM_INPUT, 'tof_3.qasm'), '--level', '2', '--target', target, '--qasm', v, '--out', out]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const text = fs.readFileSync(out, 'utf8');
      if (target === 'braket') {
        expect(text).toContain(v === '3' ? 'cnot ' : 'cx ');
        continue; // Braket's names are read back in test/emit/deviceEmit.test.ts
      }
      expect(text).toContain(target === 'ionq' ? 'gate ms(' : 'gate rzz(');
      const a = loadCircuitFile(path.join(NAM_INPUT, 'tof_3.qasm')), b = loadCircuitFile(out);
      expect(equalUpToGlobalPhase(unitaryOf(a), unitaryOf(b)).equivalent).toBe(true);
    }
  });

  it.each(['2', '3'])('optimize --target clifford+t --qasm %s: arbitrary rotations are synthesized, the file holds only Clifford+T gates and reads back within ε', async (v) => {
    const file = path.join(dir, 'rot.qasm');
    fs.writeFileSync(file, 'OPENQASM 2.0;\ninclude "qelib1.inc";\nqreg q[2];\nh q[0];\nrz(0.3) q[0];\ncx q[0],q[1];\nu3(0.5,-0.2,0.4) q[1];\nry(1.1) q[0];\n');
    const out = path.join(dir, `rot.ct.v${v}.qasm`);
    const r = await runCapture(['optimize', file, '--level', '3', '--target', 'clifford+t', '--epsilon', '1e-3', '--qasm', v, '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const text = fs.readFileSync(out, 'utf8');
    const allowed = new Set(['h', 's', 'sdg', 't', 'tdg', 'x', 'y', 'z', 'cx']);
    const calls = text.split('\n').filter((l) => l && !/^(OPENQASM|include|qreg|creg|qubit|bit|gate |gphase|measure|barrier|reset|\/\/)/.test(l)).map((l) => l.split(/[ (]/)[0]);
    expect(calls.length).toBeGreaterThan(20);
    for (const g of calls) expect(allowed.has(g)).toBe(true);
    expect(text).not.toMatch(/^gate /m);
    const a = unitaryOf(loadCircuitFile(file)), b = unitaryOf(loadCircuitFile(out));
    const d = equalUpToGlobalPhase(a, b, 1e-3);
    expect(d.equivalent).toBe(true);
    expect(equalUpToGlobalPhase(a, b, 1e-9).equivalent).toBe(false); // synthesized, not copied
  });

  it('optimize --target ibm-eagle routes to the 127-qubit heavy-hex map by default and reports SWAPs and depth', async () => {
    const out = path.join(dir, 'tof3_eagle.qasm');
    const r = await runCapture(['optimize', path.join(NAM_INPUT, 'tof_3.qasm'), '--level', '1', '--target', 'ibm-eagle', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/routing: \d+ swap\(s\) on ibm-eagle-r3; depth \d+ \(2-qubit depth \d+\)/);
    const text = fs.readFileSync(out, 'utf8');
    expect(text).toContain('gate ecr a,b {');
    expect(text).toContain('qreg q[127];');
    expect(text).not.toMatch(/^cx /m);
  });

  it('optimize a circuit wider than the device map fails with one line and writes no file', async () => {
    const file = path.join(dir, 'wide.qasm');
    fs.writeFileSync(file, `OPENQASM 2.0;\ninclude "qelib1.inc";\nqreg q[130];\ncx q[0],q[129];\n`);
    const out = path.join(dir, 'wide.out.qasm');
    const r = await runCapture(['optimize', file, '--level', '0', '--target', 'ibm-eagle', '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/130 qubits but coupling map ibm-eagle-r3 has only 127/);
    expect(fs.existsSync(out)).toBe(false);
  });

  it.each(['ionq', 'braket', 'ibm-heron-fractional'])('optimize a mid-circuit if for %s (no classical control) fails with a typed error and writes no file', async (target) => {
    const file = path.join(dir, 'ifc.qasm');
    fs.writeFileSync(file, 'OPENQASM 2.0;\ninclude "qelib1.inc";\nqreg q[2];\ncreg c[1];\nh q[0];\nmeasure q[0] -> c[0];\nif(c==1) x q[1];\n');
    for (const v of ['2', '3']) {
      const out = path.join(dir, `ifc.${target}.v${v}.qasm`);
      const r = await runCapture(['optimize', file, '--level', '1', '--target', target, '--qasm', v, '--out', out]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/\[EMIT_UNSUPPORTED\].*no mid-circuit 'if'/);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(fs.existsSync(out)).toBe(false);
    }
    // the same file for a device with classical control is written, the condition kept
    const ok = path.join(dir, 'ifc.heron.qasm');
    expect((await runCapture(['optimize', file, '--level', '1', '--target', 'ibm-heron', '--coupling', 'none', '--out', ok])).code).toBe(0);
    expect(fs.readFileSync(ok, 'utf8')).toMatch(/^if\(c==1\)/m);
  });

  it('a u3 input gets a like-for-like column: the input lowered to the Nam basis, and the reduction is measured against it', async () => {
    const file = path.join(dir, 'u3.qasm');
    fs.writeFileSync(file, 'OPENQASM 2.0;\ninclude "qelib1.inc";\nqreg q[2];\nu3(0.3,0.2,0.1) q[0];\ncx q[0],q[1];\nu3(0.5,-0.2,0.4) q[1];\ncx q[0],q[1];\nu3(-0.3,0.1,-0.2) q[0];\n');
    const out = path.join(dir, 'u3.opt.qasm');
    const r = await runCapture(['optimize', file, '--level', '3', '--out', out]);
    expect(r.code).toBe(0);
    const m = /total\s+(\d+)\s+(\d+)\s+(\d+)\s+(-?[\d.]+)%/.exec(r.stdout);
    expect(m).not.toBeNull();
    const [, before, lowered, after] = (m as RegExpExecArray).slice(0, 4).map(Number);
    expect(before).toBe(5);
    expect(lowered).toBeGreaterThan(before);
    expect(after).toBe(namCounts(loadCircuitFile(out)).total);
    expect(after).toBeLessThanOrEqual(lowered);
    expect(r.stdout).toContain('vs lowered to nam');
  });

  it('the printed table matches the Nam-convention counts of the written file', async () => {
    const out = path.join(dir, 'mod5_4.qasm');
    const r = await runCapture(['optimize', path.join(NAM_INPUT, 'mod5_4.qasm'), '--out', out]);
    const after = namCounts(loadCircuitFile(out));
    expect(r.stdout).toMatch(new RegExp(`total\\s+63\\s+${after.total}\\s`));
    expect(r.stdout).toMatch(new RegExp(`T\\s+28\\s+${after.t}\\s`));
  });

  it('routing with --coupling line:5 reports layouts; the output is equivalent up to them', async () => {
    const out = path.join(dir, 'routed.qasm');
    const r = await runCapture(['optimize', path.join(NAM_INPUT, 'barenco_tof_3.qasm'), '--coupling', 'line:5', '--target', 'ibm', '--out', out]);
    expect(r.code).toBe(0);
    const init = /initial layout \(logical→physical\): ([\d ]+)/.exec(r.stdout)![1].trim().split(' ').map(Number);
    const fin = /final layout {3}\(logical→physical\): ([\d ]+)/.exec(r.stdout)![1].trim().split(' ').map(Number);
    const a = loadCircuitFile(path.join(NAM_INPUT, 'barenco_tof_3.qasm')), b = loadCircuitFile(out);
    expect(equalUpToLayouts(unitaryOf(b), unitaryOf(a), init, fin).equivalent).toBe(true);
  });

  it('a JSON coupling file works; a bad level or target is a user error (exit 1, message)', async () => {
    const cm = path.join(dir, 'cm.json');
    fs.writeFileSync(cm, '[[0,1],[1,2],[2,3],[3,4]]');
    const ok = await runCapture(['optimize', path.join(NAM_INPUT, 'tof_3.qasm'), '--coupling', cm]);
    expect(ok.code).toBe(0);
    const badLevel = await runCapture(['optimize', path.join(NAM_INPUT, 'tof_3.qasm'), '--level', '7']);
    expect(badLevel.code).toBe(1);
    expect(badLevel.stderr).toMatch(/level/);
    const badTarget = await runCapture(['optimize', path.join(NAM_INPUT, 'tof_3.qasm'), '--target', 'foo']);
    expect(badTarget.code).toBe(1);
    expect(badTarget.stderr).toMatch(/unknown target gate set 'foo'/);
  });

  it('--routing-trials N keeps the best of N layouts; a bad N is a typed error (exit 1, no file)', async () => {
    const file = path.join(NAM_INPUT, 'tof_4.qasm');
    const swaps = (stdout: string): number => Number(/routing: (\d+) swap\(s\)/.exec(stdout)![1]);
    const one = await runCapture(['optimize', file, '--coupling', 'line:7']);
    const four = await runCapture(['optimize', file, '--coupling', 'line:7', '--routing-trials', '4']);
    expect(four.code).toBe(0);
    expect(four.stdout).toMatch(/best of 4 layout trials/);
    expect(swaps(four.stdout)).toBeLessThanOrEqual(swaps(one.stdout));
    const ising = await runCapture(['optimize', path.join(SABRE_REVLIB_DIR, 'ising_model_10.qasm'), '--coupling', 'ibmq-tokyo']);
    expect(ising.stdout).toMatch(/routing: 0 swap\(s\) on ibmq-tokyo \(perfect layout/);
    for (const bad of ['0', '2.5', '1001']) {
      const out = path.join(dir, `trials_${bad}.qasm`);
      const r = await runCapture(['optimize', file, '--coupling', 'line:7', '--routing-trials', bad, '--out', out]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(new RegExp(`error \\[INVALID_ARGUMENT\\]: --routing-trials: routing trials must be an integer in 1\\.\\.1000, got ${bad.replace('.', '\\.')}`));
      expect(fs.existsSync(out)).toBe(false);
    }
  });

  it('--ancillas gadgets writes the gadgetized circuit (ancilla register, fewer T); bad modes and measurements are user errors', async () => {
    const out = path.join(dir, 'tof3_gadgets.qasm');
    const r = await runCapture(['optimize', path.join(NAM_INPUT, 'tof_3.qasm'), '--ancillas', 'gadgets', '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const m = /hadamard gadgets: (\d+) ancilla\(s\) in register anc .*T (\d+) -> (\d+)/.exec(r.stdout);
    expect(m).not.toBeNull();
    const [h, tWithout, tWith] = (m as RegExpExecArray).slice(1).map(Number);
    expect(tWith).toBeLessThan(tWithout);
    const written = loadCircuitFile(out);
    expect(written.numQubits).toBe(5 + h);
    expect(namCounts(written).t).toBe(tWith);
    const bad = await runCapture(['optimize', path.join(NAM_INPUT, 'tof_3.qasm'), '--ancillas', 'lots']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/--ancillas: ancilla mode must be one of none, gadgets/);
    const badBudget = await runCapture(['optimize', path.join(NAM_INPUT, 'tof_3.qasm'), '--ancillas', 'gadgets', '--budget-s', '0']);
    expect(badBudget.code).toBe(1);
    expect(badBudget.stderr).toMatch(/--budget-s must be a finite number > 0, got 0/);
    const meas = path.join(dir, 'meas.qasm');
    fs.writeFileSync(meas, 'OPENQASM 2.0;\ninclude "qelib1.inc";\nqreg q[1];\ncreg c[1];\nh q[0];\nmeasure q[0] -> c[0];\nif (c==1) t q[0];\nh q[0];\n');
    const mo = path.join(dir, 'meas.out.qasm');
    const rm = await runCapture(['optimize', meas, '--ancillas', 'gadgets', '--out', mo]);
    expect(rm.code).toBe(1);
    expect(rm.stderr).toMatch(/Hadamard gadgets need a unitary circuit/);
    expect(fs.existsSync(mo)).toBe(false);
  });

  it('verify reports non-equivalent circuits with exit code 2', async () => {
    const a = path.join(dir, 'a.qasm'), b = path.join(dir, 'b.qasm');
    fs.writeFileSync(a, 'OPENQASM 2.0;\ninclude "qelib1.inc";\nqreg q[2];\nh q[0];\ncx q[0],q[1];\n');
    fs.writeFileSync(b, 'OPENQASM 2.0;\ninclude "qelib1.inc";\nqreg q[2];\nh q[0];\ncx q[1],q[0];\n');
    const r = await runCapture(['verify', a, b]);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/NOT equivalent/);
  });
});
