export { emitQasm2, qasm2StatementCount } from './qasm2';
export type { EmitQasm2Options, Qasm2GateSet } from './qasm2';
export { emitQasm3, qasm3StatementCount } from './qasm3';
export type { EmitQasm3Options } from './qasm3';
export { formatAngle, formatReal } from './format';
