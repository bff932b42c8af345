import { execFileSync, spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { OutputLockedError, UnsafeOutputPathError } from '../../../src/errors';
import {
  acquireDirLock, checkOutputFile, COMPLETE_MARKER, LOCK_FILE_NAME, makeDirs, recoverInterruptedCommits,
  TEMP_DIR_PREFIX, withOutputs, writeFileDurable,
} from '../../../src/cli/output';
import { runCapture } from '../helpers';
import { writeTsBootstrap } from '../spawnTs';

let root: string;
beforeEach(() => { root = fs.mkdtempSync(path.join(os.tmpdir(), 'qn-out-')); });
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

/** Every entry under `dir`, recursively, sorted (hidden files included). */
function tree(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string, rel: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      out.push(e.isDirectory() ? `${r}/` : r);
      if (e.isDirectory()) walk(path.join(d, e.name), r);
    }
  };
  walk(dir, '');
  return out.sort();
}

/** A pid that surely belongs to no running process: a child that has exited. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', '0']);
  return r.pid as number;
}

describe('output sets are atomic as a set', () => {
  it('writes every file, leaves no temporaries or lock behind', () => {
    const dir = path.join(root, 'out');
    const written = withOutputs({ dirs: [dir] }, {}, (o) => {
      o.add(path.join(dir, 'a.json'), '{"a":1}\n');
      o.add(path.join(dir, 'b.qasm'), 'OPENQASM 2.0;\n');
      return o.commit();
    });
    expect(written.map((p) => path.basename(p))).toEqual(['a.json', 'b.qasm']);
    expect(tree(dir)).toEqual(['a.json', 'b.qasm']);
    expect(fs.readFileSync(path.join(dir, 'a.json'), 'utf8')).toBe('{"a":1}\n');
  });

  it('a writer failing on the 3rd of 4 files leaves nothing new behind and the previous set intact', () => {
    const dir = path.join(root, 'out');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'a.json'), 'old a');
    fs.writeFileSync(path.join(dir, 'summary.txt'), 'old summary');
    let calls = 0;
    const failing = (p: string, data: string | Uint8Array): void => {
      if (++calls === 3) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      writeFileDurable(p, data);
    };
    expect(() => withOutputs({ dirs: [dir] }, { writeFile: failing }, (o) => {
      for (const n of ['a.json', 'b.qasm', 'c.qasm', 'summary.txt']) o.add(path.join(dir, n), `new ${n}`);
    })).toThrow(/cannot write .*c\.qasm: ENOSPC: no space left on device, write; no output file was changed/);
    expect(calls).toBe(3);
    expect(tree(dir)).toEqual(['a.json', 'summary.txt']);
    expect(fs.readFileSync(path.join(dir, 'a.json'), 'utf8')).toBe('old a');
    expect(fs.readFileSync(path.join(dir, 'summary.txt'), 'utf8')).toBe('old summary');
  });

  it('a rename failing part-way (the last target became a directory meanwhile) restores the files already renamed', () => {
    const dir = path.join(root, 'out');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'a.txt'), 'old a');
    const interloper = (p: string, data: string | Uint8Array): void => {
      writeFileDurable(p, data);
      if (path.basename(p) === 'c.txt') {
        fs.mkdirSync(path.join(dir, 'c.txt'));
        fs.writeFileSync(path.join(dir, 'c.txt', 'x'), 'x');
      }
    };
    expect(() => withOutputs({ dirs: [dir] }, { writeFile: interloper }, (o) => {
      for (const n of ['a.txt', 'b.txt', 'c.txt']) o.add(path.join(dir, n), `new ${n}`);
    })).toThrow(/cannot write .*c\.txt: E(ISDIR|NOTEMPTY|EXIST)/);
    expect(tree(dir)).toEqual(['a.txt', 'c.txt/', 'c.txt/x']);
    expect(fs.readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe('old a');
  });

  it('a failure in the command removes the folders it created (and its lock)', () => {
    const dir = path.join(root, 'new', 'deeper');
    expect(() => withOutputs({ dirs: [dir] }, {}, () => { throw new Error('stage 2 failed'); })).toThrow('stage 2 failed');
    expect(tree(root)).toEqual([]);
  });

  it('files staged but not committed explicitly are committed when the body returns', () => {
    const f = path.join(root, 'x.txt');
    withOutputs({ files: [f] }, {}, (o) => o.add(f, 'x'));
    expect(fs.readFileSync(f, 'utf8')).toBe('x');
  });

  it('refuses a file outside the declared outputs (a bug, not a user error)', () => {
    expect(() => withOutputs({ dirs: [path.join(root, 'd')] }, {}, (o) => o.add(path.join(root, 'elsewhere.txt'), 'x'))).toThrow(/outside the declared/);
  });
});

describe('the output-directory lock', () => {
  it('a second concurrent set on the same directory refuses with a clear message', () => {
    const dir = path.join(root, 'out');
    withOutputs({ dirs: [dir] }, {}, (o) => {
      expect(fs.existsSync(path.join(dir, LOCK_FILE_NAME))).toBe(true);
      expect(() => withOutputs({ dirs: [dir] }, {}, () => 0)).toThrow(OutputLockedError);
      expect(() => withOutputs({ dirs: [dir] }, {}, () => 0)).toThrow(new RegExp(`in use by qnewton process ${process.pid}`));
      o.add(path.join(dir, 'a'), 'a');
    });
    expect(tree(dir)).toEqual(['a']);
  });

  it('the lock file holds the pid, created exclusively', () => {
    fs.mkdirSync(path.join(root, 'd'));
    const lock = acquireDirLock(path.join(root, 'd'));
    expect(JSON.parse(fs.readFileSync(lock.lockPath, 'utf8')).pid).toBe(process.pid);
    expect(() => acquireDirLock(path.join(root, 'd'))).toThrow(OutputLockedError);
    lock.release();
    expect(fs.existsSync(lock.lockPath)).toBe(false);
  });

  it('a stale lock of a dead process is taken over', () => {
    const dir = path.join(root, 'out');
    fs.mkdirSync(dir);
    const pid = deadPid();
    fs.writeFileSync(path.join(dir, LOCK_FILE_NAME), JSON.stringify({ pid, token: 'dead' }) + '\n');
    withOutputs({ dirs: [dir] }, {}, (o) => o.add(path.join(dir, 'a'), 'a'));
    expect(tree(dir)).toEqual(['a']);
  });

  it('a lock of a live process with another start time (a recycled pid) is stale too', () => {
    const dir = path.join(root, 'out');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, LOCK_FILE_NAME), JSON.stringify({ pid: process.pid, token: 't', startTicks: '1' }) + '\n');
    const lock = acquireDirLock(dir);
    lock.release();
  });

  it('a lock held by another live process (a child) is refused from the CLI, with no output', async () => {
    const dir = path.join(root, 'out');
    fs.mkdirSync(dir);
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)']);
    try {
      fs.writeFileSync(path.join(dir, LOCK_FILE_NAME), JSON.stringify({ pid: child.pid, token: 'live' }) + '\n');
      const r = await runCapture(['estimate', '--n', '1000', '--flop-rate', '1e10', '--out', path.join(dir, 'e.json'), '--json']);
      // a single output file is not locked: it goes through
      expect(r.code).toBe(0);
      const mtx = path.join(root, 'a.mtx');
      fs.writeFileSync(mtx, '%%MatrixMarket matrix coordinate real symmetric\n2 2 2\n1 1 2\n2 2 3\n');
      const c = await runCapture(['compile', mtx, '--out-dir', dir]);
      expect(c.code).toBe(1);
      expect(c.stderr).toBe(`qnewton: error [OUTPUT_LOCKED]: the output folder ${dir} is in use by qnewton process ${child.pid} (lock file ${path.join(dir, LOCK_FILE_NAME)}); wait for it to finish or choose another output folder (a lock left by a process that no longer runs is taken over automatically)`);
      expect(tree(dir)).toEqual([LOCK_FILE_NAME, 'e.json']);
    } finally {
      child.kill();
    }
  });
});

describe('recovery of a commit killed part-way (SIGKILL)', () => {
  it('rolls forward a fully written set (marker present), deletes an incomplete one', () => {
    const dir = path.join(root, 'out');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'a.json'), 'new a'); // already renamed before the kill
    fs.writeFileSync(path.join(dir, 'b.txt'), 'old b');
    const pid = deadPid();
    const complete = path.join(dir, `${TEMP_DIR_PREFIX}${pid}-aaaaaa`);
    fs.mkdirSync(complete);
    fs.writeFileSync(path.join(complete, 'b.txt'), 'new b');
    fs.writeFileSync(path.join(complete, COMPLETE_MARKER), JSON.stringify(['a.json', 'b.txt']));
    const partial = path.join(dir, `${TEMP_DIR_PREFIX}${pid}-bbbbbb`);
    fs.mkdirSync(partial);
    fs.writeFileSync(path.join(partial, 'c.txt'), 'half');
    withOutputs({ dirs: [dir] }, {}, () => 0);
    expect(tree(dir)).toEqual(['a.json', 'b.txt']);
    expect(fs.readFileSync(path.join(dir, 'b.txt'), 'utf8')).toBe('new b');
  });

  it('leaves the temporary directory of a live process alone', () => {
    const tmp = path.join(root, `${TEMP_DIR_PREFIX}1-zzzzzz`); // pid 1 always runs
    fs.mkdirSync(tmp);
    expect(recoverInterruptedCommits(root)).toBe(0);
    expect(fs.existsSync(tmp)).toBe(true);
  });
});

describe('unsafe output paths are refused before anything is computed', () => {
  it('a FIFO is refused without --force', () => {
    const fifo = path.join(root, 'pipe');
    execFileSync('mkfifo', [fifo]);
    expect(() => checkOutputFile(fifo, false)).toThrow(UnsafeOutputPathError);
    expect(() => checkOutputFile(fifo, false)).toThrow(/is a FIFO, not a regular file.*--force/);
    expect(checkOutputFile(fifo, true)).toBe('in-place');
    expect(fs.statSync(fifo).isFIFO()).toBe(true);
  });

  it('/dev/null is refused without --force and written in place (never replaced) with it', async () => {
    const r = await runCapture(['estimate', '--n', '1000', '--flop-rate', '1e10', '--out', '/dev/null']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('qnewton: error [OUTPUT_PATH_UNSAFE]: refusing to write /dev/null: it is a character device, not a regular file, and qnewton replaces only regular files; name a regular file, or pass --force to write into it in place');
    expect(r.stdout).toBe('');
    const f = await runCapture(['estimate', '--n', '1000', '--flop-rate', '1e10', '--out', '/dev/null', '--force']);
    expect(f.code).toBe(0);
    expect(fs.statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it.each(['file', 'fifo'])('an --out-dir that is a %s is refused before compiling', async (kind) => {
    const target = path.join(root, 'target');
    if (kind === 'file') fs.writeFileSync(target, 'keep me');
    else execFileSync('mkfifo', [target]);
    const mtx = path.join(root, 'a.mtx');
    fs.writeFileSync(mtx, '%%MatrixMarket matrix coordinate real symmetric\n2 2 2\n1 1 2\n2 2 3\n');
    const r = await runCapture(['compile', mtx, '--out-dir', target, '--force']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`qnewton: error [OUTPUT_PATH_UNSAFE]: refusing to use ${target} as the output folder: it is a ${kind === 'file' ? 'file' : 'FIFO'}, not a directory`);
    expect(r.stdout).toBe('');
    if (kind === 'file') expect(fs.readFileSync(target, 'utf8')).toBe('keep me');
  });

  it('a directory where a file is expected is refused even with --force', () => {
    expect(() => checkOutputFile(root, true)).toThrow(/is a directory, and an output file is expected/);
  });

  it.each(['/proc/qn-test/out', '/sys/qn-test/x/y', '/proc/self/fd/x'])('%s is refused at once (no hang in mkdir)', (p) => {
    const t0 = Date.now();
    expect(() => makeDirs(p)).toThrow(/refusing to write under \/(proc|sys)/);
    expect(() => checkOutputFile(path.join(p, 'f.json'), true)).toThrow(UnsafeOutputPathError);
    expect(Date.now() - t0).toBeLessThan(1000);
  });

  it('a symbolic link into /proc is followed and refused', () => {
    const link = path.join(root, 'link');
    fs.symlinkSync('/proc/self', link);
    expect(() => checkOutputFile(path.join(link, 'x', 'out.json'), false)).toThrow(/under \/proc/);
  });

  it('run --out-dir under /proc refuses with one line and exit 1', async () => {
    const r = await runCapture(['run', '--out-dir', '/proc/qn-test/out']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^qnewton: error \[OUTPUT_PATH_UNSAFE\]: refusing to write under \/proc/);
    expect(r.stderr.split('\n')).toHaveLength(1);
  });

  it('train --html naming a directory refuses before training, leaving no JSON behind', async () => {
    const out = path.join(root, 'report.json');
    const r = await runCapture(['train', '--out', out, '--html', root]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/OUTPUT_PATH_UNSAFE.*is a directory/);
    expect(fs.existsSync(out)).toBe(false);
  });
});

describe('SIGINT/SIGTERM during a commit wait for the set to be complete (real child process)', () => {
  it.each(['SIGINT', 'SIGTERM'])('%s sent mid-commit: the process dies of it after the whole set is written, no temporaries, no lock', (sig) => {
    const dir = path.join(root, 'out');
    const boot = writeTsBootstrap(root, `
      const { withOutputs, writeFileDurable } = src('cli/output/index.ts');
      const dir = ${JSON.stringify(dir)};
      let calls = 0;
      withOutputs({ dirs: [dir] }, { writeFile: (p, d) => { if (++calls === 2) process.kill(process.pid, ${JSON.stringify(sig)}); writeFileDurable(p, d); } }, (o) => {
        for (const n of ['a', 'b', 'c']) o.add(path.join(dir, n), n);
      });
      console.log('committed');
      setTimeout(() => console.log('not killed'), 2000);
    `);
    const r = spawnSync(process.execPath, [boot], { encoding: 'utf8', timeout: 30_000 });
    expect(r.signal).toBe(sig);
    expect(r.stdout).toBe('committed\n');
    expect(tree(dir)).toEqual(['a', 'b', 'c']);
  });
});

describe('commands write their outputs as one set', () => {
  it('compile: when the report cannot be written, the QASM files are not written either', async () => {
    const mtx = path.join(root, 'a.mtx');
    fs.writeFileSync(mtx, '%%MatrixMarket matrix coordinate real symmetric\n2 2 2\n1 1 2\n2 2 3\n');
    const dir = path.join(root, 'out');
    fs.mkdirSync(path.join(dir, 'a.qsvt.json'), { recursive: true }); // the report's path is a directory
    const r = await runCapture(['compile', mtx, '--out-dir', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/OUTPUT_PATH_UNSAFE.*a\.qsvt\.json: it is a directory/);
    expect(tree(dir)).toEqual(['a.qsvt.json/']);
    const ok = await runCapture(['compile', mtx, '--out-dir', path.join(root, 'out2')]);
    expect(ok.code).toBe(0);
    expect(tree(path.join(root, 'out2'))).toEqual(['a.qsvt.json', 'a.qsvt.v2.qasm', 'a.qsvt.v3.qasm']);
  });
});

describe('sets across two directories (train --out A/x.json --html B/y.html)', () => {
  it('a failure writing the second directory\'s file leaves neither file behind', () => {
    const a = path.join(root, 'A', 'x.json'), b = path.join(root, 'B', 'y.html');
    const failOnHtml = (p: string, d: string | Uint8Array): void => {
      if (p.endsWith('y.html')) throw new Error('EIO: i/o error, write');
      writeFileDurable(p, d);
    };
    expect(() => withOutputs({ files: [a, b] }, { writeFile: failOnHtml }, (o) => {
      o.add(a, '{}');
      o.add(b, '<html>');
    })).toThrow(/cannot write .*y\.html: EIO/);
    expect(tree(root)).toEqual([]);
    withOutputs({ files: [a, b] }, {}, (o) => { o.add(a, '{}'); o.add(b, '<html>'); });
    expect(tree(root)).toEqual(['A/', 'A/x.json', 'B/', 'B/y.html']);
  });

  it('leftovers of a killed single-file write are recovered by the next write there', () => {
    const tmp = path.join(root, `${TEMP_DIR_PREFIX}${deadPid()}-cccccc`);
    fs.mkdirSync(tmp);
    fs.writeFileSync(path.join(tmp, 'half.json'), '{');
    const f = path.join(root, 'e.json');
    withOutputs({ files: [f] }, {}, (o) => o.add(f, '{}'));
    expect(tree(root)).toEqual(['e.json']);
  });
});
