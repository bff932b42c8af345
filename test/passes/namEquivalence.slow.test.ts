import { NAM_DIR } from '../fixtures/paths';
import * as path from 'path';
import { loadCircuitFile } from '../../src/parse';
import { namCounts, optimize } from '../../src/passes';
import { randomStateDistance } from './helpers';

const NAM = NAM_DIR;

// Slow (state vectors of 2^18–2^21 amplitudes): `npm run test:slow`.
describe('Nam benchmark circuits of 18–21 qubits: level 3 agrees with the input on random states (one global phase)', () => {
  // [circuit, best published T-count (COUNTS.md)]
  it.each([
    ['gf2^6_mult', 150], ['tof_10', 71], ['barenco_tof_10', 100], ['gf2^7_mult', 217],
  ] as const)('%s', (name, bestT) => {
    const c = loadCircuitFile(path.join(NAM, 'input', `${name}.qasm`));
    const out = optimize(c, { level: 3 }).circuit;
    expect(namCounts(out).t).toBeLessThanOrEqual(bestT);
    expect(randomStateDistance(c, out, 2, 43)).toBeLessThan(1e-8);
  });
});
