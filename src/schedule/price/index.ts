/**
 * Pricing of linear solves (issue #6): shape-only quantum solver circuits and their logical,
 * un-encoded and surface-code costs (or the paper's query model: queries × one assumed QRAM
 * access); classical Cholesky / CG costs; the memoizing SolvePricer the scheduler uses. The contract types live in types.ts.
 */
export * from './types';
export * from './validateShape';
export * from './countsAlgebra';
export * from './solverPlan';
export * from './runtimeModel';
export * from './queryModel';
export * from './dataLoading';
export * from './quantumPrice';
export * from './classicalPrice';
export * from './pricer';
