import { emitQasm2, emitQasm3, qasm2StatementCount, qasm3StatementCount } from '../../src/emit';
import { makeRng } from '../../src/math/rng';
import { randomCircuit } from './randomCircuit';

/** Statement lines of an emitted file: everything but the header, include, declarations, definitions and the final gphase. */
function statementLines(text: string): number {
  return text.split('\n').filter((l) => l && !/^(OPENQASM|include|qreg|creg|qubit\[|bit\[|gate |opaque |gphase\()/.test(l)).length;
}

describe('statement counts without flattening equal the emitted files', () => {
  it.each(Array.from({ length: 12 }, (_, i) => [3000 + i]))('seed %i', (seed) => {
    const c = randomCircuit(makeRng(seed), 5, 16);
    expect(qasm2StatementCount(c)).toBe(statementLines(emitQasm2(c)));
    expect(qasm2StatementCount(c, { gateSet: 'qelib1-extended' })).toBe(statementLines(emitQasm2(c, { gateSet: 'qelib1-extended' })));
    expect(qasm3StatementCount(c)).toBe(statementLines(emitQasm3(c)));
    expect(qasm3StatementCount(c, { gateNames: 'braket' })).toBe(statementLines(emitQasm3(c, { gateNames: 'braket' })));
    expect(qasm3StatementCount(c)).toBeLessThanOrEqual(qasm2StatementCount(c));
  });
});
