import * as fs from 'fs';
import * as path from 'path';
import { FileError, UnsafeOutputPathError } from '../../errors';

/** What is at a path now (symbolic links followed; a dangling link counts as missing). */
export type PathKind = 'missing' | 'file' | 'directory' | 'FIFO' | 'socket' | 'character device' | 'block device' | 'other';

/** The {@link PathKind} of `p`. */
export function pathKind(p: string): PathKind {
  let st: fs.Stats;
  try {
    st = fs.statSync(p);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return 'missing';
    throw new FileError('FILE_WRITE_FAILED', `cannot inspect output path ${p}: ${(e as Error).message}`, p);
  }
  if (st.isFile()) return 'file';
  if (st.isDirectory()) return 'directory';
  if (st.isFIFO()) return 'FIFO';
  if (st.isSocket()) return 'socket';
  if (st.isCharacterDevice()) return 'character device';
  if (st.isBlockDevice()) return 'block device';
  return 'other';
}

/** Path prefixes of the kernel's virtual file systems, never written to. */
const VIRTUAL_FS_ROOTS = ['/proc', '/sys'];

/**
 * `statfs` magic numbers of virtual file systems (linux/magic.h), so a procfs or sysfs mounted
 * elsewhere (a chroot, a bind mount) is caught too.
 */
const VIRTUAL_FS_MAGIC: ReadonlyMap<number, string> = new Map([
  [0x9fa0, 'procfs'], [0x62656572, 'sysfs'], [0x27e0eb, 'cgroup'], [0x63677270, 'cgroup2'],
  [0x64626720, 'debugfs'], [0x74726163, 'tracefs'], [0x73636673, 'securityfs'],
]);

/** The deepest existing ancestor of absolute path `abs` (itself if it exists), resolved with realpath. */
function nearestExistingReal(abs: string): { real: string; rest: string[] } {
  const rest: string[] = [];
  let cur = abs;
  for (;;) {
    try {
      return { real: fs.realpathSync(cur), rest };
    } catch {
      const parent = path.dirname(cur);
      if (parent === cur) return { real: cur, rest };
      rest.unshift(path.basename(cur));
      cur = parent;
    }
  }
}

function isUnder(p: string, root: string): boolean {
  return p === root || p.startsWith(root + path.sep);
}

/**
 * Throw {@link UnsafeOutputPathError} when `p` (after resolving symbolic links of its existing
 * part) lies under /proc or /sys, or on a file system of that kind anywhere. Checked before any
 * `mkdir`, so an output path there is refused at once instead of hanging (Node's recursive
 * mkdir loops forever under /proc).
 */
export function assertNotVirtualFs(p: string): void {
  const abs = path.resolve(p);
  const { real, rest } = nearestExistingReal(abs);
  const resolved = path.join(real, ...rest);
  for (const root of VIRTUAL_FS_ROOTS) {
    if (isUnder(abs, root) || isUnder(resolved, root)) {
      throw new UnsafeOutputPathError(`refusing to write under ${root}: ${p} is on the kernel's virtual file system; choose an output path on a real disk`, p);
    }
  }
  let type: number | undefined;
  try {
    type = Number(fs.statfsSync(real).type);
  } catch {
    type = undefined;
  }
  const fsName = type === undefined ? undefined : VIRTUAL_FS_MAGIC.get(type);
  if (fsName) {
    throw new UnsafeOutputPathError(`refusing to write to ${p}: it lies on a ${fsName} virtual file system; choose an output path on a real disk`, p, { fileSystem: fsName });
  }
}

/** How an output file will be written: replaced by a rename (regular or new file) or written in place (--force on a device/FIFO). */
export type OutputFileMode = 'replace' | 'in-place';

/**
 * Check an output file path before anything is computed or written: it must be missing or a
 * regular file, not on a virtual file system, and its parent must not be a non-directory.
 * A device, FIFO or socket is refused unless `force` (then written in place, never replaced);
 * a directory is always refused (a file cannot replace it).
 */
export function checkOutputFile(p: string, force: boolean): OutputFileMode {
  assertNotVirtualFs(p);
  const kind = pathKind(p);
  if (kind === 'missing' || kind === 'file') {
    const parentKind = pathKind(path.dirname(path.resolve(p)));
    if (parentKind !== 'directory' && parentKind !== 'missing') {
      throw new UnsafeOutputPathError(`cannot write ${p}: its parent ${path.dirname(p)} is a ${parentKind}, not a directory`, p, { kind: parentKind });
    }
    return 'replace';
  }
  if (kind === 'directory') {
    throw new UnsafeOutputPathError(`refusing to write ${p}: it is a directory, and an output file is expected; name a file (e.g. ${path.join(p, 'out.json')})`, p, { kind });
  }
  if (kind === 'socket' || kind === 'other') {
    throw new UnsafeOutputPathError(`refusing to write ${p}: it is a ${kind}, not a regular file; name a regular file`, p, { kind });
  }
  if (force) return 'in-place';
  throw new UnsafeOutputPathError(
    `refusing to write ${p}: it is a ${kind}, not a regular file, and qnewton replaces only regular files; ` +
    'name a regular file, or pass --force to write into it in place', p, { kind });
}

/** Check an output directory: missing or a directory, and not on a virtual file system. */
export function checkOutputDir(dir: string): void {
  assertNotVirtualFs(dir);
  const kind = pathKind(dir);
  if (kind !== 'missing' && kind !== 'directory') {
    throw new UnsafeOutputPathError(`refusing to use ${dir} as the output folder: it is a ${kind}, not a directory`, dir, { kind });
  }
}

/**
 * Create `dir` and its missing ancestors one level at a time (never Node's recursive mkdir, which
 * can loop forever on virtual file systems), after {@link assertNotVirtualFs}. Returns the
 * directories it created, outermost first, so a failed command can remove them again.
 */
export function makeDirs(dir: string): string[] {
  assertNotVirtualFs(dir);
  const abs = path.resolve(dir);
  const missing: string[] = [];
  for (let cur = abs; pathKind(cur) === 'missing'; cur = path.dirname(cur)) {
    if (path.dirname(cur) === cur) break;
    missing.unshift(cur);
  }
  const created: string[] = [];
  for (const d of missing) {
    try {
      fs.mkdirSync(d);
      created.push(d);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST' && pathKind(d) === 'directory') continue;
      throw new FileError('FILE_WRITE_FAILED', `cannot create the folder ${d}: ${(e as Error).message}`, d);
    }
  }
  const kind = pathKind(abs);
  if (kind !== 'directory') {
    throw new UnsafeOutputPathError(`refusing to use ${dir} as the output folder: it is a ${kind}, not a directory`, dir, { kind });
  }
  return created;
}
