import { InvalidArgumentError } from '../errors';

/** Parsed command-line arguments as yargs hands them to a command's `run`. */
export type ParsedArgs = Readonly<Record<string, unknown>>;

/** A numeric option's value, or undefined when absent; InvalidArgumentError when yargs gave something else. */
export function numberArg(args: ParsedArgs, flag: string): number | undefined {
  const v = args[flag];
  if (v === undefined) return undefined;
  if (typeof v !== 'number') throw new InvalidArgumentError(`--${flag} needs a number, got ${String(v)}`, { flag: `--${flag}` });
  return v;
}

/** A numeric option that has a yargs default (so it is always present). */
export function requiredNumberArg(args: ParsedArgs, flag: string): number {
  const v = numberArg(args, flag);
  if (v === undefined) throw new InvalidArgumentError(`--${flag} needs a number`, { flag: `--${flag}` });
  return v;
}

/** A string option's value, or undefined when absent. */
export function stringArg(args: ParsedArgs, flag: string): string | undefined {
  const v = args[flag];
  return v === undefined ? undefined : String(v);
}
