#!/usr/bin/env node
import yargs, { Argv } from 'yargs';
import { COMMANDS } from './commands';
import { CliIo, processIo } from './io';
import { isQnError } from '../errors';
import { expansionBudgetHint } from './commands/expansionArg';
import { checkNumericOptions } from './numericOptions';
import { handleStdoutErrors } from './stdio';

/**
 * Run the CLI on `argv` (without node and script) and resolve to the exit code.
 * User mistakes (QnError, bad options) print one line and give exit code 1 (2 for usage errors);
 * anything else is a bug and prints its stack.
 */
export async function runCli(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  let exitCode = 0;
  let numberNames: readonly string[] = [];
  let y = yargs([...argv])
    .scriptName('qnewton')
    .usage('qnewton <command> [options]  —  quantum linear-solver compiler and resource estimator for Newton training')
    .strict()
    .demandCommand(1, 'name a command; see qnewton --help')
    .recommendCommands()
    .help()
    .wrap(Math.min(110, process.stdout.columns || 100))
    .exitProcess(false);
  for (const cmd of COMMANDS) {
    y = y.command({
      command: cmd.command,
      describe: cmd.describe,
      builder: (b) => {
        const built = cmd.builder(b);
        numberNames = numberOptionNames(built);
        return built;
      },
      handler: async (args) => {
        // One check of every numeric option of every command (NaN, Infinity, empty or missing value).
        checkNumericOptions(argv, numberNames, args);
        exitCode = await cmd.run(args as Record<string, unknown>, io);
      },
    });
  }
  let parseError: Error | undefined;
  let output = '';
  try {
    // With a parse callback yargs reports validation errors and help/version text there
    // instead of printing or exiting; errors thrown by a command handler are re-thrown.
    await y.parseAsync([...argv], {}, (err, _parsed, out) => {
      parseError = err ?? undefined;
      output = out ?? '';
    });
  } catch (e) {
    return reportError(e, io);
  }
  if (parseError) {
    if (isQnError(parseError)) return reportError(parseError, io);
    io.err(`qnewton: ${parseError.message} (see qnewton --help)`);
    return 2;
  }
  if (output) io.out(output);
  return exitCode;
}

/** Names (aliases included) of the options a yargs instance declares as `type: 'number'`. */
function numberOptionNames(y: Argv): readonly string[] {
  // getOptions() is public at run time in yargs 17 but missing from @types/yargs.
  const options = (y as unknown as { getOptions?: () => { number?: string[] } }).getOptions?.();
  return options?.number ?? [];
}

function reportError(e: unknown, io: CliIo): number {
  if (isQnError(e)) {
    io.err(`qnewton: error [${e.code}]: ${e.message}${expansionBudgetHint(e)}`);
    return 1;
  }
  io.err(`qnewton: internal error (a bug; please report it):\n${(e as Error).stack ?? String(e)}`);
  return 70;
}

/**
 * The `qnewton` executable: run the CLI on the process's arguments with stdout write errors
 * handled ({@link handleStdoutErrors}: EPIPE exits quietly, ENOSPC prints one line).
 */
export function main(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  handleStdoutErrors(process.stdout, (line) => {
    try { process.stderr.write(line + '\n'); } catch { /* stderr gone too */ }
  }, (code) => process.exit(code));
  return runCli(argv).then((code) => {
    process.exitCode = code;
  });
}

if (require.main === module) void main();
