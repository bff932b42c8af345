/**
 * qnewton's library entry point (`"main"` in package.json): each pipeline stage as a namespace, in the
 * import order of docs/architecture.md. The CLI (`qnewton`) is the other entry point.
 */
export * as errors from './errors';
export * as format from './format';
export * as math from './math';
export * as hessian from './hessian';
export * as ir from './ir';
export * as ops from './ops';
export * as analysis from './analysis';
export * as synth from './synth';
export * as passes from './passes';
export * as sim from './sim';
export * as emit from './emit';
export * as parse from './parse';
export * as cost from './cost';
export * as pipeline from './pipeline';
