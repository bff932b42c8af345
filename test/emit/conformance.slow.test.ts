import * as fs from 'fs';
import * as path from 'path';
import { emitQasm2, emitQasm3 } from '../../src/emit';
import { parseQasm } from '../../src/parse';
import { NAM_INPUT_DIR } from '../fixtures/paths';
import { namFiles } from './conformance/namFiles';
import { officialQasm3SyntaxErrors } from './conformance/officialQasm3';
import { qasm2ConformanceErrors } from './conformance/qelib1Check';

/** The Nam benchmark files over 8 kB (≈ 1 min): OpenQASM 3 output against the official grammar, OpenQASM 2 against qelib1.inc. */
describe('conformance of the large Nam files', () => {
  it.each(namFiles('large'))('%s', (f) => {
    const c = parseQasm(fs.readFileSync(path.join(NAM_INPUT_DIR, f), 'utf8'));
    expect(officialQasm3SyntaxErrors(emitQasm3(c))).toEqual([]);
    for (const gateSet of ['qelib1', 'qelib1-extended'] as const) expect(qasm2ConformanceErrors(emitQasm2(c, { gateSet }))).toEqual([]);
  });
});
