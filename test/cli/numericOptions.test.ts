import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { InvalidArgumentError } from '../../src/errors';
import { checkNumericOptions, finiteNumberList, parseFiniteNumber } from '../../src/cli/numericOptions';
import { runCapture } from './helpers';

describe('parseFiniteNumber', () => {
  it.each([['1', 1], ['-2.5', -2.5], ['1e-8', 1e-8], ['0x10', 16], [' 3 ', 3]])('reads %j as %p', (text, v) => {
    expect(parseFiniteNumber('--x', text)).toBe(v);
  });
  it.each(['', '  ', 'NaN', 'nan', 'Infinity', '-Infinity', '1e400', 'abc', '1,5'])('refuses %j naming the flag', (text) => {
    expect(() => parseFiniteNumber('--symmetry-tol', text)).toThrow(InvalidArgumentError);
    expect(() => parseFiniteNumber('--symmetry-tol', text)).toThrow(/--symmetry-tol/);
  });
});

describe('checkNumericOptions (raw argv + parsed values)', () => {
  const names = ['symmetry-tol', 'steps', 'd', 'sparsity'];
  it.each([
    [['--symmetry-tol', 'NaN'], /--symmetry-tol must be a finite number, got 'NaN'/],
    [['--symmetry-tol=Infinity'], /--symmetry-tol/],
    [['--steps', ''], /--steps needs a number, got an empty value/],
    [['--steps='], /--steps needs a number/],
    [['--steps'], /--steps needs a number after it/],
    [['--steps', '--json'], /--steps needs a number after it/],
    [['--steps', '-Infinity'], /--steps must be a finite number/],
    [['--symmetryTol', 'nan'], /--symmetry-tol/],
    [['-d', '1e999'], /-d must be a finite number/],
  ])('%j is refused', (argv, msg) => {
    expect(() => checkNumericOptions(argv, names, {})).toThrow(msg);
  });
  it.each([
    [['--steps', '3', '--symmetry-tol', '-1e-3']],
    [['--steps=3', 'file.mtx', '--', '--steps', 'NaN']],
    [['--other', 'NaN', '-xyz']],
  ])('%j is accepted', (argv) => {
    expect(() => checkNumericOptions(argv, names, { steps: 3 })).not.toThrow();
  });
  it('refuses parsed NaN, Infinity and a repeated option', () => {
    expect(() => checkNumericOptions([], names, { steps: NaN })).toThrow(/--steps/);
    expect(() => checkNumericOptions([], names, { sparsity: Infinity })).toThrow(/--sparsity/);
    expect(() => checkNumericOptions([], names, { steps: [1, 2] })).toThrow(/--steps was given 2 times/);
  });
  it('finiteNumberList checks every item', () => {
    expect(finiteNumberList('--estimate-params', ['1e6', 1e9])).toEqual([1e6, 1e9]);
    expect(() => finiteNumberList('--estimate-params', ['1e6', 'NaN'])).toThrow(/--estimate-params/);
  });
});

describe('every command refuses a non-finite numeric option before doing anything', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qn-numopt-'));
    // asymmetric 2x2: with the symmetry check on, compile must refuse it
    fs.writeFileSync(path.join(dir, 'asym.mtx'), '%%MatrixMarket matrix coordinate real general\n2 2 3\n1 1 2\n1 2 1\n2 2 2\n');
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('compile asym.mtx --symmetry-tol NaN is refused (it used to switch the symmetry check off)', async () => {
    const out = path.join(dir, 'out');
    const r = await runCapture(['compile', path.join(dir, 'asym.mtx'), '--symmetry-tol', 'NaN', '--out-dir', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^qnewton: error \[INVALID_ARGUMENT\]: --symmetry-tol must be a finite number/);
    expect(r.stderr.split('\n')).toHaveLength(1);
    expect(fs.existsSync(out)).toBe(false);
  });
  it('and the same file without NaN is refused as asymmetric (so the check is really on)', async () => {
    const r = await runCapture(['compile', path.join(dir, 'asym.mtx'), '--out-dir', path.join(dir, 'out2')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/INVALID_MATRIX/);
  });
  it.each([
    [['estimate', '--n', '1000', '--kappa', 'Infinity'], /--kappa/],
    [['estimate', '--n', ''], /--n needs a number/],
    [['estimate', '--n', '1000', '--epsilon'], /--epsilon needs a number/],
    [['simulate', 'x.qasm', '--memory-gib', 'NaN'], /--memory-gib/],
    [['train', '-d', 'nan'], /-d must be a finite number/],
    [['run', '--estimate-params', '1e6', 'NaN', '--out-dir', '/nonexistent-qn'], /--estimate-params/],
  ])('%j', async (argv, msg) => {
    const r = await runCapture(argv);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(msg);
    expect(r.stderr.split('\n')).toHaveLength(1);
  });
});
