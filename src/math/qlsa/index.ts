/** Quantum linear-system solver query-count formulas (public surface of src/math/qlsa). */
export * from './das';
export * from './models';
export * from './queryCount';
