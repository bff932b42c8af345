import { spawnSync } from 'child_process';
import * as path from 'path';

/** Runs every benchmark in turn (each prints its table and writes bench/results/<name>.json). */
const NAMES = ['sim', 'parse', 'hessian', 'qlsa', 'opt', 'estimate', 'synth'];
let failed = 0;
for (const name of NAMES) {
  console.log(`\n=== bench:${name}`);
  const r = spawnSync(process.execPath, [path.join(__dirname, `${name}.js`)], { stdio: 'inherit' });
  if (r.status !== 0) { failed++; console.error(`bench:${name} failed with exit ${r.status}`); }
}
process.exitCode = failed ? 1 : 0;
