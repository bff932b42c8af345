import * as fs from 'fs';
import * as path from 'path';
import { parseQasm2 } from '../../src/parse';
import { NAM_DIR, crossCheckNam, crossCheckRandom } from './crossCheckHelpers';

/** Slow cross-checks against quantum-circuit: many random circuits and every Nam circuit ≤ 12 qubits. */
const TOL = 1e-9;

describe('cross-check with quantum-circuit (slow)', () => {
  const seeds = Array.from({ length: 24 }, (_, i) => [100 + i, 2 + (i % 7)]);
  it.each(seeds)('random circuit seed %i on %i qubits, 80 ops', (seed, n) => {
    expect(crossCheckRandom(seed, n, 80)).toBeLessThan(TOL);
  });

  const files = fs.existsSync(NAM_DIR) ? fs.readdirSync(NAM_DIR).filter((f) => f.endsWith('.qasm')).sort() : [];
  const small = files.map((f) => path.join(NAM_DIR, f))
    .filter((f) => parseQasm2(fs.readFileSync(f, 'utf8')).numQubits <= 12);
  it('the Nam suite has circuits small enough to simulate', () => {
    expect(small.length).toBeGreaterThanOrEqual(10);
  });
  it.each(small.map((f) => [path.basename(f), f]))('Nam %s from a random product state', (_name, file) => {
    expect(crossCheckNam(file, 23)).toBeLessThan(TOL);
  });
});
