export * from './gates';
export * from './nonunitary';
export * from './inverse';
export * from './unitaryOf';
export * from './registry';
