import type { Argv } from 'yargs';
import { InvalidArgumentError } from '../../errors';
import { readMemoryLimits } from '../../math/memoryLimit';
import { BACKEND_NAMES, DEFAULT_PRUNE_AMPLITUDE, parseBackendName } from '../../sim';
import { formatBytes } from '../../format';

/** Simulator options shared by `simulate` and `validate`: backend choice, memory and support budgets, pruning. */
export function backendOptions(y: Argv): Argv {
  return y
    .option('backend', { type: 'string', choices: [...BACKEND_NAMES], default: 'auto', describe: 'simulator: dense state vector, sparse (non-zero amplitudes only, ≤ 64 qubits), or auto (sparse while the support stays ≤ 2^(n−4), else dense)' })
    .option('memory-gib', { type: 'number', describe: 'memory budget of the simulation in GiB (default: 75% of the real limit — RAM, cgroup memory limit, ulimit -v — at most 20)' })
    .option('max-support', { type: 'number', describe: 'sparse backend: most non-zero amplitudes (default: memory budget / 100 B)' })
    .option('prune', { type: 'number', default: DEFAULT_PRUNE_AMPLITUDE, describe: 'sparse backend: drop amplitudes with |a| at most this after mixing gates (0 keeps every non-zero); the pruned probability is reported' });
}

/** The values of {@link backendOptions}, checked. */
export function readBackendArgs(args: Record<string, unknown>): { backend: string; memoryBudgetBytes?: number; maxSupport?: number; pruneAmplitude: number } {
  const backend = parseBackendName(args.backend as string | undefined);
  const memGiB = args['memory-gib'] as number | undefined;
  if (memGiB !== undefined && !(memGiB > 0)) throw new InvalidArgumentError(`--memory-gib must be positive, got ${memGiB}`);
  if (memGiB !== undefined) {
    const limits = readMemoryLimits();
    if (memGiB * 1024 ** 3 > limits.limitBytes) {
      throw new InvalidArgumentError(`--memory-gib ${memGiB} is more than this process may use (${limits.binding} ${formatBytes(limits.limitBytes)}); give at most ${Math.floor(limits.limitBytes / 1024 ** 3 * 100) / 100}`);
    }
  }
  const maxSupport = args['max-support'] as number | undefined;
  if (maxSupport !== undefined && !(Number.isInteger(maxSupport) && maxSupport >= 1)) {
    throw new InvalidArgumentError(`--max-support must be a positive integer, got ${String(maxSupport)}`);
  }
  const prune = (args.prune as number | undefined) ?? DEFAULT_PRUNE_AMPLITUDE;
  if (!(prune >= 0 && prune < 1)) throw new InvalidArgumentError(`--prune must lie in [0, 1), got ${String(prune)}`);
  return { backend, memoryBudgetBytes: memGiB === undefined ? undefined : memGiB * 1024 ** 3, maxSupport, pruneAmplitude: prune };
}
