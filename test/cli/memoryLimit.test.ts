import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCliShell } from './spawnTs';

describe('simulate under a real address-space limit (ulimit -v)', () => {
  it('a 30-qubit dense simulate is refused before allocating, naming the limit', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qn-ulimit-'));
    try {
      const file = path.join(dir, 'q30.qasm');
      fs.writeFileSync(file, `OPENQASM 2.0;\ninclude "qelib1.inc";\nqreg q[30];\n${Array.from({ length: 30 }, (_v, i) => `h q[${i}];`).join('\n')}\n`);
      // 4,000,000 KiB ≈ 3.8 GiB of address space: Node starts, a 16 GiB state vector cannot exist.
      const r = runCliShell(`ulimit -v 4000000 && $BOOT simulate '${file}' --backend dense; echo "status=$?" >&2`);
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatch(/^qnewton: error \[SIMULATION_TOO_LARGE\]: cannot simulate a 30-qubit circuit: the state vector needs 16\.00 GiB but the memory budget is [\d.]+ (G|M)iB \(75% of the address-space limit \(ulimit -v\) [\d.]+ (G|M)iB\)/);
      expect(lines[1]).toBe('status=1');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('under --backend auto the same circuit (support 2^30) stops at the sparse support budget derived from the same limit', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qn-ulimit-'));
    try {
      const file = path.join(dir, 'q30.qasm');
      fs.writeFileSync(file, `OPENQASM 2.0;\ninclude "qelib1.inc";\nqreg q[30];\n${Array.from({ length: 30 }, (_v, i) => `h q[${i}];`).join('\n')}\n`);
      const r = runCliShell(`ulimit -v 4000000 && $BOOT simulate '${file}'; echo "status=$?" >&2`);
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatch(/^qnewton: error \[SUPPORT_BUDGET_EXCEEDED\]: the sparse state needs more than \d+ non-zero amplitudes/);
      expect(lines[1]).toBe('status=1');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
