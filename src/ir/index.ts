export * from './op';
export * from './circuit';
export * from './builder';
export * from './transform';
export * from './calls';
export * from './indexRange';
export * from './expansion';
