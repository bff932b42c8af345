import { InvalidArgumentError } from '../errors';

/** Kebab-case `symmetry-tol` → camelCase `symmetryTol` (yargs accepts both spellings). */
function camelOf(name: string): string {
  return name.replace(/-([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
}

/** The command-line spelling of an option name: `--name`, or `-n` for one letter. */
export function flagOf(name: string): string {
  return name.length === 1 ? `-${name}` : `--${name}`;
}

/**
 * Parse the raw text of a numeric option: a finite number in any form `Number()` reads (decimal,
 * exponent, 0x hex), or throw {@link InvalidArgumentError} naming the flag. Refuses what yargs
 * lets through silently: the empty string (yargs reads it as 0), `NaN`, `Infinity`, numbers that
 * overflow to ±Infinity (`1e400`) and text that is not a number at all.
 */
export function parseFiniteNumber(flag: string, text: string): number {
  if (text.trim() === '') {
    throw new InvalidArgumentError(`${flag} needs a number, got an empty value`, { flag, value: text });
  }
  const v = Number(text);
  if (!Number.isFinite(v)) {
    const what = Number.isNaN(v) ? 'not a number' : 'not finite';
    throw new InvalidArgumentError(`${flag} must be a finite number, got '${text}' (${what})`, { flag, value: text });
  }
  return v;
}

/** True when `token` reads as a number (so `--shift -1` takes `-1` as the value, not as a flag). */
function isNumberLike(token: string): boolean {
  return token.trim() !== '' && !Number.isNaN(Number(token));
}

/**
 * Check every numeric option on a command line, in the raw arguments (so an empty value or a
 * missing one is seen, which yargs turns into 0 or `undefined`) and in the parsed values (NaN,
 * ±Infinity, an option given twice). One check for every command: `main.ts` runs it on the
 * option names yargs declares as `type: 'number'`. Throws {@link InvalidArgumentError} naming the
 * flag. Arguments after `--` are not options and are skipped.
 */
export function checkNumericOptions(argv: readonly string[], numberNames: readonly string[], parsed: Readonly<Record<string, unknown>>): void {
  const spellings = new Map<string, string>();
  for (const name of numberNames) {
    spellings.set(name, name);
    spellings.set(camelOf(name), name);
  }
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i];
    if (token === '--') break;
    const m = /^--?([^=]+)(=(.*))?$/s.exec(token);
    if (!m || !token.startsWith('-') || isNumberLike(token)) continue;
    const isLong = token.startsWith('--');
    const name = m[1];
    if (!isLong && name.length !== 1) continue; // bundled short flags (-abc) carry no numeric value here
    const canonical = spellings.get(name);
    if (canonical === undefined) continue;
    const flag = isLong ? `--${canonical}` : flagOf(canonical);
    if (m[2] !== undefined) {
      parseFiniteNumber(flag, m[3]);
      continue;
    }
    const next = argv[i + 1];
    if (next === undefined || next === '--' || (next.startsWith('-') && !isNumberLike(next) && next.trim() !== '' && !/^-(inf|nan)/i.test(next))) {
      throw new InvalidArgumentError(`${flag} needs a number after it`, { flag });
    }
    parseFiniteNumber(flag, next);
    i++;
  }
  for (const name of numberNames) {
    const v = parsed[name];
    if (v === undefined) continue;
    if (Array.isArray(v)) {
      throw new InvalidArgumentError(`${flagOf(name)} was given ${v.length} times; give it once`, { flag: flagOf(name) });
    }
    if (typeof v === 'number' && !Number.isFinite(v)) {
      throw new InvalidArgumentError(`${flagOf(name)} must be a finite number, got ${String(v)}`, { flag: flagOf(name) });
    }
  }
}

/**
 * A list of numbers given as an array option (e.g. `--estimate-params 1e6 1e9`): each item must
 * be a finite number ({@link parseFiniteNumber}).
 */
export function finiteNumberList(flag: string, values: readonly unknown[]): number[] {
  return values.map((v) => parseFiniteNumber(flag, String(v)));
}
