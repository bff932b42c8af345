/**
 * Memory budget for dense block Hessians: a block is formed densely only when its N×N float64
 * copy fits, and is refused before anything is allocated otherwise (BlockTooLargeError, naming the
 * matrix-free option). One place for the budget rule and the option's name: the scheduler's
 * `hessian: 'auto'` goes matrix-free exactly when {@link denseBlockFits} is false.
 */
import { formatBytes, formatFixed } from '../format';
import { BlockTooLargeError } from '../errors';
import { memoryLimitBytes } from '../math/memoryLimit';

/** The CLI option that avoids forming a block: Hessian-vector products instead (Hessian-free Newton). */
export const MATRIX_FREE_OPTION = '--hessian matrix-free';

/**
 * Share of the process's memory limit ({@link memoryLimitBytes}: RAM, cgroup limit or `ulimit -v`,
 * whichever is smallest) one dense block may take (1/3: 8 GiB on a 24 GiB machine, leaving room
 * for the CSR copy, the process and the OS).
 */
export const DENSE_BLOCK_MEMORY_FRACTION = 1 / 3;

/** Bytes of one dense N×N block stored at `bytesPerEntry` (8 for float64, 4 for float32). */
export function denseBlockBytes(n: number, bytesPerEntry = 8): number {
  return bytesPerEntry * n * n;
}

/** Default budget of one dense block, bytes: DENSE_BLOCK_MEMORY_FRACTION of `limitBytes` (default {@link memoryLimitBytes}, read at each call). */
export function denseBlockBudgetBytes(limitBytes: number = memoryLimitBytes()): number {
  return Math.floor(DENSE_BLOCK_MEMORY_FRACTION * limitBytes);
}

/** Whether one dense float64 block of `n` parameters fits `budgetBytes` (the rule {@link assertDenseBlockFits} enforces). */
export function denseBlockFits(n: number, budgetBytes: number = denseBlockBudgetBytes()): boolean {
  return denseBlockBytes(n) <= budgetBytes;
}


/**
 * Throws BlockTooLargeError (before any allocation) when the blocks, formed together, would need
 * more than `budgetBytes` as dense float64 matrices (each block alone is checked first, so the
 * message names the one that cannot fit on its own).
 */
export function assertDenseBlocksFit(blocks: readonly { readonly name: string; readonly n: number }[], budgetBytes: number = denseBlockBudgetBytes()): void {
  for (const b of blocks) assertDenseBlockFits(b.name, b.n, budgetBytes);
  const need = blocks.reduce((s, b) => s + denseBlockBytes(b.n), 0);
  if (need > budgetBytes) {
    throw new BlockTooLargeError(
      `blocks ${blocks.map((b) => b.name).join(', ')} formed together need ${formatBytes(need)} as dense Hessians, more than the memory budget of ${formatBytes(budgetBytes)}; form them one at a time, or use the matrix-free option ${MATRIX_FREE_OPTION}`,
      { blocks: blocks.map((b) => b.name), neededBytes: need, budgetBytes },
    );
  }
}

/**
 * Throws BlockTooLargeError (before any allocation) when block `name` of `n` parameters would
 * need more than `budgetBytes` as a dense float64 matrix.
 */
export function assertDenseBlockFits(name: string, n: number, budgetBytes: number = denseBlockBudgetBytes()): void {
  if (!denseBlockFits(n, budgetBytes)) {
    const need = denseBlockBytes(n);
    throw new BlockTooLargeError(
      `block ${name} has ${n} parameters: its dense ${n}x${n} Hessian needs ${formatBytes(need)}, more than the memory budget of ${formatBytes(budgetBytes)} ` +
      `(default: ${formatFixed(DENSE_BLOCK_MEMORY_FRACTION, 2)} of the memory limit, ${formatBytes(memoryLimitBytes())} here); use the matrix-free option ${MATRIX_FREE_OPTION} (Hessian-vector products) or a narrower layer`,
      { block: name, n, neededBytes: need, budgetBytes },
    );
  }
}
