/** `qnewton estimate` library: the network-solve estimate report and its text formatter. */
export * from './problemOptions';
export * from './networkSolve';
export * from './formatEstimate';
