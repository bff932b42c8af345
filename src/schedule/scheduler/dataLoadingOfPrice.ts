import type { QuantumPrice } from '../price/types';

/** The decision field naming the data-loading construction a quantum price used (absent under the query model). */
export function dataLoadingOfPrice(price: QuantumPrice): { dataLoading?: { label: string; reason: string } } {
  return price.dataLoading ? { dataLoading: { label: price.dataLoading.label, reason: price.dataLoading.reason } } : {};
}
