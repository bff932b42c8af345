/**
 * Model specifications of the multilayer perceptrons whose Hessians Q-Newton works on, and the
 * layout of their flat parameter vector. Spec strings look like "mlp:784-16-10:tanh": layer
 * widths from input to output, then the hidden activation (tanh or relu). The input width picks
 * the MNIST resolution: 784 = 28×28, 196 = 14×14 (2×2 average pooling), 49 = 7×7 (4×4),
 * 16 = 4×4 (7×7); the output width must be the 10 digit classes (softmax cross-entropy).
 */
import { InvalidArgumentError, UnknownNameError } from '../errors';

/** Hidden-layer activation. */
export type Activation = 'tanh' | 'relu';

/** Known activations. */
export const ACTIVATIONS: readonly Activation[] = ['tanh', 'relu'];

/** Input widths the MNIST loader can produce (28×28 pooled by 1, 2, 4, 7). */
export const MNIST_INPUT_WIDTHS: readonly number[] = [784, 196, 49, 16];

/** Number of output classes (MNIST digits). */
export const NUM_CLASSES = 10;

/** An MLP: widths[0] inputs, hidden layers, widths[L] = 10 outputs; `activation` on hidden layers. */
export interface MlpSpec {
  readonly widths: readonly number[];
  readonly activation: Activation;
}

/** One contiguous block of the parameter vector: a weight matrix W_l (rows×cols, row-major) or a bias b_l. */
export interface ParamBlock {
  /** "W1", "b1", "W2", ... (layer numbers start at 1). */
  readonly name: string;
  /** Layer number l (1-based): W_l maps layer l−1 to layer l. */
  readonly layer: number;
  readonly kind: 'weight' | 'bias';
  /** Start index in the flat parameter vector and number of parameters. */
  readonly offset: number;
  readonly size: number;
  /** Shape: rows = width of layer l, cols = width of layer l−1 (1 for a bias). */
  readonly rows: number;
  readonly cols: number;
}

/**
 * Parse "mlp:<w0>-<w1>-...-10[:tanh|relu]" (activation defaults to tanh). Throws UnknownNameError
 * for an unknown model kind or activation and InvalidArgumentError for bad widths.
 */
export function parseModelSpec(spec: string): MlpSpec {
  const parts = spec.trim().split(':');
  const kind = parts[0].toLowerCase();
  if (kind !== 'mlp') throw new UnknownNameError('model', spec, ['mlp:<in>-<hidden...>-10[:tanh|relu], e.g. mlp:784-16-10:tanh']);
  if (parts.length < 2 || parts.length > 3) {
    throw new InvalidArgumentError(`model spec '${spec}' must look like mlp:784-16-10:tanh`, { spec });
  }
  const widths = parts[1].split('-').map((w) => Number(w));
  if (widths.length < 2 || !widths.every((w) => Number.isInteger(w) && w >= 1)) {
    throw new InvalidArgumentError(`model spec '${spec}': widths must be positive integers joined by '-', e.g. 784-16-10`, { spec });
  }
  if (!MNIST_INPUT_WIDTHS.includes(widths[0])) {
    throw new InvalidArgumentError(`model spec '${spec}': input width ${widths[0]} is not an MNIST resolution; use one of ${MNIST_INPUT_WIDTHS.join(', ')}`, { spec });
  }
  if (widths[widths.length - 1] !== NUM_CLASSES) {
    throw new InvalidArgumentError(`model spec '${spec}': the output width must be ${NUM_CLASSES} (digit classes), got ${widths[widths.length - 1]}`, { spec });
  }
  const act = (parts[2] ?? 'tanh').toLowerCase();
  if (!(ACTIVATIONS as readonly string[]).includes(act)) throw new UnknownNameError('activation', parts[2], ACTIVATIONS);
  return { widths, activation: act as Activation };
}

/** The canonical spec string of a model ("mlp:784-16-10:tanh"). */
export function formatModelSpec(spec: MlpSpec): string {
  return `mlp:${spec.widths.join('-')}:${spec.activation}`;
}

/** Number of layers with parameters (L). */
export function layerCount(spec: MlpSpec): number {
  return spec.widths.length - 1;
}

/** The parameter blocks in storage order: W1, b1, W2, b2, ... */
export function parameterBlocks(spec: MlpSpec): readonly ParamBlock[] {
  const blocks: ParamBlock[] = [];
  let offset = 0;
  for (let l = 1; l < spec.widths.length; l++) {
    const rows = spec.widths[l], cols = spec.widths[l - 1];
    blocks.push({ name: `W${l}`, layer: l, kind: 'weight', offset, size: rows * cols, rows, cols });
    offset += rows * cols;
    blocks.push({ name: `b${l}`, layer: l, kind: 'bias', offset, size: rows, rows, cols: 1 });
    offset += rows;
  }
  return blocks;
}

/** Total number of parameters P. */
export function parameterCount(spec: MlpSpec): number {
  const b = parameterBlocks(spec);
  const last = b[b.length - 1];
  return last.offset + last.size;
}

/** The block called `name` ("W1", "b2", ...); UnknownNameError otherwise. */
export function blockByName(spec: MlpSpec, name: string): ParamBlock {
  const blocks = parameterBlocks(spec);
  const b = blocks.find((x) => x.name === name);
  if (!b) throw new UnknownNameError('parameter block', name, blocks.map((x) => x.name));
  return b;
}
