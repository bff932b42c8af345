import * as fs from 'fs';
import * as path from 'path';

/** A fresh clone has nothing beside it: no test, benchmark or source file may read data from outside the repository. */
const ROOT = path.resolve(__dirname, '../..');

function listTs(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' || e.name === 'fixtures' ? [] : listTs(p);
    return p.endsWith('.ts') ? [p] : [];
  });
}

describe('repository is self-contained', () => {
  const files = ['src', 'test', 'bench'].flatMap((d) => listTs(path.join(ROOT, d)));

  it('finds the files', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('no file refers to ../shared or an absolute /work path', () => {
    const self = path.relative(ROOT, __filename);
    const offenders = files
      .filter((f) => path.relative(ROOT, f) !== self)
      .filter((f) => /\.\.\/shared\/|['"`]\/work\//.test(fs.readFileSync(f, 'utf8')))
      .map((f) => path.relative(ROOT, f));
    expect(offenders).toEqual([]);
  });

  it('the vendored Nam suite is complete, with its licence', () => {
    const dir = path.join(ROOT, 'test/fixtures/nam');
    expect(fs.existsSync(path.join(dir, 'LICENSE.quartz-Apache-2.0'))).toBe(true);
    expect(fs.readdirSync(path.join(dir, 'input')).filter((f) => f.endsWith('.qasm')).length).toBeGreaterThanOrEqual(26);
  });
});
