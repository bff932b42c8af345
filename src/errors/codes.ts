/**
 * Catalog of error codes. Every user-facing error carries one of these codes, so scripts can
 * branch on `err.code` and tests can assert the exact kind of failure. Add new codes here
 * (one per distinct user mistake), grouped by stage.
 */
export const ERROR_CODES = {
  // generic / CLI
  INVALID_ARGUMENT: 'an argument is outside its allowed range or has the wrong form',
  FILE_NOT_FOUND: 'a file named on the command line does not exist',
  FILE_UNREADABLE: 'a file exists but could not be read',
  FILE_WRITE_FAILED: 'an output file could not be written',
  OUTPUT_PATH_UNSAFE: 'an output path is not a regular file (device, FIFO, socket, directory) or lies on a virtual file system (/proc, /sys)',
  OUTPUT_LOCKED: 'another qnewton process is writing to the same output directory',
  UNSUPPORTED_FORMAT: 'a file format or extension is not supported',
  // QASM
  QASM_SYNTAX: 'OpenQASM text does not follow the grammar',
  QASM_SEMANTIC: 'OpenQASM text is grammatical but meaningless (unknown name, wrong arity, ...)',
  QASM_UNSUPPORTED_VERSION: 'the OpenQASM version is not supported',
  UNKNOWN_GATE: 'a gate name is not defined',
  EMIT_UNSUPPORTED: 'a circuit uses a feature the requested output format cannot express',
  // IR
  INVALID_CIRCUIT: 'a circuit or instruction is malformed (bad qubit index, duplicate operands, ...)',
  DECOMPOSE_NOT_IMPLEMENTED: 'an op has no decomposition',
  EXPANSION_BUDGET: 'expanding the input (gate definitions, loops, pow/ctrl modifiers, broadcast, registers) would exceed the expansion budget',
  // math / matrices
  INVALID_MATRIX: 'a matrix is not square, not symmetric, contains NaN/Inf, or is empty',
  SINGULAR_MATRIX: 'a matrix is singular (or numerically so) where an inverse or condition number is needed',
  INVALID_VECTOR: 'a vector has the wrong length, zero norm, or non-finite entries',
  NOT_CONVERGED: 'an iterative method did not converge within its iteration cap',
  BLOCK_TOO_LARGE: 'a dense Hessian block would need more memory than the budget allows (refused before allocating)',
  // simulation
  SIMULATION_TOO_LARGE: 'a simulation would need more memory than allowed',
  SUPPORT_BUDGET_EXCEEDED: 'a sparse-state simulation grew past its budget of non-zero amplitudes',
  SIMULATION_NORM_LOST: 'a simulated state lost its norm (non-finite amplitudes, or a norm that drifted from its start)',
  // synthesis / cost
  BUDGET_UNMET: 'a requested error or resource budget cannot be met',
  UNKNOWN_NAME: 'a named model, hardware profile, QEC scheme, target or solver is unknown',
  PASS_CONTRACT: 'a pass sequence violates a pass requires/ensures contract',
  NOT_EQUIVALENT: 'two circuits were expected to be equivalent but are not',
  // schedule: traces of training runs computed elsewhere (qnewton train --trace)
  INVALID_TRACE: 'a training trace folder has a missing, malformed or inconsistent manifest or file',
} as const;

/** A code from {@link ERROR_CODES}. */
export type ErrorCode = keyof typeof ERROR_CODES;
