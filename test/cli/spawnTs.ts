import { spawnSync, SpawnSyncReturns } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../..');
const CACHE_DIR = path.join(os.tmpdir(), `qnewton-test-swc-cache-${process.getuid?.() ?? 0}`);

/**
 * Write a bootstrap that runs TypeScript from src/ in a plain `node` child (transpiled on the fly
 * by @swc/core, as jest does), then `body` (JavaScript; `src(p)` requires a module of src/).
 * Returns the bootstrap's path. For tests that need a real process: signals, stdout pipes.
 */
export function writeTsBootstrap(dir: string, body: string): string {
  const file = path.join(dir, `boot-${process.pid}-${Math.random().toString(36).slice(2)}.js`);
  fs.writeFileSync(file, [
    `const swc = require(${JSON.stringify(path.join(ROOT, 'node_modules/@swc/core'))});`,
    `const fs = require('fs'), path = require('path'), crypto = require('crypto');`,
    // Transpiled modules are cached by content hash, so later children start in a fraction of the time.
    `const cache = ${JSON.stringify(CACHE_DIR)};`,
    `fs.mkdirSync(cache, { recursive: true });`,
    `require.extensions['.ts'] = (m, filename) => {`,
    `  const text = fs.readFileSync(filename, 'utf8');`,
    `  const key = path.join(cache, crypto.createHash('sha1').update(filename + '\\0' + text).digest('hex') + '.js');`,
    `  let code;`,
    `  try { code = fs.readFileSync(key, 'utf8'); } catch {`,
    `    code = swc.transformSync(text, { filename, jsc: { target: 'es2022', parser: { syntax: 'typescript' } }, module: { type: 'commonjs' } }).code;`,
    `    const tmp = key + '.' + process.pid; fs.writeFileSync(tmp, code); fs.renameSync(tmp, key);`,
    `  }`,
    `  m._compile(code, filename);`,
    `};`,
    `const src = (p) => require(${JSON.stringify(path.join(ROOT, 'src'))} + '/' + p);`,
    body,
  ].join('\n'));
  return file;
}

/** Run `bash -c script` (with $BOOT = a bootstrap running the CLI on its arguments). */
export function runCliShell(script: string): SpawnSyncReturns<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qn-boot-'));
  try {
    const boot = writeTsBootstrap(dir, `src('cli/main.ts').main(process.argv.slice(2));`);
    return spawnSync('bash', ['-c', script], { encoding: 'utf8', env: { ...process.env, BOOT: `${process.execPath} ${boot}` }, timeout: 60_000 });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
