import { emitQasm2, emitQasm3 } from '../../src/emit';
import { makeRng } from '../../src/math/rng';
import { distanceUpToPhaseC, maxAbsDiffC } from '../../src/math/complexMatrix';
import { unitaryOfCircuit } from '../../src/ops/unitaryOf';
import { parseQasm, parseQasm2, parseQasm3 } from '../../src/parse';
import { randomCircuit } from './randomCircuit';

const TOL = 1e-9;
const SEEDS = Array.from({ length: 24 }, (_, i) => [1000 + i] as const);

describe('parse(emit(c)) equals c on random circuits of the whole gate library', () => {
  it.each(SEEDS)('seed %i: OpenQASM 2 (up to global phase), both gate sets', (seed) => {
    const c = randomCircuit(makeRng(seed), 5, 12);
    const u = unitaryOfCircuit(c);
    for (const gateSet of ['qelib1', 'qelib1-extended'] as const) {
      const text = emitQasm2(c, { gateSet });
      const back = parseQasm2(text);
      expect(back.qregs.map((r) => [r.name, r.size])).toEqual([['q', 3], ['r', 2]]);
      expect(distanceUpToPhaseC(unitaryOfCircuit(back), u)).toBeLessThan(TOL);
      expect(emitQasm2(back, { gateSet })).toBe(text); // fixed point: printing is exact
    }
  });

  it.each(SEEDS)('seed %i: OpenQASM 3 (global phase kept)', (seed) => {
    const c = randomCircuit(makeRng(seed), 5, 12);
    const text = emitQasm3(c);
    const back = parseQasm3(text);
    expect(maxAbsDiffC(unitaryOfCircuit(back), unitaryOfCircuit(c))).toBeLessThan(TOL);
    expect(emitQasm3(back)).toBe(text);
    expect(parseQasm(text).instructions.length).toBe(back.instructions.length);
  });

  it('output is byte-identical for identical input', () => {
    const a = randomCircuit(makeRng(7), 5, 20), b = randomCircuit(makeRng(7), 5, 20);
    expect(emitQasm2(a)).toBe(emitQasm2(b));
    expect(emitQasm3(a)).toBe(emitQasm3(b));
  });

  it('QASM2 output uses only qelib1.inc gates and never the bare U / CX built-ins', () => {
    const qelib1 = new Set(['u3', 'u2', 'u1', 'cx', 'id', 'x', 'y', 'z', 'h', 's', 'sdg', 't', 'tdg', 'rx', 'ry', 'rz', 'cz', 'cy', 'ch', 'ccx', 'crz', 'cu1', 'cu3']);
    for (const [seed] of SEEDS.slice(0, 6)) {
      const text = emitQasm2(randomCircuit(makeRng(seed), 5, 12));
      const names = text.split('\n').slice(4).filter((l) => l).map((l) => l.split(/[ (]/)[0]);
      expect(names.filter((n) => !qelib1.has(n))).toEqual([]);
    }
  });
});
