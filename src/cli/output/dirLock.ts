import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { FileError, OutputLockedError } from '../../errors';

/** Name of the lock file a qnewton process keeps in an output directory while it writes there. */
export const LOCK_FILE_NAME = '.qnewton.lock';

/** Contents of a lock file (JSON, one line). */
export interface LockRecord {
  readonly pid: number;
  /** Start time of the process in clock ticks since boot (/proc/PID/stat field 22), against pid reuse. */
  readonly startTicks?: string;
  /** Random token of this lock, so release removes only its own lock file. */
  readonly token: string;
}

/** A held lock; `release()` removes the lock file if it is still this lock's. */
export interface DirLock {
  readonly dir: string;
  readonly lockPath: string;
  release(): void;
}

/** Whether a process is alive; injectable for tests. */
export type LivenessCheck = (record: LockRecord) => boolean;

/** Start time of process `pid` in clock ticks since boot, or undefined where /proc is absent. */
export function processStartTicks(pid: number): string | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 2 (comm) may contain spaces and parentheses; fields after the last ')' are plain.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[19]; // field 22 overall = index 19 after "pid (comm)"
  } catch {
    return undefined;
  }
}

/**
 * True when the process that wrote `record` still runs: `kill(pid, 0)` succeeds (or fails with
 * EPERM: it exists under another user) and, where /proc tells, its start time is the recorded one
 * (a recycled pid is a different process).
 */
export const isLockHolderAlive: LivenessCheck = (record) => {
  try {
    process.kill(record.pid, 0);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  if (record.startTicks === undefined) return true;
  const now = processStartTicks(record.pid);
  return now === undefined || now === record.startTicks;
};

/** Parse a lock file's text; undefined if it is not a lock record (e.g. still being written). */
export function parseLockRecord(text: string): LockRecord | undefined {
  try {
    const v = JSON.parse(text) as Partial<LockRecord>;
    if (typeof v.pid !== 'number' || !Number.isInteger(v.pid) || v.pid <= 0 || typeof v.token !== 'string') return undefined;
    return { pid: v.pid, token: v.token, ...(typeof v.startTicks === 'string' ? { startTicks: v.startTicks } : {}) };
  } catch {
    return undefined;
  }
}

/** A lock file younger than this without a readable record is taken to be mid-write (held). */
const UNREADABLE_LOCK_GRACE_MS = 10_000;

function readLock(lockPath: string): { record?: LockRecord; ageMs: number } | undefined {
  try {
    const text = fs.readFileSync(lockPath, 'utf8');
    const ageMs = Date.now() - fs.statSync(lockPath).mtimeMs;
    const record = parseLockRecord(text);
    return record ? { record, ageMs } : { ageMs };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new FileError('FILE_WRITE_FAILED', `cannot read the lock file ${lockPath}: ${(e as Error).message}`, lockPath);
  }
}

function lockedError(dir: string, lockPath: string, pid: number): OutputLockedError {
  return new OutputLockedError(
    `the output folder ${dir} is in use by qnewton process ${pid} (lock file ${lockPath}); ` +
    'wait for it to finish or choose another output folder (a lock left by a process that no longer runs is taken over automatically)',
    dir, pid);
}

/**
 * Take the exclusive lock of output directory `dir` (which must exist): create
 * `dir/.qnewton.lock` with O_EXCL holding this pid. When the file exists and its holder still
 * runs, throw {@link OutputLockedError}; when the holder is dead (a killed run), take the stale
 * lock over: move it aside atomically, check that what was moved is the stale record, retry.
 */
export function acquireDirLock(dir: string, isAlive: LivenessCheck = isLockHolderAlive): DirLock {
  const lockPath = path.join(dir, LOCK_FILE_NAME);
  const record: LockRecord = {
    pid: process.pid, token: crypto.randomBytes(8).toString('hex'),
    ...(processStartTicks(process.pid) !== undefined ? { startTicks: processStartTicks(process.pid) } : {}),
  };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = fs.openSync(lockPath, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL, 0o644);
      try {
        fs.writeSync(fd, JSON.stringify(record) + '\n');
      } finally {
        fs.closeSync(fd);
      }
      return { dir, lockPath, release: () => releaseLock(lockPath, record.token) };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new FileError('FILE_WRITE_FAILED', `cannot create the lock file ${lockPath}: ${(e as Error).message}`, lockPath);
      }
    }
    const held = readLock(lockPath);
    if (held === undefined) continue; // released meanwhile: retry
    if (held.record === undefined) {
      if (held.ageMs < UNREADABLE_LOCK_GRACE_MS) throw lockedError(dir, lockPath, 0);
    } else if (isAlive(held.record)) {
      throw lockedError(dir, lockPath, held.record.pid);
    }
    // Stale: move it aside (atomic), and make sure the file moved is the stale one we judged.
    const aside = `${lockPath}.stale-${record.token}`;
    try {
      fs.renameSync(lockPath, aside);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw new FileError('FILE_WRITE_FAILED', `cannot take over the stale lock ${lockPath}: ${(e as Error).message}`, lockPath);
    }
    const moved = parseLockRecord(fs.readFileSync(aside, 'utf8'));
    if (moved && held.record && moved.token !== held.record.token && isAlive(moved)) {
      // Another process took the stale lock over between our read and our rename: give it back.
      try { fs.linkSync(aside, lockPath); } catch { /* it has been replaced again; the holder keeps its token */ }
      fs.unlinkSync(aside);
      throw lockedError(dir, lockPath, moved.pid);
    }
    fs.unlinkSync(aside);
  }
  throw new FileError('FILE_WRITE_FAILED', `cannot take the lock ${lockPath}: it keeps changing (several processes starting at once?); try again`, lockPath);
}

function releaseLock(lockPath: string, token: string): void {
  try {
    if (readLock(lockPath)?.record?.token === token) fs.unlinkSync(lockPath);
  } catch {
    // Releasing never throws: the lock is gone, or unreadable and then stale for the next run.
  }
}
