export { parseQasm, detectQasmVersion } from './parseQasm';
export type { ParseQasmOptions } from './parseQasm';
export { parseQasm2 } from './qasm2/parser';
export { parseQasm3 } from './qasm3/parser';
export { loadCircuitFile } from './loadCircuitFile';
export { QELIB1_GATES, QELIB1_EXTENSIONS, STDGATES_INC } from './gateTable';
