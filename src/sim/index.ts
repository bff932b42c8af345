/**
 * State-vector simulator on split Float64Arrays (qubit 0 = least significant index bit):
 * specialized kernels by gate structure, single-qubit gate fusion, mid-circuit measurement,
 * reset and classical conditions with seeded randomness, shot sampling (final distribution or
 * branching), Pauli expectation values, marginals, post-selection, and small unitaries.
 */
export * from './budget';
export * from './normCheck';
export * from './state';
export * from './program';
export { compileCircuit } from './compile';
export type { CompileOptions } from './compile';
export { runTrajectory, applyUnitaryStep, conditionHolds } from './execute';
export * from './measure';
export * from './run';
export * from './shots';
export * from './pauli';
export * from './unitary';
export * from './report';
export * from './sparse';
export * from './backend';
export * from './complex64';
