import { Circuit, CircuitBuilder } from '../../src/ir';
import { CMatrix, distanceUpToPhaseC, embedC, maxAbsDiffC, mulC } from '../../src/math/complexMatrix';
import { controlledMatrix, gateMatrices as M, makeMcx, makeStdGate } from '../../src/ops/gates';
import { unitaryOfCircuit, unitaryOfOp } from '../../src/ops/unitaryOf';
import { parseQasm, parseQasm2 } from '../../src/parse';

const TOL = 1e-12;
const H2 = 'OPENQASM 2.0;\ninclude "qelib1.inc";\n';

/** Unitary of a sequence of (matrix, operands) on n qubits, built directly (independent of the parser). */
function product(n: number, steps: ReadonlyArray<readonly [CMatrix, readonly number[]]>): CMatrix {
  let u = embedC(M.I2, [0], n);
  for (const [g, q] of steps) u = mulC(embedC(g, q, n), u);
  return u;
}

function rzAngle(c: Circuit): number {
  return c.instructions[0].op.angles[0];
}

describe('OpenQASM 2 expressions', () => {
  it.each([
    ['pi/4', Math.PI / 4],
    ['-pi/2', -Math.PI / 2],
    ['2^3^2', 512], // right-associative
    ['-2^2', -4], // power binds tighter than unary minus
    ['(1+2)*3-4/8', 8.5],
    ['sin(pi/6)*2', 2 * Math.sin(Math.PI / 6)],
    ['cos(0)+tan(pi/4)', 1 + Math.tan(Math.PI / 4)],
    ['ln(exp(1.5))', Math.log(Math.exp(1.5))],
    ['sqrt(2)/2', Math.sqrt(2) / 2],
    ['1.5e-3*2', 3e-3],
    ['.5 + 3.', 3.5],
    ['2*pi^2', 2 * Math.PI ** 2],
    ['-(-pi)', Math.PI],
  ])('%s = %d', (expr, value) => {
    const c = parseQasm2(`${H2}qreg q[1];\nrz(${expr}) q[0];`);
    expect(Math.abs(rzAngle(c) - value)).toBeLessThanOrEqual(1e-15 * Math.max(1, Math.abs(value)));
  });
});

