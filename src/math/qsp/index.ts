/** Quantum signal processing: phase factors, evaluation, convention conversion (public surface of src/math/qsp). */
export * from './evaluate';
export * from './symmetric';
export * from './phases';
export * from './convert';
