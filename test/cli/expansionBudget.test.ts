import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCapture } from './helpers';

/** `--max-expanded-gates` on the commands that expand (issue 16): one-line errors, no output file, stats stays symbolic. */
describe('CLI expansion budget', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qn-expansion-'));
  const chain = (k: number): string => {
    let s = 'OPENQASM 2.0;\ninclude "qelib1.inc";\nqreg q[1];\ngate g0 a { h a; }\n';
    for (let i = 1; i <= k; i++) s += `gate g${i} a { g${i - 1} a; g${i - 1} a; }\n`;
    return s + `g${k} q[0];\n`;
  };
  const big = path.join(dir, 'g60.qasm'), small = path.join(dir, 'g10.qasm');
  fs.writeFileSync(big, chain(60));
  fs.writeFileSync(small, chain(10));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it.each([['convert', '--to', 'qasm3'], ['convert', '--to', 'qasm2'], ['simulate'], ['optimize']])('%s refuses 2^60 gates with one line and no output file', async (cmd, ...rest) => {
    const out = path.join(dir, `${cmd}.out`);
    const r = await runCapture([cmd, big, ...rest, ...(cmd === 'convert' || cmd === 'optimize' ? ['--out', out] : [])]);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^qnewton: error \[EXPANSION_BUDGET\]: .*1\.153e18 gates, more than the expansion budget of 2000000; raise the expansion budget, .* \(--max-expanded-gates N\)$/m);
    expect(fs.existsSync(out)).toBe(false);
  });

  it('stats counts the same file symbolically', async () => {
    const r = await runCapture(['stats', big, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).gateCounts).toEqual({ g60: 1 });
  });

  it('the flag raises or lowers the limit', async () => {
    const ok = await runCapture(['convert', small, '--to', 'qasm2', '--max-expanded-gates', '1024']);
    expect(ok.code).toBe(0);
    expect(ok.stdout.split('\n').filter((l) => l.startsWith('h q[0];'))).toHaveLength(1024);
    const no = await runCapture(['convert', small, '--to', 'qasm2', '--max-expanded-gates', '1023']);
    expect(no.stderr).toMatch(/1024 gates, more than the expansion budget of 1023/);
    const bad = await runCapture(['convert', small, '--to', 'qasm2', '--max-expanded-gates', 'NaN']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/--max-expanded-gates must be a finite number/);
  });
});
