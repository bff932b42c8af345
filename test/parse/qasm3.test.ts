import { CMatrix, embedC, identityC, maxAbsDiffC, mulC, scaleC } from '../../src/math/complexMatrix';
import { controlledMatrix, gateMatrices as M } from '../../src/ops/gates';
import { unitaryOfCircuit } from '../../src/ops/unitaryOf';
import { parseQasm, parseQasm3 } from '../../src/parse';

const TOL = 1e-9;
const H3 = 'OPENQASM 3.0;\ninclude "stdgates.inc";\n';

function product(n: number, steps: ReadonlyArray<readonly [CMatrix, readonly number[]]>): CMatrix {
  let u = identityC(1 << n);
  for (const [g, q] of steps) u = mulC(embedC(g, q, n), u);
  return u;
}
const phase = (m: CMatrix, a: number): CMatrix => scaleC(m, Math.cos(a), Math.sin(a));
const u3 = (n: number, body: string): CMatrix => unitaryOfCircuit(parseQasm3(`${H3}qubit[${n}] q;\n${body}\n`));

describe('OpenQASM 3 gate modifiers (checked against matrices built directly)', () => {
  it.each([
    ['ctrl @ h', 'ctrl @ h q[0], q[1];', 2, controlledMatrix(1, M.H2)],
    ['ctrl(2) @ x', 'ctrl(2) @ x q[0], q[1], q[2];', 3, controlledMatrix(2, M.X2)],
    ['ctrl @ ctrl @ y', 'ctrl @ ctrl @ y q[0], q[1], q[2];', 3, controlledMatrix(2, M.Y2)],
    ['ctrl(3) @ h', 'ctrl(3) @ h q[0], q[1], q[2], q[3];', 4, controlledMatrix(3, M.H2)],
    ['ctrl @ swap', 'ctrl @ swap q[0], q[1], q[2];', 3, controlledMatrix(1, M.SWAP4)],
    ['ctrl(2) @ user rxx', 'gate rxx(t) a, b { h a; h b; cx a, b; rz(t) b; cx a, b; h a; h b; }\nctrl(2) @ rxx(0.7) q[0], q[1], q[2], q[3];', 4,
      controlledMatrix(2, M.rxxMatrix(0.7))],
    ['ctrl(2) @ swap', 'ctrl(2) @ swap q[0], q[1], q[2], q[3];', 4, controlledMatrix(2, M.SWAP4)],
    ['ctrl @ U', 'ctrl @ U(0.1, 0.2, 0.3) q[0], q[1];', 2, controlledMatrix(1, M.uMatrix(0.1, 0.2, 0.3))],
    ['ctrl @ gphase', 'ctrl @ gphase(0.4) q[0];', 1, M.diag2(0, 0.4)],
    ['inv @ s', 'inv @ s q[0];', 1, M.diag2(0, -Math.PI / 2)],
    ['inv @ ctrl @ rx', 'inv @ ctrl @ rx(0.3) q[0], q[1];', 2, controlledMatrix(1, M.rxMatrix(-0.3))],
    ['pow(2) @ t', 'pow(2) @ t q[0];', 1, M.diag2(0, Math.PI / 2)],
    ['pow(-1) @ h', 'pow(-1) @ h q[0];', 1, M.H2],
    ['pow(0.5) @ x', 'pow(0.5) @ x q[0];', 1, M.SX2],
    ['pow(1/2) @ z', 'pow(1/2) @ z q[0];', 1, M.diag2(0, Math.PI / 2)],
    ['pow(0.5) @ cx', 'pow(0.5) @ cx q[0], q[1];', 2, controlledMatrix(1, M.SX2)],
    ['pow(0.25) @ rz', 'pow(0.25) @ rz(0.8) q[0];', 1, M.rzMatrix(0.2)],
    ['pow(0.5) @ y (principal root ((1+i)I + (1-i)Y)/2)', 'pow(0.5) @ y q[0];', 1, {
      dim: 2, re: Float64Array.of(0.5, -0.5, 0.5, 0.5), im: Float64Array.of(0.5, -0.5, 0.5, 0.5) }],
    ['pow(0.5) @ ctrl(2) @ z', 'pow(0.5) @ ctrl(2) @ z q[0], q[1], q[2];', 3, controlledMatrix(2, M.diag2(0, Math.PI / 2))],
    ['ctrl(2) @ U diagonal', 'ctrl(2) @ U(0, 0.3, 0.4) q[0], q[1], q[2];', 3, controlledMatrix(2, M.diag2(0, 0.7))],
    ['ctrl(2) @ U antidiagonal', 'ctrl(2) @ U(pi, 0.3, 0.4) q[0], q[1], q[2];', 3, controlledMatrix(2, M.uMatrix(Math.PI, 0.3, 0.4))],
    ['ctrl(2) @ sx', 'ctrl(2) @ sx q[0], q[1], q[2];', 3, controlledMatrix(2, M.SX2)],
    ['ctrl @ pow(0.5) @ x', 'ctrl @ pow(0.5) @ x q[0], q[1];', 2, controlledMatrix(1, M.SX2)],
  ])('%s', (_n, body, n, ref) => {
    expect(maxAbsDiffC(u3(n, body), ref)).toBeLessThan(TOL);
  });

  it('negctrl @ x is X-conjugated CX', () => {
    const ref = product(2, [[M.X2, [0]], [controlledMatrix(1, M.X2), [0, 1]], [M.X2, [0]]]);
    expect(maxAbsDiffC(u3(2, 'negctrl @ x q[0], q[1];'), ref)).toBeLessThan(TOL);
  });

  it('ctrl @ negctrl @ h: control on |1⟩ then on |0⟩', () => {
    const ref = product(3, [[M.X2, [1]], [controlledMatrix(2, M.H2), [0, 1, 2]], [M.X2, [1]]]);
    expect(maxAbsDiffC(u3(3, 'ctrl @ negctrl @ h q[0], q[1], q[2];'), ref)).toBeLessThan(TOL);
  });

  it('pow(1/3) @ cx cubed is cx', () => {
    expect(maxAbsDiffC(u3(2, 'pow(1/3) @ cx q[0], q[1];\npow(1/3) @ cx q[0], q[1];\npow(1/3) @ cx q[0], q[1];'), controlledMatrix(1, M.X2))).toBeLessThan(TOL);
  });

  it('controlled user gate controls its global phase too', () => {
    const u = u3(3, 'gate g(a) x, y { h x; cx x, y; gphase(a); }\nctrl @ g(0.9) q[2], q[0], q[1];');
    const body = phase(product(2, [[M.H2, [0]], [controlledMatrix(1, M.X2), [0, 1]]]), 0.9);
    const ref = product(3, [[controlledMatrix(1, body), [2, 0, 1]]]);
    expect(maxAbsDiffC(u, ref)).toBeLessThan(TOL);
  });
});

