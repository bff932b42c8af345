import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';

function fakeIo(): CliIo & { outLines: string[]; errLines: string[] } {
  const outLines: string[] = [], errLines: string[] = [];
  return { outLines, errLines, out: (l) => outLines.push(l), err: (l) => errLines.push(l), isTty: false };
}

// q0: ─H──●───────●──M─
// q1: ────X──●────●────
// q2: ───────X────X────
// q3: ─────────────────   (declared, unused)
const QASM = 'OPENQASM 2.0;\ninclude "qelib1.inc";\nqreg q[4];\ncreg c[1];\nh q[0];\ncx q[0],q[1];\ncx q[1],q[2];\nccx q[0],q[1],q[2];\nmeasure q[0] -> c[0];\n';

let file: string;
beforeAll(() => {
  file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'qn-stats-')), 'c.qasm');
  fs.writeFileSync(file, QASM);
});

describe('qnewton stats', () => {
  it('--json reports counts, depth and 2-qubit count', async () => {
    const io = fakeIo();
    expect(await runCli(['stats', file, '--json'], io)).toBe(0);
    const s = JSON.parse(io.outLines.join('\n'));
    // h → cx(0,1) → cx(1,2) → ccx → measure(q0): a chain of 5 layers.
    expect(s).toMatchObject({ numQubits: 4, usedQubits: 3, numClbits: 1, gateCount: 4, depth: 5, twoQubitGateCount: 2, multiQubitGateCount: 1 });
    expect(s.gateCounts).toEqual({ ccx: 1, cx: 2, h: 1, measure: 1 });
  });

  it('prints a readable table', async () => {
    const io = fakeIo();
    expect(await runCli(['stats', file], io)).toBe(0);
    expect(io.outLines.join('\n')).toMatch(/qubits: 4 \(3 used\)\s+clbits: 1/);
    expect(io.outLines.join('\n')).toMatch(/depth: 5/);
    expect(io.outLines.some((l) => /^\s+cx\s+2$/.test(l))).toBe(true);
  });

  it('a missing file gives exit 1 and one line', async () => {
    const io = fakeIo();
    expect(await runCli(['stats', file + '.missing'], io)).toBe(1);
    expect(io.errLines).toHaveLength(1);
    expect(io.errLines[0]).toMatch(/FILE_NOT_FOUND/);
  });
});
