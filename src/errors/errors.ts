import { QnError } from './qnError';
import { ErrorCode } from './codes';

/** A syntax error in OpenQASM text, with 1-based line and column. */
export class QasmSyntaxError extends QnError {
  readonly line: number;
  readonly column: number;
  constructor(message: string, line: number, column: number, file?: string, code: ErrorCode = 'QASM_SYNTAX') {
    super(code, `${file ? file + ':' : ''}${line}:${column}: ${message}`, { line, column, file });
    this.line = line;
    this.column = column;
  }
}

/** A semantic error in OpenQASM text (unknown gate, wrong arity, out-of-range index, ...). */
export class QasmSemanticError extends QasmSyntaxError {
  constructor(message: string, line: number, column: number, file?: string, code: ErrorCode = 'QASM_SEMANTIC') {
    super(message, line, column, file, code);
  }
}

/** A circuit feature that the requested output format (e.g. OpenQASM 2) cannot express. */
export class EmitUnsupportedError extends QnError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('EMIT_UNSUPPORTED', message, details);
  }
}

/** A matrix that is malformed for the requested use (non-square, asymmetric, NaN, empty). */
export class InvalidMatrixError extends QnError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('INVALID_MATRIX', message, details);
  }
}

/** A matrix that is singular where an inverse or a condition number is needed. */
export class SingularMatrixError extends QnError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('SINGULAR_MATRIX', message, details);
  }
}

/** A vector of the wrong length, zero norm, or with non-finite entries. */
export class InvalidVectorError extends QnError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('INVALID_VECTOR', message, details);
  }
}

/** A simulation whose state would not fit in the allowed memory; thrown before allocating. */
export class SimulationTooLargeError extends QnError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('SIMULATION_TOO_LARGE', message, details);
  }
}

/**
 * A sparse-state simulation whose number of non-zero amplitudes grew past its support budget
 * mid-run; thrown before the table grows, so memory stays within the budget.
 */
export class SupportBudgetExceededError extends QnError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('SUPPORT_BUDGET_EXCEEDED', message, details);
  }
}

/**
 * A simulated state whose norm was lost: NaN/Infinity amplitudes, or ‖ψ‖² drifted from its start
 * value (a non-unitary or non-finite gate). Thrown after a run instead of returning NaN.
 */
export class SimulationNormError extends QnError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('SIMULATION_NORM_LOST', message, details);
  }
}

/** A dense Hessian block that would not fit in the memory budget; thrown before allocating. */
export class BlockTooLargeError extends QnError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('BLOCK_TOO_LARGE', message, details);
  }
}

/** An op asked to decompose that has no decomposition. This is a bug, or an unsupported op. */
export class DecomposeNotImplementedError extends QnError {
  constructor(opName: string) {
    super('DECOMPOSE_NOT_IMPLEMENTED', `op '${opName}' has no decomposition`, { opName });
  }
}

/**
 * Expanding a construct (a gate hierarchy, a loop, `pow(k) @`, broadcast, a register) would
 * produce more gates than the expansion budget allows; thrown from counts, before expanding.
 * `details`: construct, count, limit, flag (the option that raises the limit).
 */
export class ExpansionBudgetError extends QnError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('EXPANSION_BUDGET', message, details);
  }
}

/** A malformed circuit or instruction (bad index, duplicate operand, width mismatch). */
export class InvalidCircuitError extends QnError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('INVALID_CIRCUIT', message, details);
  }
}

/** A bad CLI or API argument: out of range, wrong form. */
export class InvalidArgumentError extends QnError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('INVALID_ARGUMENT', message, details);
  }
}

/** A named thing (model, hardware profile, QEC scheme, target, solver, gate set) that is unknown. */
export class UnknownNameError extends QnError {
  constructor(kind: string, name: string, known: readonly string[]) {
    super('UNKNOWN_NAME', `unknown ${kind} '${name}'; known: ${known.join(', ')}`, { kind, name, known });
  }
}

/** A file that is missing, unreadable or unwritable. */
export class FileError extends QnError {
  constructor(code: 'FILE_NOT_FOUND' | 'FILE_UNREADABLE' | 'FILE_WRITE_FAILED' | 'UNSUPPORTED_FORMAT', message: string, path: string) {
    super(code, message, { path });
  }
}

/**
 * An output path qnewton refuses to write: it exists and is not a regular file (a device, FIFO,
 * socket or directory; `--force` writes into devices and FIFOs in place), or it lies on a virtual
 * file system such as /proc or /sys.
 */
export class UnsafeOutputPathError extends QnError {
  constructor(message: string, path: string, details: Record<string, unknown> = {}) {
    super('OUTPUT_PATH_UNSAFE', message, { path, ...details });
  }
}

/** An output directory locked by another live qnewton process. */
export class OutputLockedError extends QnError {
  constructor(message: string, dir: string, holderPid: number) {
    super('OUTPUT_LOCKED', message, { dir, holderPid });
  }
}

/** A budget (error, qubits, time) that cannot be met. */
export class BudgetUnmetError extends QnError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('BUDGET_UNMET', message, details);
  }
}

/** An iterative method that did not converge. */
export class NotConvergedError extends QnError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('NOT_CONVERGED', message, details);
  }
}

/**
 * A training trace (qnewton train --trace DIR, docs/trace-format.md) whose manifest or files are
 * missing, malformed or inconsistent. `file` is the offending file; the message says how to fix it.
 */
export class InvalidTraceError extends QnError {
  readonly file: string;
  constructor(file: string, message: string, details: Record<string, unknown> = {}) {
    super('INVALID_TRACE', message, { file, ...details });
    this.file = file;
  }
}
