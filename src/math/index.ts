/**
 * Public API of src/math: seeded RNG, complex matrices (gate unitaries), dense and CSR real
 * matrices, eigen-solvers, Lanczos, κ estimates, Q-Newton preprocessing (regularize, prune,
 * α) and matrix file formats (io/).
 */
export * from './rng';
export * from './complexMatrix';
export * from './denseMatrix';
export * from './csrMatrix';
export * from './norms';
export * from './validate';
export * from './linearOperator';
export * from './symmetricEigen';
export * from './tridiagonal';
export * from './lanczos';
export * from './powerIteration';
export * from './logDet';
export * from './slq';
export * from './kappa';
export * from './regularize';
export * from './sortByMagnitude';
export * from './prune';
export * from './sparsityProfile';
export * from './blockEncodingAlpha';
export * from './matrixAnalysis';
export * from './io';
export * from './formatAnalysis';
