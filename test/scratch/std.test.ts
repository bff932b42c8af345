import * as fs from 'fs';
import * as path from 'path';
import { emitQasm3 } from '../../src/emit';
import { maxAbsDiffC } from '../../src/math/complexMatrix';
import { makeRng } from '../../src/math/rng';
import { unitaryOfCircuit } from '../../src/ops/unitaryOf';
import { parseQasm3 } from '../../src/parse';
import { randomCircuit } from '../emit/randomCircuit';
const STD = fs.readFileSync(path.resolve(__dirname, '../fixtures/openqasm-grammar/stdgates.inc'), 'utf8');
it('s', () => {
  for (let s = 0; s < 24; s++) {
    const c = randomCircuit(makeRng(2000 + s), 4, 12);
    const t = emitQasm3(c);
    const lit = t.replace('include "stdgates.inc";', STD);
    let d: number | string;
    try { d = maxAbsDiffC(unitaryOfCircuit(parseQasm3(lit)), unitaryOfCircuit(c)); } catch (e) { d = String(e).slice(0, 200); }
    const names = [...new Set(c.instructions.map((i) => i.op.name))].join(',');
    console.log(`seed ${2000 + s}: ${d} [${names}]`);
  }
});