describe('OpenQASM 2 statements', () => {
  it('registers, broadcast over whole registers, comments', () => {
    const c = parseQasm2(`${H2}// comment\nqreg a[3]; /* block\n comment */ qreg b[3];\ncreg m[3];\nh a;\ncx a, b;\ncx a[0], b;\n`);
    expect(c.qregs.map((r) => [r.name, r.size, r.offset])).toEqual([['a', 3, 0], ['b', 3, 3]]);
    expect(c.instructions.map((i) => `${i.op.name} ${i.qubits.join(',')}`)).toEqual([
      'h 0', 'h 1', 'h 2', 'cx 0,3', 'cx 1,4', 'cx 2,5', 'cx 0,3', 'cx 0,4', 'cx 0,5']);
  });

  it('measure (broadcast), reset, barrier (union, deduplicated), if(c==n)', () => {
    const c = parseQasm2(`${H2}qreg q[2];\nqreg r[1];\ncreg c[2];\nmeasure q -> c;\nmeasure r[0] -> c[1];\nreset q;\nbarrier q, r[0], q[1];\nif(c==2) x r[0];\nif(c==1) measure q[0] -> c[0];\n`);
    const rows = c.instructions.map((i) => [i.op.name, i.qubits, i.clbits, i.condition ?? null]);
    expect(rows).toEqual([
      ['measure', [0], [0], null], ['measure', [1], [1], null], ['measure', [2], [1], null],
      ['reset', [0], [], null], ['reset', [1], [], null],
      ['barrier', [0, 1, 2], [], null],
      ['x', [2], [], { clbits: [0, 1], value: 2 }],
      ['measure', [0], [0], { clbits: [0, 1], value: 1 }],
    ]);
  });

  it('built-ins U and CX need no include and equal the OpenQASM 2 matrices', () => {
    const c = parseQasm2('OPENQASM 2.0;\nqreg q[2];\nU(0.3,0.2,-1.1) q[1];\nCX q[1],q[0];\n');
    const ref = product(2, [[M.uMatrix(0.3, 0.2, -1.1), [1]], [controlledMatrix(1, M.X2), [1, 0]]]);
    expect(maxAbsDiffC(unitaryOfCircuit(c), ref)).toBeLessThan(TOL);
  });

  it('gate definitions bind parameters and qubit arguments', () => {
    const c = parseQasm2(`${H2}qreg q[3];\ngate g(a, b) x, y { U(a, 0, b) y; CX y, x; rz(a*b) x; }\ng(0.5, pi/3) q[2], q[0];\n`);
    const ref = product(3, [[M.uMatrix(0.5, 0, Math.PI / 3), [0]], [controlledMatrix(1, M.X2), [0, 2]], [M.rzMatrix(0.5 * Math.PI / 3), [2]]]);
    expect(maxAbsDiffC(unitaryOfCircuit(c), ref)).toBeLessThan(TOL);
    expect(c.instructions).toHaveLength(1);
    expect(c.instructions[0].op.def.name).toBe('defined');
  });

  it('nested definitions; equal definitions give equal keys, different bodies different keys', () => {
    const a = parseQasm2(`${H2}qreg q[2];\ngate inner a { h a; }\ngate outer a, b { inner a; cx a, b; }\nouter q[0], q[1];\n`);
    const b = parseQasm2(`${H2}qreg q[2];\ngate inner a { h a; }\ngate outer a,b{inner a;cx a,b;}\nouter q[0], q[1];\n`);
    const d = parseQasm2(`${H2}qreg q[2];\ngate inner a { x a; }\ngate outer a, b { inner a; cx a, b; }\nouter q[0], q[1];\n`);
    expect(a.instructions[0].op.key).toBe(b.instructions[0].op.key);
    expect(a.instructions[0].op.key).not.toBe(d.instructions[0].op.key);
    const ref = product(2, [[M.H2, [0]], [controlledMatrix(1, M.X2), [0, 1]]]);
    expect(maxAbsDiffC(unitaryOfCircuit(a), ref)).toBeLessThan(TOL);
  });

  it('opaque gates become ops without decomposition', () => {
    const c = parseQasm2(`${H2}qreg q[2];\nopaque magic(t) a, b;\nmagic(0.1) q[1], q[0];\n`);
    const op = c.instructions[0].op;
    expect([op.def.name, op.name, op.angles, op.numQubits, op.def.decompose]).toEqual(['opaque', 'magic', [0.1], 2, undefined]);
  });

  it('ccz (documented extension) equals diag(1,...,1,-1)', () => {
    const c = parseQasm2(`${H2}qreg q[3];\nccz q[0], q[1], q[2];\n`);
    expect(maxAbsDiffC(unitaryOfCircuit(c), controlledMatrix(2, M.Z2))).toBeLessThan(TOL);
  });

  it.each([
    ['c3x', 4, controlledMatrix(3, M.X2)],
    ['c4x', 5, controlledMatrix(4, M.X2)],
    ['c3sqrtx', 4, controlledMatrix(3, M.SX2)],
  ])('extension %s equals its controlled matrix', (name, n, ref) => {
    const qs = Array.from({ length: n }, (_, i) => `q[${i}]`).join(', ');
    const c = parseQasm2(`${H2}qreg q[${n}];\n${name} ${qs};\n`);
    expect(maxAbsDiffC(unitaryOfCircuit(c), ref)).toBeLessThan(1e-9);
  });

  it('rc3x is a relative-phase C3X: |entries| equal those of C3X, phases only on the diagonal blocks', () => {
    const u = unitaryOfCircuit(parseQasm2(`${H2}qreg q[4];\nrc3x q[0], q[1], q[2], q[3];\n`));
    const ref = unitaryOfOp(makeMcx(3));
    let maxErr = 0;
    for (let i = 0; i < u.re.length; i++) maxErr = Math.max(maxErr, Math.abs(Math.hypot(u.re[i], u.im[i]) - Math.hypot(ref.re[i], ref.im[i])));
    expect(maxErr).toBeLessThan(1e-9);
  });

  it.each([
    ['u3(0.1,0.2,0.3)', 'u3', [0.1, 0.2, 0.3]], ['u2(0.2,0.3)', 'u2', [0.2, 0.3]], ['u1(0.3)', 'u1', [0.3]], ['p(0.3)', 'p', [0.3]],
    ['sx', 'sx', []], ['sxdg', 'sxdg', []], ['rxx(0.4)', 'rxx', [0.4]], ['rzz(0.4)', 'rzz', [0.4]], ['cu(0.1,0.2,0.3,0.4)', 'cu', [0.1, 0.2, 0.3, 0.4]],
  ])('library gate %s maps to %s', (call, name, angles) => {
    const info = makeStdGate(name, angles);
    const qs = Array.from({ length: info.numQubits }, (_, i) => `q[${i}]`).join(',');
    const c = parseQasm2(`${H2}qreg q[3];\n${call} ${qs};\n`);
    expect(c.instructions[0].op.key).toBe(info.key);
  });

  it('a file may redefine a qelib1 extension gate (not an original qelib1 gate)', () => {
    const c = parseQasm2(`${H2}qreg q[2];\ngate rzz(t) a, b { cx a, b; u1(t) b; cx a, b; }\nrzz(0.3) q[0], q[1];\n`);
    expect([c.instructions[0].op.def.name, c.instructions[0].op.name]).toEqual(['defined', 'rzz']);
    expect(() => parseQasm2(`${H2}gate cu1(t) a, b { cx a, b; }\n`)).toThrow(/redefinition of gate 'cu1'/);
  });

  it('u0(γ) is the identity', () => {
    const c = parseQasm2(`${H2}qreg q[1];\nu0(5) q[0];\n`);
    expect(maxAbsDiffC(unitaryOfCircuit(c), M.I2)).toBeLessThan(TOL);
  });

  it('qelib1 rz equals u1 up to global phase (OpenQASM 2 semantics)', () => {
    const a = parseQasm2(`${H2}qreg q[1];\nrz(0.7) q[0];\n`);
    const b = CircuitBuilder.withQubits(1).apply(makeStdGate('u1', [0.7]), [0]).build();
    expect(distanceUpToPhaseC(unitaryOfCircuit(a), unitaryOfCircuit(b))).toBeLessThan(TOL);
  });

  it('parseQasm auto-detects version 2', () => {
    const c = parseQasm(`${H2}qreg q[1];\nh q[0];\n`);
    expect(c.instructions.map((i) => i.op.name)).toEqual(['h']);
  });
});
