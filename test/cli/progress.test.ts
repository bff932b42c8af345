import { makeRng } from '../../src/math/rng';
import { InvalidArgumentError } from '../../src/errors';
import { etaSeconds, makeProgressBar, progressPercent, renderBar } from '../../src/cli/progress';
import { formatClock } from '../../src/format';

/** A stream that records writes, and a clock the test moves by hand. */
function fakes(isTTY: boolean, columns?: number) {
  const writes: string[] = [];
  let now = 1_000_000;
  return {
    stream: { write: (s: string) => void writes.push(s), isTTY, columns },
    clock: { nowMs: () => now, advance: (ms: number) => void (now += ms) },
    writes,
    text: () => writes.join(''),
  };
}

/** The visible content of each \r-redraw on a TTY (trailing erase padding removed). */
function ttyFrames(text: string): string[] {
  return text.split('\r').filter((f) => f.length > 0).map((f) => f.replace(/\s+$/, ''));
}

describe('progress math', () => {
  it.each<[number, number, number]>([[0, 10, 0], [1, 3, 33], [2, 3, 66], [999, 1000, 99], [1000, 1000, 100], [5, 0, 100], [12, 10, 100], [-3, 10, 0]])(
    'progressPercent(%p, %p) = %p', (d, t, p) => expect(progressPercent(d, t)).toBe(p));

  it.each<[number, number, number, number | null]>([[10, 25, 100, 30], [4, 1, 5, 16], [3, 0, 10, null], [7, 10, 10, 0]])(
    'etaSeconds(elapsed %p, done %p, total %p) = %p (linear extrapolation)', (e, d, t, eta) => {
      const got = etaSeconds(e, d, t);
      if (eta === null) expect(got).toBeNull();
      else expect(got as number).toBeCloseTo(eta, 12);
    });

  it('etaSeconds on a simulated constant-rate job equals the true remaining time (seeded random jobs)', () => {
    const rng = makeRng(7);
    for (let k = 0; k < 200; k++) {
      const total = 1 + Math.floor(rng.next() * 10_000);
      const done = 1 + Math.floor(rng.next() * (total - 1));
      const secondsPerItem = 1e-3 + rng.next() * 10;
      // Elapsed time of a job that processed `done` items at a constant rate; the true remaining
      // time is what the rest takes at that rate.
      const got = etaSeconds(done * secondsPerItem, done, total);
      expect(got).not.toBeNull();
      expect(got as number).toBeCloseTo((total - done) * secondsPerItem, 6);
    }
  });

  it.each<[number | null, string]>([[0, '0:00'], [7.4, '0:07'], [59.6, '1:00'], [723, '12:03'], [3723, '1:02:03'], [null, '--:--'], [NaN, '--:--'], [-1, '--:--']])(
    'formatClock(%p) = %s', (s, text) => expect(formatClock(s)).toBe(text));

  it.each<[number, string]>([[0, '[----------]'], [0.55, '[#####-----]'], [1, '[##########]'], [1.7, '[##########]']])('renderBar(%p, 10)', (f, bar) =>
    expect(renderBar(f, 10)).toBe(bar));
});

