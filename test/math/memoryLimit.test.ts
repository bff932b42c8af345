import {
  cgroupMemoryLimit, parseAddressSpaceLimit, parseCgroupLimit, parseCgroupMembership, parseVirtualSize, readMemoryLimits, TextReader,
} from '../../src/math/memoryLimit';

const GiB = 1024 ** 3;

/** A fake file system: path → text. */
function reader(files: Record<string, string>): TextReader {
  return (p) => files[p];
}

// Verbatim layout of Linux's /proc/self/limits (fs/proc/base.c: "%-25s %-20s %-20s %-10s").
const LIMITS_UNLIMITED = [
  'Limit                     Soft Limit           Hard Limit           Units     ',
  'Max cpu time              unlimited            unlimited            seconds   ',
  'Max data size             unlimited            unlimited            bytes     ',
  'Max address space         unlimited            unlimited            bytes     ',
  'Max open files            1048576              1048576              files     ',
].join('\n');
const LIMITS_4G = LIMITS_UNLIMITED.replace('Max address space         unlimited            unlimited',
  'Max address space         4294967296           unlimited           ');

describe('memory-limit file parsers (fixture text)', () => {
  it.each([
    ['max\n', undefined],
    ['2147483648\n', 2 * GiB],
    ['9223372036854771712\n', undefined], // cgroup v1 "no limit" (LONG_MAX rounded to a page)
    ['', undefined],
    ['garbage', undefined],
  ])('parseCgroupLimit(%j) = %p', (text, v) => {
    expect(parseCgroupLimit(text)).toBe(v);
  });

  it('parseCgroupMembership reads the v2 line and the v1 memory controller line', () => {
    const text = '12:pids:/x\n4:memory:/process_api/abc\n3:cpu,cpuacct:/\n0::/user.slice/app.scope\n';
    expect(parseCgroupMembership(text)).toEqual({ v2Path: '/user.slice/app.scope', v1MemoryPath: '/process_api/abc' });
    expect(parseCgroupMembership('0::/\n')).toEqual({ v2Path: '/' });
    expect(parseCgroupMembership('5:memory,cpu:/a\n')).toEqual({ v1MemoryPath: '/a' });
  });

  it('parseAddressSpaceLimit reads the soft limit of "Max address space"', () => {
    expect(parseAddressSpaceLimit(LIMITS_UNLIMITED)).toBeUndefined();
    expect(parseAddressSpaceLimit(LIMITS_4G)).toBe(4 * GiB);
    expect(parseAddressSpaceLimit('')).toBeUndefined();
  });

  it('parseVirtualSize reads VmSize in kB', () => {
    expect(parseVirtualSize('Name:\tnode\nVmPeak:\t 2000 kB\nVmSize:\t 1048576 kB\nVmRSS:\t 100 kB\n')).toBe(GiB);
    expect(parseVirtualSize('Name:\tnode\n')).toBeUndefined();
  });
});

describe('cgroupMemoryLimit walks the cgroup path and takes the smallest limit', () => {
  it('cgroup v2: the limit of a parent applies to its children', () => {
    const read = reader({
      '/proc/self/cgroup': '0::/a/b\n',
      '/sys/fs/cgroup/a/b/memory.max': 'max\n',
      '/sys/fs/cgroup/a/memory.max': '1073741824\n',
      '/sys/fs/cgroup/memory.max': '4294967296\n',
    });
    expect(cgroupMemoryLimit(read)).toBe(GiB);
  });
  it('cgroup v2 inside a container: only the namespace root /sys/fs/cgroup/memory.max', () => {
    expect(cgroupMemoryLimit(reader({ '/proc/self/cgroup': '0::/\n', '/sys/fs/cgroup/memory.max': '2147483648\n' }))).toBe(2 * GiB);
  });
  it('cgroup v1: memory.limit_in_bytes under the memory controller, "no limit" ignored', () => {
    const read = reader({
      '/proc/self/cgroup': '4:memory:/process_api/abc\n0::/\n',
      '/sys/fs/cgroup/memory/process_api/abc/memory.limit_in_bytes': '536870912\n',
      '/sys/fs/cgroup/memory/memory.limit_in_bytes': '9223372036854771712\n',
    });
    expect(cgroupMemoryLimit(read)).toBe(512 * 1024 ** 2);
  });
  it('no cgroup files: no limit', () => {
    expect(cgroupMemoryLimit(reader({}))).toBeUndefined();
  });
});

describe('readMemoryLimits: the smallest of RAM, cgroup and address space', () => {
  it.each([
    ['physical memory', {}, 16 * GiB],
    ['cgroup memory limit', { '/proc/self/cgroup': '0::/\n', '/sys/fs/cgroup/memory.max': '2147483648\n' }, 2 * GiB],
    ['address-space limit (ulimit -v)', { '/proc/self/limits': LIMITS_4G, '/proc/self/status': 'VmSize:\t1048576 kB\n' }, 3 * GiB],
  ])('binding: %s', (binding, files, limit) => {
    const l = readMemoryLimits(reader({ '/proc/self/limits': LIMITS_UNLIMITED, ...files }), 16 * GiB);
    expect(l.binding).toBe(binding);
    expect(l.limitBytes).toBe(limit);
  });
  it('on this machine the limit is positive and at most the RAM', () => {
    const l = readMemoryLimits();
    expect(l.limitBytes).toBeGreaterThan(0);
    expect(l.limitBytes).toBeLessThanOrEqual(l.totalMemoryBytes);
  });
});
