/**
 * Consecutive qubit / clbit indices — the operand lists of op layouts (data register, then
 * ancillas, then work qubits, ...). A fresh mutable array, so callers may spread or extend it.
 */
export function indexRange(start: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => start + i);
}
