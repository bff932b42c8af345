import type { QasmVersion } from './exprParser';

/**
 * The exact version numbers accepted after `OPENQASM` and the language they select: `2.0`
 * (OpenQASM 2, Cross et al. 2017) and `3` / `3.0` (OpenQASM 3). Anything else — `2.1`, `2`,
 * `3.1`, `4.0` — is refused with QASM_UNSUPPORTED_VERSION: there is no OpenQASM 2.1, and a later
 * minor version may use constructs this reader does not know.
 */
const SUPPORTED_VERSIONS: Readonly<Record<string, QasmVersion>> = { '2.0': 2, '3': 3, '3.0': 3 };

/** The language selected by a version number as written in the header, or undefined if unsupported. */
export function qasmVersionOf(versionText: string): QasmVersion | undefined {
  return Object.prototype.hasOwnProperty.call(SUPPORTED_VERSIONS, versionText) ? SUPPORTED_VERSIONS[versionText] : undefined;
}

/** The accepted version numbers, for messages. */
export const SUPPORTED_VERSION_TEXT = "2.0, 3 and 3.0";
