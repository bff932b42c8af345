import * as fs from 'fs';
import * as path from 'path';
import type { Argv } from 'yargs';
import { FileError, isQnError } from '../../errors';
import { acquireDirLock, DirLock } from './dirLock';
import { checkOutputDir, checkOutputFile, makeDirs, OutputFileMode, pathKind } from './outputPath';

/**
 * Output sets: every file a command writes goes through {@link withOutputs}, which gives these
 * guarantees (README "Output files"):
 *
 * 1. Paths are checked before anything is computed: an existing target that is not a regular
 *    file (device, FIFO, socket, directory) is refused unless `--force` (devices and FIFOs are then
 *    written in place, never replaced; a directory never), and nothing is written under /proc or
 *    /sys ({@link checkOutputFile}).
 * 2. A command that writes a set (an `--out-dir`, or two or more files) locks each output
 *    directory for its whole run (`.qnewton.lock`, O_EXCL, holding the pid); a second concurrent
 *    command on it refuses at once; a lock whose process died is taken over
 *    ({@link acquireDirLock}). A single output file is not locked: its rename is atomic on its
 *    own, and of two concurrent writers the last complete file wins.
 * 3. The files are written as a set: into a fresh temporary directory inside each destination
 *    directory (same file system), a completion marker written last, then renamed into place. A
 *    failure at any point (a write error, a full disk, a failed rename) rolls back: the previous
 *    files are restored, new ones removed, temporaries deleted, directories the command created
 *    removed again. SIGINT/SIGTERM arriving during the commit take effect right after it (the set
 *    is complete, the temporaries gone). A run killed outright (SIGKILL, power loss) during the
 *    renames is completed by the next command that writes to the directory: the marker shows the set
 *    was fully written, so the remaining renames are done (roll forward); without the marker the
 *    leftovers are deleted.
 */

/** Writes one file (injectable so tests can fail part-way); the default fsyncs the data. */
export type FileWriter = (filePath: string, data: string | Uint8Array) => void;

/** Options of {@link withOutputs}. */
export interface OutputOptions {
  /** Write into an existing device or FIFO in place instead of refusing (`--force`). */
  readonly force?: boolean;
  /** How a staged file is written to its temporary path (default {@link writeFileDurable}). */
  readonly writeFile?: FileWriter;
  /** What a SIGINT/SIGTERM held during the commit does afterwards (default: re-raise it; tests record it). */
  readonly onSignal?: (signal: NodeJS.Signals) => void;
}

/** The files a command will write. `files` are checked before the command computes anything. */
export interface OutputTargets {
  /** Output file paths known up front (undefined entries: an optional output not asked for). */
  readonly files?: readonly (string | undefined)[];
  /** Output directories whose file names are known only later (e.g. `--out-dir`). */
  readonly dirs?: readonly (string | undefined)[];
}

/** Collects a command's output files; {@link OutputSet.commit} writes them all or none. */
export interface OutputSet {
  /** Stage a file (in a declared directory, or a declared file path). Nothing is written yet. */
  add(filePath: string, data: string | Uint8Array): void;
  /** Write every staged file as one set (see the module comment) and return their paths. */
  commit(): readonly string[];
}

/** Prefix of the temporary directory of a commit, followed by the pid. */
export const TEMP_DIR_PREFIX = '.qnewton-tmp-';

/** Name of the completion marker inside a temporary directory (JSON list of the file names). */
export const COMPLETE_MARKER = '.complete.json';

/** Prefix of the rollback copy of a file being replaced, inside the temporary directory. */
const BACKUP_PREFIX = '.previous-';

