/**
 * The check that a mini-batch fits the training examples loaded (batches are drawn without
 * replacement from them): one message for every library entry point that takes a batch size and
 * a training-set size (the scheduler's options, the Q-Newton preprocessing job). The error carries
 * `details.reason = BATCH_EXCEEDS_DATA` with both numbers, so a CLI can name its own flags.
 */
import { InvalidArgumentError } from '../errors';

/** `details.reason` of the error {@link checkBatchFitsData} throws. */
export const BATCH_EXCEEDS_DATA = 'batch-exceeds-data';

/** Throw InvalidArgumentError when `batchSize` > `trainCount` (see the module comment). */
export function checkBatchFitsData(batchSize: number, trainCount: number): void {
  if (batchSize > trainCount) {
    throw new InvalidArgumentError(
      `batch size ${batchSize} exceeds the ${trainCount} training examples loaded; lower the batch size or load more training examples (at least ${batchSize})`,
      { reason: BATCH_EXCEEDS_DATA, batchSize, trainCount },
    );
  }
}
