/** Matrix file formats: Matrix Market, JSON, NumPy .npy (pure), and the fs-based loader. */
export * from './types';
export * from './readOptions';
export * from './matrixMarket';
export * from './jsonMatrix';
export * from './npy';
export * from './matrixFile';
export * from './loadMatrixFile';