/** Write a file and fsync it, so the completion marker is never on disk before the data. */
export const writeFileDurable: FileWriter = (filePath, data) => {
  const fd = fs.openSync(filePath, 'w', 0o666);
  try {
    fs.writeFileSync(fd, data);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
};

/** Add `--force` to a command that writes files. */
export function forceOption(y: Argv): Argv {
  return y.option('force', {
    type: 'boolean', default: false,
    describe: 'write into an existing device or FIFO in place instead of refusing (regular files are always replaced atomically; a directory never)',
  });
}

/** The {@link OutputOptions} of a command's parsed arguments (`--force`). */
export function outputOptionsOf(args: Record<string, unknown>): OutputOptions {
  return { force: args.force === true };
}

interface Staged {
  readonly dest: string;
  readonly data: string | Uint8Array;
  readonly mode: OutputFileMode;
}

/**
 * Finish the commit of a run that was killed: in `dir`, every temporary directory
 * of a process that no longer runs is rolled forward when its completion marker exists (the set
 * was fully written; the renames not yet done are done) and deleted otherwise. Returns how many
 * interrupted commits were found.
 */
export function recoverInterruptedCommits(dir: string): number {
  let found = 0;
  const pattern = new RegExp(`^${TEMP_DIR_PREFIX.replace(/\./g, '\\.')}(\\d+)-`);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return 0; // an unreadable folder: the commit itself reports what is wrong
  }
  for (const name of names) {
    const m = pattern.exec(name);
    if (!m) continue;
    const pid = Number(m[1]);
    if (pid === process.pid || isRunning(pid)) continue;
    const tmp = path.join(dir, name);
    found++;
    try {
      const marker = path.join(tmp, COMPLETE_MARKER);
      if (fs.existsSync(marker)) {
        const files = JSON.parse(fs.readFileSync(marker, 'utf8')) as string[];
        for (const f of files) {
          const from = path.join(tmp, path.basename(f));
          if (fs.existsSync(from)) fs.renameSync(from, path.join(dir, path.basename(f)));
        }
      }
      fs.rmSync(tmp, { recursive: true, force: true });
    } catch {
      // Another process is recovering the same leftovers (unlocked single-file outputs): it finishes.
    }
  }
  return found;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Hold SIGINT/SIGTERM while `fn` runs. The commit is synchronous, so a signal can only be
 * handled after it; without a listener the default action would kill the process mid-commit and
 * leave temporaries. With one, the signal waits until the set is complete (or rolled back), then
 * takes its default effect (the process dies of it). Listeners stay one loop turn, so a signal
 * that arrived during `fn` is still delivered. `onSignal` replaces the re-raise in tests.
 */
export function holdSignalsDuring<T>(fn: () => T, onSignal: (signal: NodeJS.Signals) => void = reRaise): T {
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];
  const listener = (signal: NodeJS.Signals): void => {
    for (const s of signals) process.off(s, listener);
    onSignal(signal);
  };
  for (const s of signals) process.on(s, listener);
  try {
    return fn();
  } finally {
    setImmediate(() => { for (const s of signals) process.off(s, listener); });
  }
}

function reRaise(signal: NodeJS.Signals): void {
  process.kill(process.pid, signal);
}

function writeFailed(dest: string, e: unknown): Error {
  if (isQnError(e)) return e;
  return new FileError('FILE_WRITE_FAILED', `cannot write ${dest}: ${(e as Error).message}; no output file was changed`, dest);
}

/**
 * Commit `staged` as one set: in-place targets (forced devices) first, then the regular files via
 * a temporary directory per destination directory and renames; any failure restores what was
 * there. Throws FileError (or the writer's QnError).
 */
