import * as fs from 'fs';
import * as path from 'path';
import { NAM_INPUT_DIR } from '../../fixtures/paths';

/** Size split of the Nam suite for the conformance tests: the fast suite reads files up to this size. */
export const SMALL_NAM_FILE_BYTES = 8000;

/** Nam benchmark file names (sorted): 'small' (≤ 8 kB, fast suite) or 'large' (slow suite). */
export function namFiles(which: 'small' | 'large'): string[] {
  return fs.readdirSync(NAM_INPUT_DIR).filter((f) => f.endsWith('.qasm')).sort()
    .filter((f) => (fs.statSync(path.join(NAM_INPUT_DIR, f)).size <= SMALL_NAM_FILE_BYTES) === (which === 'small'));
}
