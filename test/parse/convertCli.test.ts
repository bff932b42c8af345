import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { FileError } from '../../src/errors';
import { parseQasm2, parseQasm3, loadCircuitFile } from '../../src/parse';
import { unitaryOfCircuit } from '../../src/ops/unitaryOf';
import { maxAbsDiffC, distanceUpToPhaseC } from '../../src/math/complexMatrix';
import { runCapture } from '../cli/helpers';

/** `qnewton convert` run in-process, and loadCircuitFile's typed file errors. */
const SRC2 = 'OPENQASM 2.0;\ninclude "qelib1.inc";\nqreg q[3];\ncreg c[3];\nh q[0];\nccx q[0], q[1], q[2];\nrz(pi/8) q[2];\nmeasure q -> c;\n';
const SRC3 = 'OPENQASM 3;\ninclude "stdgates.inc";\nqubit[3] q;\nctrl(2) @ h q[0], q[1], q[2];\ngphase(0.3);\n';

describe('qnewton convert', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qn-convert-'));
    fs.writeFileSync(path.join(dir, 'in2.qasm'), SRC2);
    fs.writeFileSync(path.join(dir, 'in3.qasm'), SRC3);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('QASM2 → QASM3 on stdout', async () => {
    const r = await runCapture(['convert', path.join(dir, 'in2.qasm'), '--to', 'qasm3']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').slice(0, 4)).toEqual(['OPENQASM 3.0;', 'include "stdgates.inc";', 'qubit[3] q;', 'bit[3] c;']);
    expect(r.stdout).toContain('rz(pi/8) q[2];');
    expect(parseQasm3(r.stdout).instructions.length).toBe(parseQasm2(SRC2).instructions.length);
  });

  it('QASM3 → QASM2 into a file with --out (unitary equal up to global phase)', async () => {
    const out = path.join(dir, 'sub', 'out2.qasm');
    const r = await runCapture(['convert', path.join(dir, 'in3.qasm'), '--to', 'qasm2', '--out', out]);
    expect([r.code, r.stdout]).toEqual([0, '']);
    const text = fs.readFileSync(out, 'utf8');
    expect(text.startsWith('OPENQASM 2.0;\ninclude "qelib1.inc";\n')).toBe(true);
    expect(distanceUpToPhaseC(unitaryOfCircuit(parseQasm2(text)), unitaryOfCircuit(parseQasm3(SRC3)))).toBeLessThan(1e-9);
  });

  it('QASM3 → QASM3 keeps the global phase', async () => {
    const r = await runCapture(['convert', path.join(dir, 'in3.qasm'), '--to', 'qasm3']);
    expect(maxAbsDiffC(unitaryOfCircuit(parseQasm3(r.stdout)), unitaryOfCircuit(parseQasm3(SRC3)))).toBeLessThan(1e-9);
  });

  it('a missing file exits 1 with FILE_NOT_FOUND', async () => {
    const r = await runCapture(['convert', path.join(dir, 'nope.qasm'), '--to', 'qasm3']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/FILE_NOT_FOUND.*nope\.qasm/);
  });

  it('a syntax error exits 1 with file:line:column', async () => {
    fs.writeFileSync(path.join(dir, 'bad.qasm'), 'OPENQASM 2.0;\nqreg q[1];\nU(0 q[0];\n');
    const r = await runCapture(['convert', path.join(dir, 'bad.qasm'), '--to', 'qasm2']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/QASM_SYNTAX.*bad\.qasm:3:5: expected '\)' to close the parameter list/);
  });

  it('an unknown --to value is a usage error (exit 2)', async () => {
    const r = await runCapture(['convert', path.join(dir, 'in2.qasm'), '--to', 'qasm4']);
    expect(r.code).toBe(2);
  });
});

describe('loadCircuitFile', () => {
  it.each([
    ['/definitely/not/here.qasm', 'FILE_NOT_FOUND'],
    [os.tmpdir(), 'FILE_UNREADABLE'],
  ])('%s → %s', (p, code) => {
    let err: unknown;
    try { loadCircuitFile(p); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(FileError);
    expect((err as FileError).code).toBe(code);
  });
});