describe('OpenQASM 3 statements', () => {
  it('stdgates.inc u3/u2 carry the spec global phase e^{-i(φ+λ)/2}; U and u1 do not', () => {
    expect(maxAbsDiffC(u3(1, 'u3(0.1, 0.2, 0.3) q[0];'), phase(M.uMatrix(0.1, 0.2, 0.3), -0.25))).toBeLessThan(TOL);
    expect(maxAbsDiffC(u3(1, 'u2(0.2, 0.3) q[0];'), phase(M.uMatrix(Math.PI / 2, 0.2, 0.3), -0.25))).toBeLessThan(TOL);
    expect(maxAbsDiffC(u3(1, 'U(0.1, 0.2, 0.3) q[0];'), M.uMatrix(0.1, 0.2, 0.3))).toBeLessThan(TOL);
    expect(maxAbsDiffC(u3(1, 'u1(0.3) q[0];'), M.diag2(0, 0.3))).toBeLessThan(TOL);
    expect(maxAbsDiffC(u3(1, 'rz(0.3) q[0];'), M.rzMatrix(0.3))).toBeLessThan(TOL);
  });

  it('gphase at top level sets the global phase', () => {
    const c = parseQasm3(`${H3}qubit q;\ngphase(pi/2);\nx q;\ngphase(-0.25);\n`);
    expect(c.globalPhaseRad).toBeCloseTo(Math.PI / 2 - 0.25, 15);
  });

  it('declarations: qubit[n], qubit, bit, qreg/creg, const; π, tau, euler, arcsin', () => {
    const c = parseQasm3(`${H3}const int n = 2;\nconst float th = τ/8 + euler - e_off;\n`.replace(' - e_off', '') +
      'qubit[n+1] a;\nqubit b;\nbit[2] m;\nqreg r[2];\ncreg k[1];\nrz(th) b;\nrx(π) a[2];\nry(arcsin(1)) a[-1];\n');
    expect(c.qregs.map((r) => [r.name, r.size])).toEqual([['a', 3], ['b', 1], ['r', 2]]);
    expect(c.cregs.map((r) => [r.name, r.size])).toEqual([['m', 2], ['k', 1]]);
    expect(c.instructions.map((i) => [i.op.name, i.qubits[0], i.op.angles[0]])).toEqual([
      ['rz', 3, Math.PI / 4 + Math.E], ['rx', 2, Math.PI], ['ry', 2, Math.PI / 2]]);
  });

  it('measure in both forms, reset, barrier (all qubits when bare)', () => {
    const c = parseQasm3(`${H3}qubit[2] q;\nbit[2] c;\nbit b;\nc = measure q;\nmeasure q[1] -> c[0];\nb = measure q[0];\nc[1] = measure q[0];\nreset q[1];\nbarrier;\n`);
    expect(c.instructions.map((i) => [i.op.name, i.qubits, i.clbits])).toEqual([
      ['measure', [0], [0]], ['measure', [1], [1]], ['measure', [1], [0]], ['measure', [0], [2]], ['measure', [0], [1]],
      ['reset', [1], []], ['barrier', [0, 1], []]]);
  });

  it('for loops over [a:b] (inclusive), [a:step:b], {set}; the variable works in indices and angles', () => {
    const c = parseQasm3(`${H3}qubit[5] q;\nfor uint i in [0:3] { cx q[i], q[i+1]; }\nfor int j in [4:-2:0] rz(j*pi/8) q[j];\nfor k in {1, 3} { h q[k]; }\n`);
    expect(c.instructions.map((i) => `${i.op.name}${i.op.angles.length ? `(${i.op.angles[0] / Math.PI})` : ''} ${i.qubits.join(',')}`)).toEqual([
      'cx 0,1', 'cx 1,2', 'cx 2,3', 'cx 3,4', 'rz(0.5) 4', 'rz(0.25) 2', 'rz(0) 0', 'h 1', 'h 3']);
  });

  it('register slices broadcast', () => {
    const c = parseQasm3(`${H3}qubit[4] q;\ncx q[0:1], q[2:3];\nh q[{0, 3}];\n`);
    expect(c.instructions.map((i) => `${i.op.name} ${i.qubits.join(',')}`)).toEqual(['cx 0,2', 'cx 1,3', 'h 0', 'h 3']);
  });

  it('if on a register, on a bit, with blocks, nesting, && and else', () => {
    const c = parseQasm3(`${H3}qubit[2] q;\nbit[2] c;\nbit f;\nif (c == 3) x q[0];\nif (c[1] == 1) { h q[0]; h q[1]; }\n` +
      'if (f) { if (c[0] == 0) z q[1]; }\nif (c[0] == 1 && f == 0) y q[0];\nif (!f) s q[0]; else t q[0];\n');
    expect(c.instructions.map((i) => [i.op.name, i.condition])).toEqual([
      ['x', { clbits: [0, 1], value: 3 }],
      ['h', { clbits: [1], value: 1 }], ['h', { clbits: [1], value: 1 }],
      ['z', { clbits: [2, 0], value: 1 }],
      ['y', { clbits: [0, 2], value: 1 }],
      ['s', { clbits: [2], value: 0 }], ['t', { clbits: [2], value: 1 }],
    ]);
  });

  it('a file without header is read as OpenQASM 3 by parseQasm', () => {
    const c = parseQasm('include "stdgates.inc";\nqubit[2] q;\nctrl @ x q[0], q[1];\n');
    expect(c.instructions.map((i) => i.op.name)).toEqual(['cx']);
  });

  it('user gates with loops in bodies and modifiers on calls', () => {
    const u = u3(3, 'gate ladder a, b, c { h a; cx a, b; cx b, c; }\ninv @ ladder q[0], q[1], q[2];');
    const fwd = product(3, [[M.H2, [0]], [controlledMatrix(1, M.X2), [0, 1]], [controlledMatrix(1, M.X2), [1, 2]]]);
    expect(maxAbsDiffC(mulC(u, fwd), identityC(8))).toBeLessThan(TOL);
  });
});
