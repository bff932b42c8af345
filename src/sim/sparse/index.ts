/**
 * Sparse-state backend: only the non-zero amplitudes, keyed by basis index in a typed-array
 * open-addressing hash table (up to 64 qubits), with phase / diagonal / permutation / dense
 * kernels, pruning, a support budget, measurement and post-selection.
 */
export * from './sparseState';
export type { SparseProgram, SparseStep } from './sparseProgram';
export { compileSparse } from './sparseCompile';
export * from './sparseRun';
export * from './sparseMeasure';
export * from './sparseShots';
