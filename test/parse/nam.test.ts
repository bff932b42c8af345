import { NAM_DIR } from '../fixtures/paths';
import * as fs from 'fs';
import * as path from 'path';
import { countByName, flatten } from '../../src/ir';
import { loadCircuitFile, parseQasm2 } from '../../src/parse';

/**
 * The Nam et al. (2018) benchmark files (test/fixtures/nam/input): every file parses, and
 * gate counts under the Nam convention (ccz = 6 CNOT + 7 T, so 13 gates) match the 'Orig'
 * column of COUNTS.md, which was computed independently (count_gates.py).
 */
const BENCH = NAM_DIR;
const INPUT = path.join(BENCH, 'input');
const files = fs.readdirSync(INPUT).filter((f) => f.endsWith('.qasm')).sort();

function publishedOrig(): Map<string, [number, number, number, number]> {
  const out = new Map<string, [number, number, number, number]>();
  for (const line of fs.readFileSync(path.join(BENCH, 'COUNTS.md'), 'utf8').split('\n')) {
    const m = /^\| ([^|]+?) \| (\d+) \| (\d+)\/(\d+)\/(\d+) \|/.exec(line);
    if (m) out.set(m[1], [Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5])]);
  }
  return out;
}

/** total / CNOT / T after expanding ccz (Nam convention: every other gate counts 1). */
function namCounts(file: string): { qubits: number; total: number; cx: number; t: number } {
  const c = parseQasm2(fs.readFileSync(path.join(INPUT, file), 'utf8'), { fileName: file });
  const flat = flatten(c, (op) => op.name !== 'ccz');
  const n = countByName(flat);
  return { qubits: c.numQubits, total: flat.instructions.length, cx: n.get('cx') ?? 0, t: (n.get('t') ?? 0) + (n.get('tdg') ?? 0) };
}

describe('Nam benchmark files', () => {
  it('all 38 files are present', () => {
    expect(files).toHaveLength(38);
  });

  it.each(files.map((f) => [f]))('%s parses (only h, x, cx, ccz, and no leftover text)', (f) => {
    const c = loadCircuitFile(path.join(INPUT, f));
    expect(c.numQubits).toBeGreaterThan(0);
    expect(c.instructions.length).toBeGreaterThan(0);
    const names = new Set(c.instructions.map((i) => i.op.name));
    for (const n of names) expect(['h', 'x', 'cx', 'ccz', 't', 'tdg', 's', 'sdg', 'z', 'rz']).toContain(n);
  });

  const published = publishedOrig();
  const rows = [...published.keys()].filter((k) => files.includes(`${k}.qasm`)).map((k) => [k] as const);

  it('COUNTS.md lists at least 30 of the files', () => {
    expect(rows.length).toBeGreaterThanOrEqual(30);
  });

  it.each(rows)('%s: qubits and total/CNOT/T match COUNTS.md Orig', (name) => {
    const [n, total, cx, t] = published.get(name)!;
    expect(namCounts(`${name}.qasm`)).toEqual({ qubits: n, total, cx, t });
  });

  it('tof_3 is 45 total / 18 CNOT / 21 T (README example)', () => {
    expect(namCounts('tof_3.qasm')).toEqual({ qubits: 5, total: 45, cx: 18, t: 21 });
  });
});
