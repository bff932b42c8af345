import { QasmSyntaxError } from '../errors';
import type { Circuit } from '../ir';
import { Lexer, Tok } from './lexer';
import { ParseQasmOptions, parseQasm2 } from './qasm2/parser';
import { parseQasm3 } from './qasm3/parser';

/**
 * Parse OpenQASM text, choosing the version from its `OPENQASM x.y;` header (2.x → parseQasm2,
 * 3.x → parseQasm3). A file without a header is read as OpenQASM 3 (the header is optional in
 * version 3). Other versions raise QASM_UNSUPPORTED_VERSION.
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
  const major = Math.floor(lx.num);
  if (major === 2 || major === 3) return major;
  throw new QasmSyntaxError(`unsupported OpenQASM version ${lx.value}: versions 2.0 and 3 are supported`, lx.line, lx.col, fileName, 'QASM_UNSUPPORTED_VERSION');
}

export type { ParseQasmOptions };
