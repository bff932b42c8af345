/**
 * A small progress bar for long CLI work (training runs, sweeps). On a TTY it redraws one line in
 * place with `\r` (bar, percent, done/total, elapsed, ETA, detail), at most ~10 times a second; on
 * a non-TTY stream (CI logs, pipes) it prints a plain line each time another 10% is reached, so logs
 * stay short. The clock is injectable for tests. Depends only on src/errors.
 */
import { formatClock } from '../format';
import { InvalidArgumentError } from '../errors';

/** Where the bar writes: process.stderr fits (isTTY and columns are read when present). */
export interface ProgressStream {
  write(s: string): void;
  readonly isTTY?: boolean;
  /** Terminal width in characters; TTY lines are cut to columns - 1 when set. */
  readonly columns?: number;
}

/** The handle returned by {@link makeProgressBar}. */
export interface ProgressBar {
  /** Report `done` units finished (clamped to [0, total]) with an optional short detail text. */
  update(done: number, detail?: string): void;
  /** Finish: draw the final state and end the line with a newline. Later calls do nothing. */
  done(): void;
}

/** Options of {@link makeProgressBar}. */
export interface ProgressBarOptions {
  /** Clock in milliseconds (default Date.now); tests pass a fake one. */
  readonly nowMs?: () => number;
  /** Minimum time between TTY redraws in ms (default 100, i.e. ≤ 10 redraws per second). */
  readonly minRedrawIntervalMs?: number;
  /** Width of the bar itself in characters (default 24). */
  readonly barWidthChars?: number;
}

/** Whole percent done, floored so 100 appears only when done = total; total 0 counts as 100. */
export function progressPercent(done: number, total: number): number {
  if (total <= 0) return 100;
  return Math.min(100, Math.max(0, Math.floor((100 * done) / total)));
}

/**
 * Estimated seconds left by linear extrapolation: elapsed · (total − done) / done. null while
 * nothing is done yet (no rate to extrapolate from); 0 when finished.
 */
export function etaSeconds(elapsedSeconds: number, done: number, total: number): number | null {
  if (done >= total) return 0;
  if (done <= 0 || !(elapsedSeconds >= 0)) return null;
  return (elapsedSeconds * (total - done)) / done;
}

/** `[#########---------------]` for a fraction in [0, 1]. */
export function renderBar(fraction: number, widthChars: number): string {
  const filled = Math.min(widthChars, Math.max(0, Math.floor(fraction * widthChars)));
  return `[${'#'.repeat(filled)}${'-'.repeat(widthChars - filled)}]`;
}

/** Detail text on one line: control characters (\r, \n, ESC, …) become spaces. */
function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f]/g, ' ');
}

/** The state a line is drawn from. */
interface ProgressState {
  readonly done: number;
  readonly detail: string;
  readonly elapsedSeconds: number;
}

/**
 * Make a progress bar for `total` units of work labelled `label`.
 * @throws InvalidArgumentError when total is negative or not finite.
 */
export function makeProgressBar(stream: ProgressStream, total: number, label: string, options: ProgressBarOptions = {}): ProgressBar {
  if (!Number.isFinite(total) || total < 0) {
    throw new InvalidArgumentError(`progress total must be a finite number ≥ 0, got ${total}`, { total });
  }
  const nowMs = options.nowMs ?? Date.now;
  const minIntervalMs = options.minRedrawIntervalMs ?? 100;
  const barWidth = Math.max(1, Math.floor(options.barWidthChars ?? 24));
  const tty = stream.isTTY === true;
  const startMs = nowMs();

  let state: ProgressState = { done: 0, detail: '', elapsedSeconds: 0 };
  let lastDrawMs: number | null = null;
  let lastDrawnDone: number | null = null;
  let lastLineLength = 0;
  let lastPrintedDecile = 0;
  let finished = false;

  const line = (s: ProgressState, final: boolean): string => {
    const pct = progressPercent(s.done, total);
    const eta = final ? (s.done >= total ? 'done' : 'stopped') : `ETA ${formatClock(etaSeconds(s.elapsedSeconds, s.done, total))}`;
    const counts = `${pct}% ${s.done}/${total} elapsed ${formatClock(s.elapsedSeconds)} ${eta}`;
    const detail = s.detail ? ` ${s.detail}` : '';
    return tty
      ? `${label} ${renderBar(total > 0 ? s.done / total : 1, barWidth)} ${counts.padStart(counts.length + (3 - String(pct).length))}${detail}`
      : `${label}: ${counts}${detail}`;
  };

  const drawTty = (s: ProgressState, final: boolean, atMs: number): void => {
    let text = line(s, final);
    if (stream.columns !== undefined && stream.columns > 1 && text.length > stream.columns - 1) text = text.slice(0, stream.columns - 1);
    // Pad with spaces to erase what a longer previous line left behind.
    const pad = Math.max(0, lastLineLength - text.length);
    stream.write(`\r${text}${' '.repeat(pad)}`);
    lastLineLength = text.length;
    lastDrawMs = atMs;
    lastDrawnDone = s.done;
  };

  const printPlain = (s: ProgressState, final: boolean): void => {
    stream.write(`${line(s, final)}\n`);
    lastDrawnDone = s.done;
  };

  return {
    update(done: number, detail?: string): void {
      if (finished) return;
      if (!Number.isFinite(done)) throw new InvalidArgumentError(`progress value must be a finite number, got ${done}`, { done });
      const at = nowMs();
      state = { done: Math.min(total, Math.max(0, done)), detail: detail === undefined ? state.detail : oneLine(detail), elapsedSeconds: Math.max(0, (at - startMs) / 1000) };
      if (tty) {
        const reachedEnd = state.done === total && lastDrawnDone !== total;
        if (lastDrawMs === null || at - lastDrawMs >= minIntervalMs || reachedEnd) drawTty(state, false, at);
      } else {
        const decile = Math.floor(progressPercent(state.done, total) / 10);
        if (decile > lastPrintedDecile) {
          lastPrintedDecile = decile;
          printPlain(state, false);
        }
      }
    },
    done(): void {
      if (finished) return;
      finished = true;
      const at = nowMs();
      const final: ProgressState = { ...state, elapsedSeconds: Math.max(0, (at - startMs) / 1000) };
      if (tty) {
        drawTty(final, true, at);
        stream.write('\n');
      } else if (lastDrawnDone !== final.done || lastPrintedDecile < 10 || lastDrawnDone === null) {
        printPlain(final, true);
      }
    },
  };
}
