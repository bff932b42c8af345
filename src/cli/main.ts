#!/usr/bin/env node
import yargs from 'yargs';
import { COMMANDS } from './commands';
import { CliIo, processIo } from './io';
import { isQnError } from '../errors';

/**
 * Run the CLI on `argv` (without node and script) and resolve to the exit code.
 * User mistakes (QnError, bad options) print one line and give exit code 1 (2 for usage errors);
 * anything else is a bug and prints its stack.
 */
export async function runCli(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  let exitCode = 0;
  let usageError: string | null = null;
  let y = yargs([...argv])
    .scriptName('qnewton')
    .strict()
    .demandCommand(1, 'name a command; see qnewton --help')
    .recommendCommands()
    .help()
    .wrap(Math.min(110, process.stdout.columns || 100))
    .exitProcess(false)
    .fail((msg, err) => {
      if (err) throw err;
      usageError = msg;
    });
  for (const cmd of COMMANDS) {
    y = y.command({
      command: cmd.command,
      describe: cmd.describe,
      builder: (b) => cmd.builder(b),
      handler: async (args) => {
        exitCode = await cmd.run(args as Record<string, unknown>, io);
      },
    });
  }
  try {
    let helpText = '';
    await y.parseAsync([...argv], {}, (err, _parsed, output) => {
      if (output && !err) helpText = output;
    });
    if (helpText) io.out(helpText);
    if (usageError !== null) {
      io.err(`qnewton: ${usageError}`);
      return 2;
    }
    return exitCode;
  } catch (e) {
    if (isQnError(e)) {
      io.err(`qnewton: error [${e.code}]: ${e.message}`);
      return 1;
    }
    if (usageError !== null) {
      io.err(`qnewton: ${usageError}`);
      return 2;
    }
    io.err(`qnewton: internal error (a bug; please report it):\n${(e as Error).stack ?? String(e)}`);
    return 70;
  }
}

if (require.main === module) {
  runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
