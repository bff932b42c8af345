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
// The call-graph counting engine lives in analysis/resourceCounts (so passes can use it too);
// cost re-exports it for the pricing stages.
export * from '../analysis/resourceCounts/leafClassification';
export * from '../analysis/resourceCounts/logicalCounter';
export * from './callGraph/toLogicalCounts';
export * from './callGraph/estimatePhysical';
