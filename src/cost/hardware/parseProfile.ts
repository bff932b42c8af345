import { InvalidArgumentError, UnknownNameError } from '../../errors';
import { getHardwareProfile } from './builtinProfiles';
import { ERROR_RATE_FIELDS, HardwareProfile, TIME_FIELDS, validateProfile } from './profile';

const TEXT_FIELDS = ['name', 'description', 'reference', 'instructionSet'] as const;
const KNOWN_FIELDS: readonly string[] = ['base', ...TEXT_FIELDS, ...TIME_FIELDS, ...ERROR_RATE_FIELDS];

/**
 * Build a hardware profile from a plain object (e.g. parsed JSON). Two forms:
 * - `{ "base": "qubit_gate_ns_e3", "twoQubitGateErrorRate": 5e-4, ... }`: a built-in profile with
 *   some fields overridden (name defaults to `<base>+custom`);
 * - a full definition with `name`, all five `*TimeNs` fields and all five `*ErrorRate` fields.
 * Errors: {@link UnknownNameError} for an unknown base profile or an unknown field name;
 * {@link InvalidArgumentError} for missing fields, wrong types, times ≤ 0 or error rates outside (0, 1).
 */
export function profileFromObject(value: unknown): HardwareProfile {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InvalidArgumentError('a hardware profile must be a JSON object', { got: typeof value });
  }
  const obj = value as Record<string, unknown>;
  for (const k of Object.keys(obj)) {
    if (!KNOWN_FIELDS.includes(k)) throw new UnknownNameError('hardware profile field', k, KNOWN_FIELDS);
  }
  const base = obj.base === undefined ? undefined : getHardwareProfile(expectString(obj, 'base'));
  if (obj.instructionSet !== undefined && obj.instructionSet !== 'gateBased') {
    throw new InvalidArgumentError(
      `instructionSet '${String(obj.instructionSet)}' is not supported; only 'gateBased' is modelled`,
      { instructionSet: obj.instructionSet });
  }
  const name = obj.name !== undefined ? expectString(obj, 'name') : base ? `${base.name}+custom` : undefined;
  if (name === undefined) throw new InvalidArgumentError("a hardware profile needs a 'name' (or a 'base' profile)");
  const numeric: Record<string, number> = {};
  for (const f of [...TIME_FIELDS, ...ERROR_RATE_FIELDS]) {
    const v = obj[f] ?? base?.[f];
    if (v === undefined) {
      throw new InvalidArgumentError(`hardware profile '${name}' is missing '${f}' (or give a 'base' profile)`, { field: f });
    }
    if (typeof v !== 'number') {
      throw new InvalidArgumentError(`hardware profile '${name}': '${f}' must be a number, got ${JSON.stringify(v)}`, { field: f });
    }
    numeric[f] = v;
  }
  const profile = {
    name,
    description: obj.description !== undefined ? expectString(obj, 'description') : base?.description ?? 'user-defined profile',
    instructionSet: 'gateBased',
    reference: obj.reference !== undefined ? expectString(obj, 'reference') : 'user',
    ...numeric,
  } as unknown as HardwareProfile;
  return validateProfile(profile);
}

/**
 * Parse and validate a JSON hardware profile (see {@link profileFromObject} for the accepted forms).
 * Throws {@link InvalidArgumentError} for malformed JSON.
 */
export function parseHardwareProfileJson(text: string): HardwareProfile {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new InvalidArgumentError(`hardware profile is not valid JSON: ${(e as Error).message}`);
  }
  return profileFromObject(value);
}

function expectString(obj: Record<string, unknown>, key: string): string {
  const v = obj[key];
  if (typeof v !== 'string' || v.length === 0) {
    throw new InvalidArgumentError(`hardware profile field '${key}' must be a non-empty string`, { field: key });
  }
  return v;
}
