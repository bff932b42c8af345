/**
 * The library column of the one gate table checked against the library files as published
 * (vendored fixtures), and the derived target gate sets checked against the vendors' basis lists.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { libraryGateNames, stdGatesInLibrary } from '../../../src/ops/gates';
import { GATE_SETS } from '../../../src/passes/lowering/gateSets';

function definedGates(file: string): string[] {
  const text = readFileSync(join(__dirname, '..', '..', 'fixtures', file), 'utf8');
  return [...text.matchAll(/^gate\s+([A-Za-z_][A-Za-z0-9_]*)/gm)].map((m) => m[1]).sort();
}

describe('gate table library column', () => {
  it('stdgates.inc: the gates marked stdgates are exactly the ones the published file defines', () => {
    expect([...libraryGateNames('stdgates')].sort()).toEqual(definedGates('openqasm-grammar/stdgates.inc'));
  });
  it('qelib1.inc: every gate the published file defines is marked qelib1 (u0 is listed by the table but absent from the vendored copy)', () => {
    const marked = new Set(libraryGateNames('qelib1'));
    for (const g of definedGates('qelib1/qelib1.inc')) expect(marked.has(g)).toBe(true);
    const extra = [...marked].filter((g) => !definedGates('qelib1/qelib1.inc').includes(g) && g !== 'CX');
    expect(extra.sort()).toEqual(['u0']);
  });
  it('target gate sets derived from the table equal the vendors\' published basis gates', () => {
    const expected: Record<string, string[]> = {
      nam: ['cx', 'h', 'rz', 'x'], ibm: ['cx', 'rz', 'sx', 'x'], ion: ['rx', 'rxx', 'ry', 'rz'],
      'clifford+t': ['cx', 'h', 's', 'sdg', 't', 'tdg', 'x', 'y', 'z'],
      'ibm-heron': ['cz', 'rz', 'sx', 'x'], 'ibm-heron-fractional': ['cz', 'rx', 'rz', 'rzz', 'sx', 'x'],
      'ibm-eagle': ['ecr', 'rz', 'sx', 'x'], ionq: ['gpi', 'gpi2', 'ms'], quantinuum: ['rz', 'rzz', 'u1q'],
      braket: ['cx', 'h', 'rz', 'x'],
    };
    for (const [t, gates] of Object.entries(expected)) {
      expect([...GATE_SETS[t as keyof typeof GATE_SETS]].sort()).toEqual(gates);
      expect([...stdGatesInLibrary(t as keyof typeof GATE_SETS)].sort()).toEqual(gates);
    }
  });
});
