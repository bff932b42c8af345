export * from './codes';
export * from './qnError';
export * from './errors';
export * from './ranges';
