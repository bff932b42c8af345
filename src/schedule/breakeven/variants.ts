/**
 * The variants the break-even analysis compares: every quantum linear solver × every data-loading
 * assumption × with or without read-out of x. Data loading is either the compiled QROM oracle
 * (O(N·d) Toffolis per query, surface-code priced) or the Q-Newton paper's query model (one
 * assumed QRAM access of ⌈log₂(N·d)⌉ two-qubit layers per query, un-encoded: the only way it is
 * priced, see src/schedule/price/queryModel.ts).
 */
import { QLSA_SOLVERS, QlsaSolver } from '../../math/qlsa';
import type { CostModel, QecChoice } from '../price/types';

/** Data-loading assumption of a variant. */
export type LoadingChoice = 'compiled_qrom' | 'query_qram';

/** How each loading choice is priced, and what it assumes. */
export const LOADING_CHOICES: Readonly<Record<LoadingChoice, { readonly costModel: CostModel; readonly qec: QecChoice; readonly assumption: string }>> = Object.freeze({
  compiled_qrom: { costModel: 'compiled', qec: 'surface_code', assumption: 'none beyond the compiled circuit: QROM oracles, surface code' },
  query_qram: { costModel: 'query', qec: 'none', assumption: 'QRAM: one query = ⌈log₂(N·d)⌉ two-qubit layers, no error correction (paper model)' },
});

/** One priced variant. */
export interface BreakevenVariant {
  readonly solver: QlsaSolver;
  readonly loading: LoadingChoice;
  /** Include gradient state preparation and tomography read-out of x. */
  readonly readout: boolean;
}

/** Every variant in a stable order: solver, then loading, then without/with read-out. */
export function breakevenVariants(): readonly BreakevenVariant[] {
  const out: BreakevenVariant[] = [];
  for (const solver of QLSA_SOLVERS) {
    for (const loading of Object.keys(LOADING_CHOICES) as LoadingChoice[]) {
      for (const readout of [false, true]) out.push(Object.freeze({ solver, loading, readout }));
    }
  }
  return out;
}
