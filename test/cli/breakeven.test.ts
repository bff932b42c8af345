/** `qnewton breakeven`: table = library formatter, --json = library report, --html page, one-line typed errors. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCapture } from './helpers';
import { analyzeBreakeven, formatBreakeven } from '../../src/schedule/breakeven';
import { analyzeMatrix, loadMatrixFile } from '../../src/math';
import { tagBalanceProblems } from '../schedule/report/htmlChecks';

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'qn-breakeven-'));
}

describe('qnewton breakeven', () => {
  it('prints the library report and --json equals it', async () => {
    const base = ['breakeven', '--n', '4096', '--kappa', '50', '--flop-rate', '1e10', '--search-hardware', ''];
    const lib = analyzeBreakeven({ n: 4096, kappa: 50, flopRatePerSecond: 1e10, searchProfiles: [] });
    const text = await runCapture(base);
    expect(text.stderr).toBe('');
    expect(text.code).toBe(0);
    expect(text.stdout.split('\n')).toEqual(formatBreakeven(lib));
    const json = await runCapture([...base, '--json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse(JSON.stringify(lib)));
  });

  it('--html FILE writes a well-formed page', async () => {
    const dir = tempDir();
    const html = path.join(dir, 'be.html');
    const run = await runCapture(['breakeven', '--n', '1000', '--sparsity', '64', '--flop-rate', '1e10', '--search-hardware', '', '--html', html]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`wrote ${html}`);
    const page = fs.readFileSync(html, 'utf8');
    expect(tagBalanceProblems(page)).toEqual([]);
    expect(page).toContain('<svg');
  });

  it('--matrix FILE takes N, d, κ and α from the analysis of the matrix', async () => {
    const dir = tempDir();
    const mtx = path.join(dir, 'a.mtx');
    // tridiagonal SPD 6×6: 2.2 on the diagonal, −1 off it (κ ≈ 10)
    const entries = [...Array.from({ length: 6 }, (_, i) => `${i + 1} ${i + 1} 2.2`), ...Array.from({ length: 5 }, (_, i) => `${i + 2} ${i + 1} -1`)];
    fs.writeFileSync(mtx, ['%%MatrixMarket matrix coordinate real symmetric', `6 6 ${entries.length}`, ...entries, ''].join('\n'));
    const run = await runCapture(['breakeven', '--matrix', mtx, '--flop-rate', '1e10', '--search-hardware', '', '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const a = analyzeMatrix(loadMatrixFile(mtx).matrix);
    expect(a.d).toBe(3);
    const lib = analyzeBreakeven({ n: a.n, sparsity: a.d, kappa: a.kappa.exact.value, alpha: a.alpha, flopRatePerSecond: 1e10, searchProfiles: [] });
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(JSON.stringify(lib)));
    expect(JSON.parse(run.stdout).problem).toMatchObject({ n: 6, sparsity: 3 });
  });

  it.each([
    [['--n', '1000', '--kappa', '0.5'], /kappa|κ/],
    [['--n', '1000', '--params', '1000'], /not both/],
    [['--kappa', '10'], /problem size.*\(--n \/ --params\)/],
    [['--n', '1000', '--hardware', 'nope'], /hardware profile/],
    [['--n', '1000', '--search-hardware', 'qubit_gate_ns_e3,nope'], /hardware profile/],
    [['--n', '1000', '--matrix', 'x.mtx'], /--matrix gives N/],
  ])('bad input %j: one line on stderr, exit 1, no file', async (argv, message) => {
    const dir = tempDir();
    const html = path.join(dir, 'be.html');
    const run = await runCapture(['breakeven', ...argv, '--flop-rate', '1e10', '--html', html]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(fs.existsSync(html)).toBe(false);
  });
});
