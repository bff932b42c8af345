/**
 * The one FLOP model every strategy of the schedule report is priced with (issue 10: "an honest
 * account per strategy and per step, all under the same FLOP model"). Each function counts the
 * floating-point operations of one phase of training an MLP with P parameters on a mini-batch of
 * B samples; the report divides by one FLOP rate (ScheduleOptions.flopRate) to get projected
 * seconds. These are algorithmic counts of the dense computation, except block-Hessian formation of
 * weight blocks, which is charged the multiply-adds the structured (Kronecker) kernel counted
 * (see below); the measured wall-clock is reported beside them.
 *
 *  - forward pass: 2·P·B (one multiply-add per weight and sample); gradient (forward + backward):
 *    6·P·B (Kaplan et al., "Scaling laws for neural language models", 2020, §2.1);
 *  - Hessian-vector product (Pearlmutter's R-operator, src/hessian/hvp.ts): 12·P·B, about twice a
 *    gradient (R-forward and R-backward on top of the cached forward and backward pass);
 *  - exact diagonal block Hessian of N parameters (src/hessian/layerHessian.ts), plus 6·P·B for the
 *    forward pass and the back-propagated output-side matrices G_l(s) in both cases:
 *    - weight blocks, formed by the Kronecker kernel (src/hessian/kroneckerWeightBlock.ts): the work
 *      that structured algorithm does, 2 flops per multiply-add it counts
 *      (Σ_s nz_s(nz_s+1)/2 · nnz(packed G_s), nz_s = non-zero inputs of sample s; the count comes
 *      from the kernel, HessianBlock.multiplyAddCount), plus N² flop-equivalents for writing and
 *      mirroring the N² entries of the dense block. This is what both Q-Newton and classical Newton
 *      pay (one account per decision); Hessian-free Newton pays none of it;
 *    - bias blocks (a plain sum of the B per-sample G_l(s), no kernel count): the dense 2·B·N²;
 *  - regularize + prune: 2·N² (one pass for max|H_ij| and the diagonal shift, one selection pass
 *    with expected O(N) work per row);
 *  - κ (and α) of the pruned matrix: a capped Lanczos run on the sparse matrix,
 *    min(N, cap) steps × (2·nnz + 10·N) — what the paper's lightweight estimator stands for; the
 *    exact dense eigen-solve this codebase runs for small blocks is measured, not modelled;
 *  - classical solves: the pricer's Cholesky / CG count (src/cost/classical);
 *  - matrix-free blocks (matrixFreeBlock.ts, no formed Hessian): every phase is counted in
 *    block HVPs (each 12·P·B, a full-network product restricted to the block): the sampled
 *    Hessian rows stand for formation (one HVP each), each Lanczos or CG step adds 10·N vector work;
 *  - Adam's update: 10·P on top of the gradient (two moment updates, bias correction, division).
 */
import { MlpSpec, parameterCount } from '../../hessian/mlpSpec';

/** Flops of one forward pass of a P-parameter model on B samples: 2·P·B. */
export function forwardFlops(spec: MlpSpec, batchSize: number): number {
  return 2 * parameterCount(spec) * batchSize;
}

/** Flops of one gradient (forward + backward) of a P-parameter model on a batch of B: 6·P·B. */
export function gradientStepFlops(spec: MlpSpec, batchSize: number): number {
  return 6 * parameterCount(spec) * batchSize;
}

/** Flops of one exact Hessian-vector product on a batch of B: 12·P·B (see the module comment). */
export function hvpFlops(spec: MlpSpec, batchSize: number): number {
  return 12 * parameterCount(spec) * batchSize;
}

/**
 * Flops of `applications` block Hessian-vector products (each {@link hvpFlops}) with
 * `vectorFlopsPerApplication` of vector work each (10·N for a Lanczos or CG step on an
 * N-parameter block, 0 for sampling a row).
 */
export function blockHvpFlops(spec: MlpSpec, batchSize: number, applications: number, vectorFlopsPerApplication = 0): number {
  return applications * (hvpFlops(spec, batchSize) + vectorFlopsPerApplication);
}

/**
 * Flops of forming one N-parameter diagonal block Hessian on a batch of B (see the module comment):
 * with the Kronecker kernel's `multiplyAddCount` (weight blocks) 2·multiplyAddCount + N² + 6·P·B,
 * without it (bias blocks) the dense 2·B·N² + 6·P·B.
 */
export function blockHessianFlops(spec: MlpSpec, blockSize: number, batchSize: number, multiplyAddCount?: number): number {
  const formation = multiplyAddCount === undefined
    ? 2 * batchSize * blockSize * blockSize
    : 2 * multiplyAddCount + blockSize * blockSize;
  return formation + gradientStepFlops(spec, batchSize);
}

/** Flops of regularizing and pruning an N × N block: 2·N². */
export function regularizePruneFlops(blockSize: number): number {
  return 2 * blockSize * blockSize;
}

/** Lanczos steps the FLOP model charges for one κ estimate (the cap of the scheduler's κ-before Lanczos). */
export const KAPPA_MODEL_LANCZOS_STEPS = 300;

/** Flops of estimating κ of a sparse N × N matrix with nnz stored entries: min(N, 300)·(2·nnz + 10·N). */
export function kappaEstimateFlops(blockSize: number, nonZeroCount: number): number {
  return Math.min(blockSize, KAPPA_MODEL_LANCZOS_STEPS) * (2 * nonZeroCount + 10 * blockSize);
}

/** Flops of one Adam step: the gradient plus 10·P for the update. */
export function adamStepFlops(spec: MlpSpec, batchSize: number): number {
  return gradientStepFlops(spec, batchSize) + 10 * parameterCount(spec);
}

/** Flops of `iterations` CG steps on HVPs: each one HVP plus 10·P vector work. */
export function hvpConjugateGradientFlops(spec: MlpSpec, batchSize: number, iterations: number): number {
  return iterations * (hvpFlops(spec, batchSize) + 10 * parameterCount(spec));
}

/** Flops of a backtracking line search that evaluated `trials` step sizes on the batch and the check batch. */
export function lineSearchFlops(spec: MlpSpec, batchSize: number, trials: number, withCheckBatch: boolean): number {
  const perTrial = forwardFlops(spec, batchSize) * (withCheckBatch ? 2 : 1);
  return trials * perTrial + (withCheckBatch && trials > 0 ? forwardFlops(spec, batchSize) : 0);
}
