import * as fs from 'fs';
import * as os from 'os';

/**
 * The memory this process may really use, from every limit Linux can put on it: the machine's
 * RAM, the cgroup memory limit (v2 `memory.max`, v1 `memory.limit_in_bytes`, the smallest along
 * the process's cgroup path, as a container runtime sets it), and the address-space limit
 * (`ulimit -v`, RLIMIT_AS, read from `/proc/self/limits` because Node has no getrlimit) minus the
 * address space already mapped (`VmSize`). On other systems only the RAM term applies.
 *
 * Every size check that guards an allocation (simulator state vectors, register sizes, matrix
 * dimensions) derives its budget from {@link memoryLimitBytes}, so a container limit of 2 GiB
 * gives a clean typed error instead of an out-of-memory kill.
 */
export interface MemoryLimits {
  /** Physical memory of the machine (`os.totalmem()`), bytes. */
  readonly totalMemoryBytes: number;
  /** Smallest cgroup memory limit on the process's path, bytes (undefined: none). */
  readonly cgroupLimitBytes?: number;
  /** RLIMIT_AS soft limit (`ulimit -v`), bytes (undefined: unlimited or unknown). */
  readonly addressSpaceLimitBytes?: number;
  /** Address space mapped now (`VmSize` of /proc/self/status), bytes. */
  readonly virtualSizeBytes?: number;
  /** The smallest of the limits above (for RLIMIT_AS: the part not yet mapped), bytes. */
  readonly limitBytes: number;
  /** Which limit is the smallest, for messages. */
  readonly binding: MemoryLimitKind;
}

/** Names of the limits, as {@link MemoryLimits.binding} reports them. */
export type MemoryLimitKind = 'physical memory' | 'cgroup memory limit' | 'address-space limit (ulimit -v)';

/** Reads a text file, or returns undefined when it does not exist or cannot be read. */
export type TextReader = (filePath: string) => string | undefined;

/** Values at or above 2^62 bytes are "no limit" (cgroup v1 writes LONG_MAX rounded to a page). */
const UNLIMITED_BYTES = 2 ** 62;

/** Where cgroup file systems are mounted on Linux. */
const CGROUP_ROOT = '/sys/fs/cgroup';

/** The cgroup paths of this process, from the text of /proc/self/cgroup. */
export interface CgroupMembership {
  /** Path in the unified (v2) hierarchy, line `0::/path`. */
  readonly v2Path?: string;
  /** Path in the v1 memory controller's hierarchy, line `N:...memory...:/path`. */
  readonly v1MemoryPath?: string;
}

/** Parse /proc/self/cgroup (`hierarchy-id:controllers:path` per line). */
export function parseCgroupMembership(text: string): CgroupMembership {
  let v2Path: string | undefined;
  let v1MemoryPath: string | undefined;
  for (const line of text.split('\n')) {
    const m = /^(\d+):([^:]*):(.*)$/.exec(line.trim());
    if (!m) continue;
    if (m[1] === '0' && m[2] === '') v2Path = m[3];
    else if (m[2].split(',').includes('memory')) v1MemoryPath = m[3];
  }
  return { ...(v2Path !== undefined ? { v2Path } : {}), ...(v1MemoryPath !== undefined ? { v1MemoryPath } : {}) };
}

/**
 * Parse a cgroup limit file (v2 `memory.max`, v1 `memory.limit_in_bytes`): bytes, or undefined
 * for no limit (`max`, a value ≥ 2^62) or unreadable text.
 */
export function parseCgroupLimit(text: string): number | undefined {
  const t = text.trim();
  if (!/^\d+$/.test(t)) return undefined;
  const v = Number(t);
  return v >= UNLIMITED_BYTES ? undefined : v;
}

/** Parse the soft "Max address space" limit of /proc/self/limits: bytes, or undefined if unlimited. */
export function parseAddressSpaceLimit(limitsText: string): number | undefined {
  for (const line of limitsText.split('\n')) {
    const m = /^Max address space\s+(\S+)\s+(\S+)\s+bytes/.exec(line);
    if (!m) continue;
    return /^\d+$/.test(m[1]) ? Number(m[1]) : undefined;
  }
  return undefined;
}

