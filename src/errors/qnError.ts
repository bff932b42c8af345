import { ErrorCode } from './codes';

/**
 * Base class of every error that a user can cause. The CLI prints `message` (one line, saying
 * what is wrong and how to fix it) and exits non-zero; any other error is a bug and gets a
 * stack trace. `details` holds machine-readable context (file, line, sizes, ...).
 */
export class QnError extends Error {
  readonly code: ErrorCode;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = new.target.name;
    this.code = code;
    this.details = Object.freeze({ ...details });
  }
}

/** True when `e` is a user-facing error (a {@link QnError}). */
export function isQnError(e: unknown): e is QnError {
  return e instanceof QnError;
}
