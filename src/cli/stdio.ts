import type { EventEmitter } from 'events';

/** Plain words for the write errors standard output meets in practice. */
const ERRNO_TEXT: Readonly<Record<string, string>> = {
  ENOSPC: 'no space left on device',
  EIO: 'input/output error',
  EDQUOT: 'disk quota exceeded',
  EFBIG: 'file too large',
  EBADF: 'standard output is closed',
};

/**
 * Handle write errors on the process's standard output, which Node reports as an 'error' event
 * (unhandled, a 25-line "Unhandled 'error' event" trace):
 * - EPIPE (the reader went away, `qnewton stats F | head -1`): exit 0 quietly, the Unix way of
 *   a filter whose reader has all it wanted;
 * - anything else (ENOSPC on `> /dev/full`, EIO, ...): one line on stderr, exit 1.
 */
export function handleStdoutErrors(stdout: EventEmitter, printError: (line: string) => void, exit: (code: number) => void): void {
  let done = false;
  stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (done) return;
    done = true;
    if (e.code === 'EPIPE') {
      exit(0);
      return;
    }
    const what = (e.code && ERRNO_TEXT[e.code]) ?? e.message;
    printError(`qnewton: error [FILE_WRITE_FAILED]: cannot write to standard output: ${what}${e.code ? ` (${e.code})` : ''}`);
    exit(1);
  });
}
