/**
 * Resource estimation (issue #6): hardware profiles, surface-code physical estimates following the
 * Azure Quantum Resource Estimator (Beverland et al., arXiv:2211.07629), classical solver costs,
 * end-to-end quantum costs (state preparation, read-out), and the call-graph logical counter.
 */
export * from './hardware/profile';
export * from './hardware/builtinProfiles';
export * from './hardware/parseProfile';
export * from './hardware/runtime';
export * from './qec/surfaceCode';
export * from './qec/logicalCounts';
export * from './qec/binomial';
export * from './qec/distillation';
export * from './qec/physicalEstimate';
export * from './qec/rotationSynthesis';
export * from './dataLoading/dataLoadingChoice';
export * from './classical/denseSolvers';
export * from './classical/conjugateGradient';
export * from './classical/flopRate';
export * from './endToEnd/statePreparation';
export * from './endToEnd/readout';
export * from './endToEnd/endToEnd';
export * from './callGraph/leafClassification';
export * from './callGraph/logicalCounter';
export * from './callGraph/estimatePhysical';
