/**
 * Wall-clock measurement of the scheduler's phases (process.hrtime, monotonic, nanosecond
 * resolution). Measured seconds go only into ScheduleReport.measured and wallSeconds, so the rest
 * of the report stays byte-identical between runs.
 */

/** Run `f` and return its result and the wall-clock seconds it took. */
export function timed<T>(f: () => T): [T, number] {
  const t0 = process.hrtime.bigint();
  const r = f();
  return [r, Number(process.hrtime.bigint() - t0) / 1e9];
}
