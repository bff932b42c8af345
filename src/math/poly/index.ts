/** Polynomial approximation in the Chebyshev basis (public surface of src/math/poly). */
export * from './fft';
export * from './chebyshev';
export * from './inverse';
