import { EventEmitter } from 'events';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { handleStdoutErrors } from '../../src/cli/stdio';
import { runCliShell } from './spawnTs';


describe('handleStdoutErrors', () => {
  function emit(code: string): { lines: string[]; exits: number[] } {
    const stdout = new EventEmitter();
    const lines: string[] = [], exits: number[] = [];
    handleStdoutErrors(stdout, (l) => lines.push(l), (c) => exits.push(c));
    stdout.emit('error', Object.assign(new Error(`${code}: write failed`), { code }));
    stdout.emit('error', Object.assign(new Error(`${code}: write failed`), { code })); // later writes fail too
    return { lines, exits };
  }
  it('EPIPE: exit 0, nothing printed', () => {
    expect(emit('EPIPE')).toEqual({ lines: [], exits: [0] });
  });
  it('ENOSPC: one line, exit 1', () => {
    expect(emit('ENOSPC')).toEqual({ lines: ['qnewton: error [FILE_WRITE_FAILED]: cannot write to standard output: no space left on device (ENOSPC)'], exits: [1] });
  });
});

describe('the qnewton process on a closed pipe and a full disk', () => {
  let dir: string;
  // 20,000 gates: `convert` prints ~300 KB, far more than a pipe buffer, so the write after
  // `head` has exited really fails with EPIPE.
  const file = (): string => path.join(dir, 'big.qasm');
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qn-stdio-'));
    const body = Array.from({ length: 20_000 }, (_v, i) => `rz(${(i + 1) / 1000}) q[${i % 4}];`).join('\n');
    fs.writeFileSync(file(), `OPENQASM 2.0;\ninclude "qelib1.inc";\nqreg q[4];\n${body}\n`);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it.each(['stats', 'convert --to qasm3'])('`%s FILE | head -1` prints one line and no trace; qnewton exits 0', (cmd) => {
    const r = runCliShell(`$BOOT ${cmd} '${file()}' | head -1; echo "status=\${PIPESTATUS[0]}" >&2`);
    expect(r.stdout.split('\n').filter((l) => l.length > 0)).toHaveLength(1);
    expect(r.stderr).not.toMatch(/Unhandled|EPIPE|at /);
    expect(r.stderr.trim()).toBe('status=0');
  });
  it('`stats FILE > /dev/full` prints one line and exits 1', () => {
    const r = runCliShell(`$BOOT stats '${file()}' > /dev/full; echo "status=$?" >&2`);
    expect(r.stderr.trim().split('\n')).toEqual([
      'qnewton: error [FILE_WRITE_FAILED]: cannot write to standard output: no space left on device (ENOSPC)',
      'status=1',
    ]);
  });
});
