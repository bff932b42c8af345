import * as fs from 'fs';
import { FileError } from '../errors';
import type { Circuit } from '../ir';
import { parseQasm } from './parseQasm';
import type { ParseQasmOptions } from './qasm2/parser';

/**
 * Read and parse an OpenQASM 2 or 3 file (version from its header). A missing or unreadable
 * file raises FileError (FILE_NOT_FOUND / FILE_UNREADABLE); bad content raises
 * QasmSyntaxError / QasmSemanticError naming the file, line and column. `options.maxExpandedGates`
 * is the parse's expansion budget (see ParseQasmOptions).
 */
export function loadCircuitFile(filePath: string, options: Pick<ParseQasmOptions, 'maxExpandedGates'> = {}): Circuit {
  let text: string;
  try {
    if (fs.statSync(filePath).isDirectory()) throw new FileError('FILE_UNREADABLE', `${filePath} is a directory, expected an OpenQASM file`, filePath);
    text = fs.readFileSync(filePath, 'utf8');
  } catch (e) {
    if (e instanceof FileError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new FileError('FILE_NOT_FOUND', `file not found: ${filePath} (check the path)`, filePath);
    throw new FileError('FILE_UNREADABLE', `cannot read ${filePath}: ${(e as Error).message}`, filePath);
  }
  return parseQasm(text, { ...options, fileName: filePath });
}
