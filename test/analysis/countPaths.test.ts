/**
 * Every count path agrees: the call-graph engine (estimateLogical), `stats`, the Nam-convention
 * counts, `optimize`'s report and the gates actually written (emit → parse → count), on random
 * circuits with user-defined gates, controlled rotations and near-π/4 angles. The engine is
 * checked against an independent flatten-and-count of the same circuit.
 */
import fc from 'fast-check';
import { BASIS_SETS, circuitStats, estimateLogical, leafContribution } from '../../src/analysis';
import { emitQasm2, emitQasm3 } from '../../src/emit';
import { Circuit, flatten } from '../../src/ir';
import { ANGLE_CLASS_TOLERANCE_RAD, classifyAngle, isStdGate } from '../../src/ops';
import { parseQasm } from '../../src/parse';
import { namCounts, optimize } from '../../src/passes';

/** Independent reference: flatten to standard gates with the IR's flatten, then count instruction by instruction. */
function flatCounts(c: Circuit): { gates: number; twoQubit: number; t: number } {
  const flat = flatten(c, (op) => isStdGate(op.name) || !op.def.calls);
  let gates = 0, twoQubit = 0, t = 0;
  for (const ins of flat.instructions) {
    const cat = ins.op.def.category;
    if (cat === 'barrier' || cat === 'measure') continue;
    gates += ins.op.name === 'ccx' ? 15 : ins.op.name === 'ccz' ? 13 : 1;
    if (ins.op.name === 'ccx' || ins.op.name === 'ccz') { twoQubit += 6; t += 7; continue; }
    if (cat === 'unitary' && ins.qubits.length === 2) twoQubit++;
    t += leafContribution(ins.op).t;
  }
  return { gates, twoQubit, t };
}

const NEAR_QUARTER = [0, 5e-10, -5e-10, 2e-9, 1e-3];

/** A random OpenQASM 2 program with a user gate, controlled rotations and near-π/4 angles. */
const arbProgram = fc.record({
  body: fc.array(fc.record({
    kind: fc.integer({ min: 0, max: 7 }),
    k: fc.integer({ min: -8, max: 8 }),
    d: fc.constantFrom(...NEAR_QUARTER),
    a: fc.integer({ min: 0, max: 2 }),
    b: fc.integer({ min: 0, max: 2 }),
    theta: fc.double({ min: -3, max: 3, noNaN: true }),
  }), { maxLength: 25 }),
}).map(({ body }) => {
  const lines = ['OPENQASM 2.0;', 'include "qelib1.inc";', 'gate g(x) p, q { cx p, q; rz(x) q; crx(x/2) p, q; t p; }', 'qreg q[3];'];
  for (const s of body) {
    const a = s.a, b = s.a === s.b ? (s.a + 1) % 3 : s.b;
    const near = `${s.k}*pi/4+(${s.d})`;
    switch (s.kind) {
      case 0: lines.push(`rz(${near}) q[${a}];`); break;
      case 1: lines.push(`crx(${s.theta}) q[${a}],q[${b}];`); break;
      case 2: lines.push(`g(${near}) q[${a}],q[${b}];`); break;
      case 3: lines.push(`cu1(${near}) q[${a}],q[${b}];`); break;
      case 4: lines.push(`ccx q[0],q[1],q[2];`); break;
      case 5: lines.push(`u3(${s.theta},${near},0) q[${a}];`); break;
      case 6: lines.push(`cx q[${a}],q[${b}];`); break;
      default: lines.push(`t q[${a}]; h q[${b}];`);
    }
  }
  return lines.join('\n') + '\n';
});

describe('one angle classification', () => {
  it.each([[Math.PI / 4, 't'], [Math.PI / 4 + 5e-10, 't'], [Math.PI / 4 + 2e-9, 'rotation'], [Math.PI / 2 - 5e-10, 'clifford'], [-3 * Math.PI / 4, 't'], [0.3, 'rotation']] as const)(
    'classifyAngle(%p) = %s (tolerance 1e-9 rad)', (a, want) => {
      expect(classifyAngle(a)).toBe(want);
      expect(ANGLE_CLASS_TOLERANCE_RAD).toBe(1e-9);
    });
});

describe('the issue example: rz(pi/4+5e-10) q[0]; crx(0.3) q[0],q[1];', () => {
  const c = parseQasm('OPENQASM 2.0;\ninclude "qelib1.inc";\nqreg q[2];\nrz(pi/4+5e-10) q[0];\ncrx(0.3) q[0],q[1];\n');
  it('stats, Nam counts, the engine and optimize level 0 report the same T and two-qubit counts', () => {
    const s = circuitStats(c).resourceCounts;
    const nam = namCounts(c);
    const std = estimateLogical(c, BASIS_SETS['std-gates']);
    const opt = optimize(c, { level: 0 }).report.after;
    expect([s.stdGates.tCount, nam.t, std.tCount, opt.t]).toEqual([1, 1, 1, 1]);
    expect([s.stdGates.twoQubitGates, nam.cnot, std.twoQubitGateCount, opt.cnot]).toEqual([1, 1, 1, 1]);
    // In the Clifford+T basis crx decomposes: 2 CNOTs and 2 arbitrary rotations, plus the T-like rz.
    expect(s.cliffordT).toMatchObject({ cnotCount: 2, tCount: 1, rotationCount: 2 });
  });
});

describe('all count paths agree on random circuits (user gates, controlled rotations, near-π/4 angles)', () => {
  it('engine = stats = Nam convention = independent flatten-and-count = counts of the emitted QASM 2 and 3', () => {
    fc.assert(fc.property(arbProgram, (text) => {
      const c = parseQasm(text);
      const ref = flatCounts(c);
      const nam = namCounts(c);
      expect(nam).toEqual({ total: ref.gates, cnot: ref.twoQubit, t: ref.t });
      const s = circuitStats(c).resourceCounts.stdGates;
      const std = estimateLogical(c, BASIS_SETS['std-gates']);
      expect([s.tCount, s.twoQubitGates]).toEqual([std.tCount, std.twoQubitGateCount]);
      // Written and read back: the counts of what a file holds equal the counts of the circuit.
      expect(namCounts(parseQasm(emitQasm3(c)))).toEqual(nam);
      const ct = estimateLogical(c, 'clifford+t');
      const ct2 = estimateLogical(parseQasm(emitQasm2(c)), 'clifford+t');
      expect([ct2.tCount, ct2.toffoliCount, ct2.rotationCount]).toEqual([ct.tCount, ct.toffoliCount, ct.rotationCount]);
    }), { seed: 42, numRuns: 150 });
  });

  it.each([1, 2, 3] as const)('optimize level %i: the report counts exactly what it writes', (level) => {
    fc.assert(fc.property(arbProgram, (text) => {
      const { circuit, report } = optimize(parseQasm(text), { level });
      const written = parseQasm(emitQasm2(circuit));
      const { total, cnot, t } = report.after;
      expect({ total, cnot, t }).toEqual(namCounts(written));
    }), { seed: 7 + level, numRuns: 40 });
  });
});
