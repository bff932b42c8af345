/**
 * The library says "batch size 4096 exceeds the 2000 training examples loaded" in its own terms
 * (src/hessian/batchFitsData.ts); a command re-throws it with its own flag names, since the
 * spelling differs between commands (`train --batch/--train-count`, `hessian
 * --batch-size/--train-count`, `run --batch` with a fixed training set).
 */
import { InvalidArgumentError } from '../errors';
import { BATCH_EXCEEDS_DATA } from '../hessian/batchFitsData';

/** A command's flags for the batch size and (when it has one) the number of training examples. */
export interface BatchFlags {
  readonly batch: string;
  readonly trainCount?: string;
}

/** Run `f`; if it throws the batch-exceeds-data error, re-throw it naming `flags` and the fix. */
export function withBatchFlags<T>(flags: BatchFlags, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (!(e instanceof InvalidArgumentError) || e.details.reason !== BATCH_EXCEEDS_DATA) throw e;
    const batchSize = Number(e.details.batchSize), trainCount = Number(e.details.trainCount);
    const fix = flags.trainCount !== undefined
      ? `lower ${flags.batch} to at most ${trainCount} or raise ${flags.trainCount} to at least ${batchSize}`
      : `lower ${flags.batch} to at most ${trainCount}`;
    const loaded = flags.trainCount !== undefined ? `the ${trainCount} training examples loaded (${flags.trainCount} ${trainCount})` : `the ${trainCount} training examples this command loads`;
    throw new InvalidArgumentError(`${flags.batch} ${batchSize} exceeds ${loaded}; ${fix}`, { ...e.details, flag: flags.batch });
  }
}
