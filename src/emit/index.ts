export { emitQasm2 } from './qasm2';
export type { EmitQasm2Options, Qasm2GateSet } from './qasm2';
export { emitQasm3 } from './qasm3';
export { formatAngle, formatReal } from './format';
