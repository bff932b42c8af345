/** `qnewton breakeven` library: when would the quantum solve beat CG and Cholesky (issue #12). */
export * from './variants';
export * from './scaleProfile';
export * from './quantumTime';
export * from './gateTimeBreakeven';
export * from './crossoverSearch';
export * from './analyzeBreakeven';
export * from './formatBreakeven';
export * from './renderBreakevenHtml';
