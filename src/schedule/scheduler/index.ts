/**
 * The Q-Newton scheduler (Li, Liu, Wang & Chen, arXiv 2405.00252): the per-step, per-block
 * quantum-vs-classical training loop, its report contract, and its building blocks.
 */
export * from './report';
export * from './options';
export * from './blockSpectrum';
export * from './newtonDirection';
export * from './simulatedDirection';
export * from './flopModel';
export * from './timing';
export * from './decisionAccount';
export * from './flipFactor';
export * from './firstOrderBaseline';
export * from './hessianFreeBaseline';
export * from './strategyTotals';
export * from './findings';
export * from './scheduleBlock';
export * from './matrixFreeSystem';
export * from './matrixFreeBlock';
export * from './runSchedule';
export * from './repriceSchedule';
export * from './formatSchedule';