/** Parse `VmSize:  N kB` of /proc/self/status: bytes, or undefined. */
export function parseVirtualSize(statusText: string): number | undefined {
  const m = /^VmSize:\s+(\d+)\s+kB/m.exec(statusText);
  return m ? Number(m[1]) * 1024 : undefined;
}

/** Every directory from `/sys/fs/cgroup/<sub>/<path>` up to `/sys/fs/cgroup/<sub>`. */
function cgroupDirs(sub: string, cgroupPath: string): string[] {
  const base = sub ? `${CGROUP_ROOT}/${sub}` : CGROUP_ROOT;
  const parts = cgroupPath.split('/').filter((p) => p.length > 0 && p !== '..' && p !== '.');
  const dirs: string[] = [];
  for (let k = parts.length; k >= 0; k--) dirs.push([base, ...parts.slice(0, k)].join('/'));
  return dirs;
}

/** Smallest limit in `fileName` over `dirs` (missing files are skipped). */
function smallestLimit(read: TextReader, dirs: readonly string[], fileName: string): number | undefined {
  let best: number | undefined;
  for (const d of dirs) {
    const text = read(`${d}/${fileName}`);
    const v = text === undefined ? undefined : parseCgroupLimit(text);
    if (v !== undefined && (best === undefined || v < best)) best = v;
  }
  return best;
}

/**
 * The cgroup memory limit of this process: the smallest `memory.max` (v2) or
 * `memory.limit_in_bytes` (v1) along its cgroup path (inside a container the path may not be
 * visible, so the mount's root is read too). Undefined when there is none.
 */
export function cgroupMemoryLimit(read: TextReader): number | undefined {
  const membership = parseCgroupMembership(read('/proc/self/cgroup') ?? '');
  const v2 = smallestLimit(read, cgroupDirs('', membership.v2Path ?? '/'), 'memory.max');
  const v1 = smallestLimit(read, cgroupDirs('memory', membership.v1MemoryPath ?? '/'), 'memory.limit_in_bytes');
  if (v2 === undefined) return v1;
  return v1 === undefined ? v2 : Math.min(v1, v2);
}

/** Read a file's text, or undefined when it is missing or unreadable. */
export const readTextIfExists: TextReader = (filePath) => {
  try {
    return fs.readFileSync(filePath, 'utf8');
  } catch {
    return undefined;
  }
};

/**
 * Read every memory limit of this process ({@link MemoryLimits}). `read` and `totalMemoryBytes`
 * are injectable so the parsing is tested on fixture text.
 */
export function readMemoryLimits(read: TextReader = readTextIfExists, totalMemoryBytes: number = os.totalmem()): MemoryLimits {
  const cgroupLimitBytes = cgroupMemoryLimit(read);
  const addressSpaceLimitBytes = parseAddressSpaceLimit(read('/proc/self/limits') ?? '');
  const virtualSizeBytes = addressSpaceLimitBytes === undefined ? undefined : parseVirtualSize(read('/proc/self/status') ?? '');
  let limitBytes = totalMemoryBytes;
  let binding: MemoryLimitKind = 'physical memory';
  if (cgroupLimitBytes !== undefined && cgroupLimitBytes < limitBytes) {
    limitBytes = cgroupLimitBytes;
    binding = 'cgroup memory limit';
  }
  if (addressSpaceLimitBytes !== undefined) {
    const unmapped = Math.max(0, addressSpaceLimitBytes - (virtualSizeBytes ?? 0));
    if (unmapped < limitBytes) {
      limitBytes = unmapped;
      binding = 'address-space limit (ulimit -v)';
    }
  }
  return {
    totalMemoryBytes, limitBytes, binding,
    ...(cgroupLimitBytes !== undefined ? { cgroupLimitBytes } : {}),
    ...(addressSpaceLimitBytes !== undefined ? { addressSpaceLimitBytes } : {}),
    ...(virtualSizeBytes !== undefined ? { virtualSizeBytes } : {}),
  };
}

/** Bytes this process may use at most: {@link MemoryLimits.limitBytes} of {@link readMemoryLimits}. */
export function memoryLimitBytes(): number {
  return readMemoryLimits().limitBytes;
}
