/**
 * OpenQASM parser/emitter benchmark (`npm run bench:parse` once the script exists; or build and
 * run dist/bench/parse.js). For the Nam benchmark files (test/fixtures/nam/input): parse time
 * (best of 15), throughput in MB/s and instructions/s, the ratio to a trivial floor (splitting
 * the text at ';' and trimming: a lower bound any parser pays), and OpenQASM 2 emit time of the
 * parsed circuit (ccz expanded, so the output is ~13× the instructions). Writes
 * bench/results/parse.json.
 */
import * as fs from 'fs';
import * as path from 'path';
import { emitQasm2 } from '../src/emit';
import { parseQasm2 } from '../src/parse';

const INPUT = path.resolve(__dirname, '../../test/fixtures/nam/input');
const INPUT_SRC = path.resolve(__dirname, '../test/fixtures/nam/input');
const FILES = ['tof_10.qasm', 'adder_8.qasm', 'mod_adder_1024.qasm', 'gf2^32_mult.qasm', 'gf2^64_mult.qasm', 'gf2^128_mult.qasm', 'gf2^163_mult.qasm'];

function bestOf(reps: number, f: () => void): number {
  let best = Infinity;
  for (let r = 0; r < reps; r++) {
    const t = process.hrtime.bigint();
    f();
    best = Math.min(best, Number(process.hrtime.bigint() - t) / 1e9);
  }
  return best;
}

function main(): void {
  const dir = fs.existsSync(INPUT) ? INPUT : INPUT_SRC;
  const rows = [];
  for (const f of FILES) {
    const text = fs.readFileSync(path.join(dir, f), 'utf8');
    let n = 0;
    const parseS = bestOf(15, () => { n = parseQasm2(text).instructions.length; });
    const floorS = bestOf(15, () => { let k = 0; for (const s of text.split(';')) if (s.trim()) k++; if (k < 0) throw new Error(); });
    const c = parseQasm2(text);
    let outBytes = 0;
    const emitS = bestOf(3, () => { outBytes = emitQasm2(c).length; });
    rows.push({ file: f, bytes: text.length, instructions: n, parseMs: parseS * 1e3, mbPerS: text.length / parseS / 1e6,
      instrPerS: n / parseS, ratioToSplitFloor: parseS / floorS, emitQasm2Ms: emitS * 1e3, emitBytes: outBytes });
  }
  console.log('file                   bytes   instrs  parse ms   MB/s  Minstr/s  ×floor  emit2 ms');
  for (const r of rows) {
    console.log(`${r.file.padEnd(20)} ${String(r.bytes).padStart(7)} ${String(r.instructions).padStart(8)} ${r.parseMs.toFixed(1).padStart(9)} ` +
      `${r.mbPerS.toFixed(1).padStart(6)} ${(r.instrPerS / 1e6).toFixed(2).padStart(9)} ${r.ratioToSplitFloor.toFixed(1).padStart(7)} ${r.emitQasm2Ms.toFixed(1).padStart(9)}`);
  }
  const out = path.resolve(__dirname, '../../bench/results');
  const outDir = fs.existsSync(out) ? out : path.resolve(__dirname, 'results');
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'parse.json'), JSON.stringify({ node: process.version, rows }, null, 2) + '\n');
}

main();