function commitSet(staged: readonly Staged[], writeFile: FileWriter): void {
  const inPlace = staged.filter((s) => s.mode === 'in-place');
  const replaced = staged.filter((s) => s.mode === 'replace');
  for (const s of inPlace) {
    try { fs.writeFileSync(s.dest, s.data); } catch (e) { throw writeFailed(s.dest, e); }
  }
  const tmpOf = new Map<string, string>();
  const renamed: { s: Staged; backup?: string }[] = [];
  let current = replaced[0]?.dest ?? '';
  try {
    for (const s of replaced) {
      const dir = path.dirname(s.dest);
      if (!tmpOf.has(dir)) tmpOf.set(dir, fs.mkdtempSync(path.join(dir, `${TEMP_DIR_PREFIX}${process.pid}-`)));
    }
    for (const s of replaced) {
      current = s.dest;
      writeFile(path.join(tmpOf.get(path.dirname(s.dest)) as string, path.basename(s.dest)), s.data);
    }
    for (const [dir, tmp] of tmpOf) {
      current = dir;
      const names = replaced.filter((s) => path.dirname(s.dest) === dir).map((s) => path.basename(s.dest));
      writeFileDurable(path.join(tmp, COMPLETE_MARKER), JSON.stringify(names) + '\n');
    }
    for (const s of replaced) {
      current = s.dest;
      const tmp = tmpOf.get(path.dirname(s.dest)) as string;
      let backup: string | undefined;
      if (pathKind(s.dest) === 'file') {
        backup = path.join(tmp, BACKUP_PREFIX + path.basename(s.dest));
        try { fs.linkSync(s.dest, backup); } catch { fs.copyFileSync(s.dest, backup); }
      }
      fs.renameSync(path.join(tmp, path.basename(s.dest)), s.dest);
      renamed.push({ s, ...(backup ? { backup } : {}) });
    }
  } catch (e) {
    for (const r of renamed.reverse()) {
      try {
        if (r.backup) fs.renameSync(r.backup, r.s.dest);
        else fs.unlinkSync(r.s.dest);
      } catch { /* best effort: the remaining files are still restored */ }
    }
    throw writeFailed(current, e);
  } finally {
    for (const tmp of tmpOf.values()) {
      try { fs.rmSync(tmp, { recursive: true, force: true }); } catch { /* recovered by the next run */ }
    }
  }
}

/**
 * Run `body` with an {@link OutputSet} for `targets`: check every path (refusing unsafe ones
 * before anything is computed), create and lock the output directories, let `body` stage files
 * and commit them (files still staged when `body` returns are committed then), and always release
 * the locks; if `body` or the commit fails, directories created here are removed again (when
 * empty) and no output file is changed. See the module comment for the guarantees.
 */
export function withOutputs<T>(targets: OutputTargets, options: OutputOptions, body: (out: OutputSet) => T): T {
  const force = options.force ?? false;
  const writeFile = options.writeFile ?? writeFileDurable;
  const modes = new Map<string, OutputFileMode>();
  for (const f of targets.files ?? []) if (f !== undefined) modes.set(path.resolve(f), checkOutputFile(f, force));
  const dirSet = new Set<string>();
  for (const d of targets.dirs ?? []) if (d !== undefined) dirSet.add(path.resolve(d));
  for (const [f, mode] of modes) if (mode === 'replace') dirSet.add(path.dirname(f));
  const dirs = [...dirSet].sort();
  for (const d of dirs) checkOutputDir(d);
  const isSet = (targets.dirs ?? []).some((d) => d !== undefined) || modes.size > 1;

  const created: string[] = [];
  const locks: DirLock[] = [];
  const releaseAll = (removeCreated: boolean): void => {
    for (const l of locks.splice(0).reverse()) l.release();
    if (removeCreated) {
      for (const d of created.splice(0).reverse()) {
        try { fs.rmdirSync(d); } catch { /* not empty: keep it */ }
      }
    }
  };
  const onExit = (): void => releaseAll(true);
  let ok = false;
  try {
    for (const d of dirs) {
      created.push(...makeDirs(d));
      if (isSet) locks.push(acquireDirLock(d));
      recoverInterruptedCommits(d);
    }
    process.on('exit', onExit);
    const staged = new Map<string, Staged>();
    let committed = false;
    const set: OutputSet = {
      add(filePath, data) {
        if (committed) throw new Error(`output set: ${filePath} added after the commit`);
        const dest = path.resolve(filePath);
        const mode = modes.get(dest) ?? checkOutputFile(filePath, force);
        if (mode === 'replace' && !dirSet.has(path.dirname(dest))) {
          throw new Error(`output set: ${filePath} is outside the declared output files and folders (a bug)`);
        }
        staged.set(dest, { dest, data, mode });
      },
      commit() {
        if (committed) throw new Error('output set: committed twice');
        committed = true;
        const all = [...staged.values()];
        holdSignalsDuring(() => commitSet(all, writeFile), options.onSignal);
        return all.map((s) => s.dest);
      },
    };
    const result = body(set);
    if (!committed && staged.size > 0) set.commit();
    ok = true;
    return result;
  } finally {
    process.off('exit', onExit);
    releaseAll(!ok);
  }
}
