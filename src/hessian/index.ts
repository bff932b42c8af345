/**
 * Public API of src/hessian: MLP models on the MNIST digits of the `mnist` package, seeded SGD
 * training, exact gradients, exact full and layer-wise Hessians, Hessian-vector products, the
 * empirical Fisher, per-block parameter access for Newton steps, and the Q-Newton preprocessing
 * job. Matrix-level preprocessing (regularize, pruneSymmetric, κ estimates, α, analyzeMatrix,
 * file formats) lives in src/math so that synth/ops can use it too.
 */
export * from './mlpSpec';
export * from './mnistData';
export * from './mlp';
export * from './hvp';
export * from './fullHessian';
export * from './layerHessian';
export * from './kroneckerWeightBlock';
export * from './memoryBudget';
export * from './fisher';
export * from './params';
export * from './train';
export * from './batchFitsData';
export * from './qnewtonMatrix';
