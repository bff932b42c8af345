export * from './stdGates';
export * from './multiControlled';
export * from './controlled';
export * as gateMatrices from './matrices';
export * from './angleClass';
