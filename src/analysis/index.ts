/** Memoized pure queries on immutable circuits: depth, gate counts, qubit counts, summary stats. */
export * from './memo';
export * from './depth';
export * from './counts';
export * from './stats';
export * from './resourceCounts/leafClassification';
export * from './resourceCounts/logicalCounter';
