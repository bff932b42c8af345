import * as fs from 'fs';
import * as path from 'path';
import { RecordTraceOptions } from '../../../src/schedule/trace';

/**
 * How the shipped trace test/fixtures/trace-mlp16 was recorded: 3 block-coordinate Newton steps of
 * our own mlp:16-4-10:tanh on 300 MNIST digits, block W1 (N = 64) as the raw Hessian (.npy, gradient
 * .npy) and W2 (N = 40) already regularized and pruned (.mtx, gradient .json).
 */
export const TRACE_FIXTURE_OPTIONS: RecordTraceOptions = {
  model: 'mlp:16-4-10:tanh', steps: 3, batchSize: 64, seed: 0, trainCount: 300, c: 0.5, sparsity: 8,
  blocks: [{ name: 'W1', pruned: false, gradientFormat: 'npy' }, { name: 'W2', pruned: true, gradientFormat: 'json' }],
};

/** Every file under `dir`, relative, sorted. */
export function listFiles(dir: string, prefix = ''): string[] {
  return fs.readdirSync(path.join(dir, prefix), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listFiles(dir, path.join(prefix, e.name)) : [path.join(prefix, e.name)]))
    .sort();
}

/** Copy a folder tree (for corrupting a copy of the fixture). */
export function copyTree(from: string, to: string): void {
  for (const f of listFiles(from)) {
    fs.mkdirSync(path.dirname(path.join(to, f)), { recursive: true });
    fs.copyFileSync(path.join(from, f), path.join(to, f));
  }
}
