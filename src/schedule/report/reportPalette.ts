/**
 * Colours and display names shared by the report's charts, summary and stylesheet. Colours are the
 * Okabe–Ito colour-blind-safe palette (Okabe & Ito, "Color Universal Design", 2008).
 */
import type { StrategyTotal } from '../scheduler/report';

/** Okabe–Ito colour-blind-safe palette (yellow left out: too light on white). */
export const SERIES_COLORS: readonly string[] = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#000000'];

/** Colours of the two solver choices (also used by the summary and the decisions table). */
export const CHOICE_COLORS = { quantum: '#0072b2', classical: '#e69f00' } as const;

/** Strategy display names, in the order strategies are listed. */
export const STRATEGY_LABELS: Readonly<Record<StrategyTotal['strategy'], string>> = {
  'q-newton': 'Q-Newton (hybrid schedule)',
  'classical-newton': 'Classical Newton',
  'hessian-free-newton': 'Hessian-free Newton',
  sgd: 'SGD',
  adam: 'Adam',
};

/** Line colours of the strategies in the cumulative-time chart. */
export const STRATEGY_COLORS: Readonly<Record<StrategyTotal['strategy'], string>> = {
  'q-newton': '#0072b2',
  'classical-newton': '#d55e00',
  'hessian-free-newton': '#cc79a7',
  sgd: '#009e73',
  adam: '#e69f00',
};
