/** Problem → op tree synthesis of quantum linear solvers (public surface of src/synth). */
export * from './problem';
export * from './blockEncodingChoice';
export * from './solverCircuit';
export * from './qsvtSolver';
export * from './hhlSolver';
export * from './linearSolver';
export * from './validation';
