/**
 * Public API of src/math: seeded RNG, complex matrices (gate unitaries), dense and CSR real
 * matrices, eigen-solvers, Lanczos, κ estimates, Q-Newton preprocessing (regularize, prune,
 * α), matrix file formats (io/), Chebyshev polynomial approximation (poly/), QSP phase factors
 * (qsp/) and QLSA query-count formulas (qlsa/). The subfolders' names do not clash (checked by
 * test/math/publicApi.test.ts); add explicit named exports here if a future name does.
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
export * from './kappaOperator';
export * from './conjugateGradient';
export * from './sampledRows';
export * from './regularize';
export * from './sortByMagnitude';
export * from './prune';
export * from './select';
export * from './pruneDense';
export * from './sparsityProfile';
export * from './blockEncodingAlpha';
export * from './matrixAnalysis';
export * from './io';
export * from './formatAnalysis';
export * from './poly';
export * from './qsp';
export * from './qlsa';
export * from './circulant';
export * from './memoryLimit';
