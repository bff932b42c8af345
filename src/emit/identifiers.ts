import { EmitUnsupportedError } from '../errors';
import { Circuit } from '../ir';

/** Prefix that {@link legalNames} puts in front of a name that is not legal in the target version. */
export const RENAME_PREFIX = 'r_';

/** What an output version allows as an identifier. */
export interface IdentifierRules {
  readonly version: 'OpenQASM 2' | 'OpenQASM 3';
  /** Pattern of a legal identifier (ASCII). */
  readonly pattern: RegExp;
  /** Keywords, built-ins and library gate names that a register or gate may not take. */
  readonly reserved: ReadonlySet<string>;
}

const ASCII_WORD = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Names legal in the target version for the given source names, by one stable rule: a name that
 * is legal and not reserved is kept; any other ASCII word becomes `r_<name>` (OpenQASM 2
 * identifiers must start with a lowercase letter — Qiskit's qasm2 lexer and the 2.0 grammar — so
 * `Anc` → `r_Anc`, `_t` → `r__t`; a keyword such as `end` in OpenQASM 3 → `r_end`). A name that is
 * not an ASCII word, or a renamed name that collides with another name in `taken` or with a
 * reserved word, is a typed EmitUnsupportedError (no file is written).
 */
export function legalNames(names: readonly string[], rules: IdentifierRules, what: string): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  const used = new Set<string>();
  const original = new Set(names);
  for (const n of names) {
    if (out.has(n)) continue;
    if (!ASCII_WORD.test(n)) {
      throw new EmitUnsupportedError(`${what} name '${n}' cannot be written in ${rules.version} (identifiers here are ASCII letters, digits and '_'); rename it`, { name: n });
    }
    const legal = rules.pattern.test(n) && !rules.reserved.has(n);
    const m = legal ? n : `${RENAME_PREFIX}${n}`;
    if (!legal && (original.has(m) || rules.reserved.has(m))) {
      throw new EmitUnsupportedError(`${what} name '${n}' is not legal in ${rules.version} and its renamed form '${m}' is already taken; rename one of them`, { name: n, renamed: m });
    }
    if (used.has(m)) throw new EmitUnsupportedError(`two ${what}s would both be written as '${m}' in ${rules.version}; rename one`, { name: n, renamed: m });
    used.add(m);
    out.set(n, m);
  }
  return out;
}

/**
 * The circuit with its registers renamed to names legal under `rules` ({@link legalNames});
 * the same circuit object when nothing changes. Register names share one namespace.
 */
export function withLegalRegisterNames(c: Circuit, rules: IdentifierRules): Circuit {
  const names = [...c.qregs, ...c.cregs].map((r) => r.name);
  const map = legalNames(names, rules, 'register');
  if (names.every((n) => map.get(n) === n)) return c;
  const rename = <R extends { readonly name: string }>(r: R): R => ({ ...r, name: map.get(r.name)! });
  return { ...c, qregs: c.qregs.map(rename), cregs: c.cregs.map(rename) };
}
