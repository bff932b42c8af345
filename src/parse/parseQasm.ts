import { QasmSyntaxError } from '../errors';
import type { Circuit } from '../ir';
import { Lexer, Tok } from './lexer';
import { ParseQasmOptions, parseQasm2 } from './qasm2/parser';
import { parseQasm3 } from './qasm3/parser';
import { SUPPORTED_VERSION_TEXT, qasmVersionOf } from './version';

/**
 * Parse OpenQASM text, choosing the version from its `OPENQASM x.y;` header (2.0 → parseQasm2,
 * 3 or 3.0 → parseQasm3). A file without a header is read as OpenQASM 3 (the header is optional in
 * version 3). Other versions (2.1, 3.1, …) raise QASM_UNSUPPORTED_VERSION.
 */
export function parseQasm(text: string, options: ParseQasmOptions = {}): Circuit {
  const v = detectQasmVersion(text, options.fileName);
  return v === 2 ? parseQasm2(text, options) : parseQasm3(text, options);
}

/** The major OpenQASM version named by the header (3 when there is none). */
export function detectQasmVersion(text: string, fileName?: string): 2 | 3 {
  const lx = new Lexer(text, fileName);
  if (lx.kind !== Tok.Ident || lx.value !== 'OPENQASM') return 3;
  lx.next();
  if ((lx.kind as Tok) !== Tok.Int && (lx.kind as Tok) !== Tok.Real) {
    throw new QasmSyntaxError(`expected a version number after OPENQASM, found ${lx.describe()}`, lx.line, lx.col, fileName);
  }
  const v = qasmVersionOf(lx.value);
  if (v !== undefined) return v;
  throw new QasmSyntaxError(`unsupported OpenQASM version ${lx.value}: the supported versions are ${SUPPORTED_VERSION_TEXT}`, lx.line, lx.col, fileName, 'QASM_UNSUPPORTED_VERSION');
}

export type { ParseQasmOptions };
