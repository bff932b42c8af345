import type { Argv } from 'yargs';
import { CliIo } from './io';

/**
 * One CLI command. `builder` declares options with yargs; `run` parses nothing itself: it gets
 * the parsed arguments, calls a pipeline stage, prints through `io`, and returns the exit code.
 * Throw a QnError for user mistakes; main.ts prints its message and exits 1.
 */
export interface QnCommand {
  readonly command: string;
  readonly describe: string;
  builder(y: Argv): Argv;
  run(args: Record<string, unknown>, io: CliIo): Promise<number> | number;
}
