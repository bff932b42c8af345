import { formatAngle, formatReal } from '../../src/emit';
import { makeRng } from '../../src/math/rng';
import { parseQasm2, parseQasm3 } from '../../src/parse';

describe('formatAngle', () => {
  it.each([
    [0, '0'], [-0, '0'], [Math.PI, 'pi'], [-Math.PI, '-pi'], [2 * Math.PI, '2*pi'], [Math.PI / 2, 'pi/2'], [Math.PI / 4, 'pi/4'],
    [-3 * Math.PI / 8, '-3*pi/8'], [5 * Math.PI / 1024, '5*pi/1024'], [3 * Math.PI / 2, '3*pi/2'],
    [0.1, '0.1'], [1e-7, '1.0e-7'], [3, '3.0'], [-2, '-2.0'], [1.5e21, '1.5e+21'], [Math.PI / 3, '1.0471975511965976'],
  ])('%d → %s', (x, text) => {
    expect(formatAngle(x)).toBe(text);
  });

  it('formatReal always has a decimal point', () => {
    expect([formatReal(2), formatReal(2e-9), formatReal(0.25)]).toEqual(['2.0', '2.0e-9', '0.25']);
  });

  it('every printed angle parses back to the identical double (QASM2 and QASM3)', () => {
    const rng = makeRng(42);
    const values: number[] = [];
    for (let i = 0; i < 300; i++) {
      values.push((rng.next() - 0.5) * 10 ** (rng.int(12) - 6));
      values.push(((rng.int(2001) - 1000) * Math.PI) / 2 ** rng.int(21));
    }
    const body = values.map((v) => `rz(${formatAngle(v)}) q[0];`).join('\n');
    const c2 = parseQasm2(`OPENQASM 2.0;\ninclude "qelib1.inc";\nqreg q[1];\n${body}\n`);
    const c3 = parseQasm3(`OPENQASM 3.0;\ninclude "stdgates.inc";\nqubit[1] q;\n${body}\n`);
    expect(c2.instructions.map((i) => i.op.angles[0])).toEqual(values.map((v) => (v === 0 ? 0 : v)));
    expect(c3.instructions.map((i) => i.op.angles[0])).toEqual(values.map((v) => (v === 0 ? 0 : v)));
  });
});
