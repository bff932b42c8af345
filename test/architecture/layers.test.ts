import * as path from 'path';
import { Project } from 'ts-morph';

/**
 * Enforces the one-way dependency rule of docs/architecture.md:
 *   {errors, format} ← math ← {ir, hessian} ← ops ← analysis ← {synth, passes, sim, emit, parse, cost} ← schedule ← pipeline ← cli
 * Each stage folder may import only the stages listed for it (and itself).
 */
const BASE = ['errors', 'format', 'math'];
const CORE = [...BASE, 'ir', 'ops', 'analysis'];
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  errors: [],
  format: [],
  math: ['errors', 'format'],
  hessian: BASE,
  ir: BASE,
  ops: [...BASE, 'ir'],
  analysis: [...BASE, 'ir', 'ops'],
  synth: CORE,
  passes: CORE,
  sim: CORE,
  emit: CORE,
  parse: CORE,
  cost: CORE,
  schedule: [...CORE, 'hessian', 'synth', 'passes', 'sim', 'emit', 'parse', 'cost'],
  pipeline: [...CORE, 'hessian', 'synth', 'passes', 'sim', 'emit', 'parse', 'cost', 'schedule'],
  cli: [...CORE, 'hessian', 'synth', 'passes', 'sim', 'emit', 'parse', 'cost', 'schedule', 'pipeline'],
};

const ROOT = path.resolve(__dirname, '../..');
const SRC = path.join(ROOT, 'src');

function stageOf(file: string): string | null {
  const rel = path.relative(SRC, file);
  if (rel.startsWith('..')) return null;
  const parts = rel.split(path.sep);
  return parts.length > 1 ? parts[0] : '(root)';
}

describe('architecture: import direction', () => {
  const project = new Project({ tsConfigFilePath: path.join(ROOT, 'tsconfig.json'), skipAddingFilesFromTsConfig: true });
  project.addSourceFilesAtPaths(path.join(SRC, '**/*.ts'));
  const files = project.getSourceFiles();

  it('finds the source tree', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it('every stage folder is declared', () => {
    const stages = new Set(files.map((f) => stageOf(f.getFilePath())).filter((s): s is string => s !== null && s !== '(root)'));
    const undeclared = [...stages].filter((s) => !(s in ALLOWED));
    expect(undeclared).toEqual([]);
  });

  it('imports only point down the pipeline', () => {
    const violations: string[] = [];
    for (const f of files) {
      const from = stageOf(f.getFilePath());
      if (!from || from === '(root)') continue;
      const decls = [...f.getImportDeclarations(), ...f.getExportDeclarations()];
      for (const d of decls) {
        const target = d.getModuleSpecifierSourceFile();
        if (!target) continue;
        const to = stageOf(target.getFilePath());
        if (!to || to === from || to === '(root)') continue;
        if (!ALLOWED[from]?.includes(to)) {
          violations.push(`${path.relative(ROOT, f.getFilePath())} (${from}) imports ${path.relative(ROOT, target.getFilePath())} (${to})`);
        }
      }
    }
    expect(violations).toEqual([]);
  });
});
