import * as fs from 'fs';
import { FileError } from '../errors';

/**
 * Output sink of the CLI. Commands write through this instead of `console`, so tests can run
 * the CLI in-process and capture what it prints.
 */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  /** True when stderr is an interactive terminal (progress bars are drawn only then). */
  readonly isTty: boolean;
}

/** The process's own stdout/stderr. */
export const processIo: CliIo = {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
  isTty: Boolean(process.stderr.isTTY),
};

/** Read a text file, turning a missing or unreadable file into a typed error. */
export function readTextFile(filePath: string): string {
  if (!fs.existsSync(filePath)) {
    throw new FileError('FILE_NOT_FOUND', `file not found: ${filePath} (check the path)`, filePath);
  }
  try {
    if (fs.statSync(filePath).isDirectory()) {
      throw new FileError('FILE_UNREADABLE', `${filePath} is a directory, expected a file`, filePath);
    }
    return fs.readFileSync(filePath, 'utf8');
  } catch (e) {
    if (e instanceof FileError) throw e;
    throw new FileError('FILE_UNREADABLE', `cannot read ${filePath}: ${(e as Error).message}`, filePath);
  }
}

/** Read a binary file (e.g. .npy), with the same typed errors as {@link readTextFile}. */
export function readBinaryFile(filePath: string): Buffer {
  if (!fs.existsSync(filePath)) {
    throw new FileError('FILE_NOT_FOUND', `file not found: ${filePath} (check the path)`, filePath);
  }
  try {
    return fs.readFileSync(filePath);
  } catch (e) {
    throw new FileError('FILE_UNREADABLE', `cannot read ${filePath}: ${(e as Error).message}`, filePath);
  }
}