describe('progress bar on a TTY', () => {
  it('redraws one line with \\r, throttled to the redraw interval, and ends with a newline', () => {
    const f = fakes(true);
    const bar = makeProgressBar(f.stream, 100, 'train', { nowMs: f.clock.nowMs, barWidthChars: 10 });
    bar.update(0, 'step 0');
    for (let i = 1; i <= 40; i++) {
      f.clock.advance(10); // 40 updates within 400 ms → at most 1 + 4 draws.
      bar.update(i, `step ${i}`);
    }
    const frames = ttyFrames(f.text());
    expect(frames.length).toBeLessThanOrEqual(5);
    expect(frames.length).toBeGreaterThanOrEqual(4);
    expect(f.text()).not.toContain('\n');
    expect(frames[0]).toBe('train [----------]   0% 0/100 elapsed 0:00 ETA --:-- step 0');
    // 40 done after 0.4 s → 60 more at 100 per second → 0.6 s → rounds to 0:01.
    expect(frames[frames.length - 1]).toBe('train [####------]  40% 40/100 elapsed 0:00 ETA 0:01 step 40');
    f.clock.advance(59_600);
    bar.update(50);
    expect(ttyFrames(f.text()).pop()).toBe('train [#####-----]  50% 50/100 elapsed 1:00 ETA 1:00 step 40');
    bar.done();
    expect(f.text().endsWith('\n')).toBe(true);
    expect(ttyFrames(f.text()).pop()).toBe('train [#####-----]  50% 50/100 elapsed 1:00 stopped step 40');
  });

  it('never exceeds 100%, always draws the final state, and done() is idempotent', () => {
    const f = fakes(true);
    const bar = makeProgressBar(f.stream, 8, 'sweep', { nowMs: f.clock.nowMs, barWidthChars: 8 });
    bar.update(3);
    bar.update(500); // within the throttle window, but reaching the end always draws
    expect(ttyFrames(f.text()).pop()).toBe('sweep [########] 100% 8/8 elapsed 0:00 ETA 0:00');
    bar.done();
    const after = f.text();
    bar.done();
    bar.update(2);
    expect(f.text()).toBe(after);
    for (const frame of ttyFrames(after)) {
      const pct = Number(/(\d+)%/.exec(frame)![1]);
      expect(pct).toBeLessThanOrEqual(100);
    }
    expect(after.endsWith('\n')).toBe(true);
    expect(ttyFrames(after).pop()).toBe('sweep [########] 100% 8/8 elapsed 0:00 done');
  });

  it('pads a shorter redraw to erase the previous line, and cuts lines to the terminal width', () => {
    const f = fakes(true, 60);
    const bar = makeProgressBar(f.stream, 10, 'x', { nowMs: f.clock.nowMs, barWidthChars: 4 });
    bar.update(1, 'a very long detail text that will not fit in sixty columns');
    f.clock.advance(200);
    bar.update(2, 'b');
    const raw = f.text().split('\r').filter(Boolean);
    expect(raw[0].length).toBe(59);
    expect(raw[1].length).toBe(59);
    expect(raw[1].trimEnd().endsWith(' b')).toBe(true);
  });

  it('keeps the detail on one line', () => {
    const f = fakes(true);
    const bar = makeProgressBar(f.stream, 2, 'x', { nowMs: f.clock.nowMs });
    bar.update(1, 'line1\nline2\r\u001b[31m');
    expect(f.text().slice(1)).not.toMatch(/[\n\r\u001b]/);
  });
});

describe('progress bar on a non-TTY stream (CI logs)', () => {
  it('prints one plain line per 10% reached, no \\r, each line ending in a newline', () => {
    const f = fakes(false);
    const bar = makeProgressBar(f.stream, 1000, 'train', { nowMs: f.clock.nowMs });
    for (let i = 1; i <= 1000; i++) {
      f.clock.advance(5);
      bar.update(i, `loss ${(1 / i).toFixed(3)}`);
    }
    bar.done();
    const text = f.text();
    expect(text).not.toContain('\r');
    expect(text.endsWith('\n')).toBe(true);
    const lines = text.trimEnd().split('\n');
    expect(lines.length).toBe(10);
    expect(lines.map((l) => Number(/: (\d+)%/.exec(l)![1]))).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
    expect(lines[0]).toBe('train: 10% 100/1000 elapsed 0:01 ETA 0:05 loss 0.010');
    expect(lines[9]).toBe('train: 100% 1000/1000 elapsed 0:05 ETA 0:00 loss 0.001');
  });

  it('jumps print once, and done() after an unfinished run prints the final state', () => {
    const f = fakes(false);
    const bar = makeProgressBar(f.stream, 10, 'run', { nowMs: f.clock.nowMs });
    bar.update(7);
    bar.update(7);
    f.clock.advance(3000);
    bar.done();
    const lines = f.text().trimEnd().split('\n');
    expect(lines).toEqual(['run: 70% 7/10 elapsed 0:00 ETA 0:00', 'run: 70% 7/10 elapsed 0:03 stopped']);
    expect(f.text().endsWith('\n')).toBe(true);
  });

  it('done() with nothing printed still writes one line ending in a newline; total 0 is 100%', () => {
    const f = fakes(false);
    makeProgressBar(f.stream, 0, 'empty', { nowMs: f.clock.nowMs }).done();
    expect(f.text()).toBe('empty: 100% 0/0 elapsed 0:00 done\n');
  });
});

describe('progress bar argument checks', () => {
  it.each([-1, NaN, Infinity])('rejects total %p', (t) => {
    expect(() => makeProgressBar({ write: () => undefined }, t, 'x')).toThrow(InvalidArgumentError);
  });

  it('rejects a non-finite progress value', () => {
    const bar = makeProgressBar({ write: () => undefined }, 5, 'x');
    expect(() => bar.update(NaN)).toThrow(InvalidArgumentError);
  });
});
