import { CouplingMap } from '../routing/couplingMap';
import { IBM_HEAVY_HEX, ibmHeavyHexMap } from '../routing/heavyHex';
import { DeviceTargetName, GATE_SETS } from './gateSets';

/** How a device's files are written: gates kept in OpenQASM 2 (with definitions) and the OpenQASM 3 gate names. */
export interface DeviceDialect {
  /** Native gates outside qelib1.inc that OpenQASM 2 output keeps (each with a `gate` definition). */
  readonly qasm2KeepGates: readonly string[];
  /** Native gates outside stdgates.inc that OpenQASM 3 output keeps (each with a `gate` definition). */
  readonly qasm3KeepGates: readonly string[];
  /** 'stdgates': `include "stdgates.inc"` names; 'braket': Amazon Braket's built-in gate names, no include. */
  readonly qasm3Names: 'stdgates' | 'braket';
}

/** A device target: native gate set, coupling maps (the first is the default; none = all-to-all) and dialect. */
export interface DeviceTarget {
  readonly name: DeviceTargetName;
  readonly summary: string;
  readonly gates: ReadonlySet<string>;
  /** Named coupling maps of the device family, built on demand; empty for all-to-all devices. */
  readonly couplingMaps: readonly { readonly name: string; readonly build: () => CouplingMap }[];
  readonly dialect: DeviceDialect;
  /**
   * Whether the device runs classically conditioned gates (mid-circuit measurement + `if`):
   * IBM dynamic circuits and Quantinuum H-series do; IonQ and Amazon Braket's OpenQASM for QPUs
   * do not, so lowering a conditioned circuit to them is a typed error.
   */
  readonly classicalControl: boolean;
}

const heavyHex = (name: keyof typeof IBM_HEAVY_HEX) => ({ name, build: () => ibmHeavyHexMap(IBM_HEAVY_HEX[name]) });

/**
 * Today's device targets as data. Sources: IBM Quantum basis gates of Heron and Eagle processors
 * (docs.quantum.ibm.com, "Native gates and operations"; fractional gates: "Fractional gates", RZZ(θ) with 0 < θ ≤ π/2 and
 * RX(θ) for any θ, not usable in dynamic circuits); IonQ native gates GPi, GPi2, MS
 * (docs.ionq.com, "Getting started with native gates"; phases here in radians, IonQ's API takes
 * turns = radians / 2π); Quantinuum H-series native gates U1q, Rz, ZZPhase (Quantinuum system
 * model H1 product data sheet); Amazon Braket's OpenQASM 3 gate names (docs.aws.amazon.com/braket,
 * "Supported gates").
 */
export const DEVICE_TARGETS: Readonly<Record<DeviceTargetName, DeviceTarget>> = {
  'ibm-heron': {
    name: 'ibm-heron', summary: 'IBM Heron r2 (156 q) / r1 (133 q), heavy-hex; cz, rz, sx, x', gates: GATE_SETS['ibm-heron'],
    couplingMaps: [heavyHex('ibm-heron-r2'), heavyHex('ibm-heron-r1')], dialect: { qasm2KeepGates: ['sx'], qasm3KeepGates: [], qasm3Names: 'stdgates' },
    classicalControl: true,
  },
  'ibm-heron-fractional': {
    name: 'ibm-heron-fractional', summary: 'IBM Heron with fractional gates, heavy-hex; cz, rz, sx, x, rx(θ), rzz(0 < θ ≤ π/2); no dynamic circuits', gates: GATE_SETS['ibm-heron-fractional'],
    couplingMaps: [heavyHex('ibm-heron-r2'), heavyHex('ibm-heron-r1')], dialect: { qasm2KeepGates: ['sx', 'rzz'], qasm3KeepGates: ['rzz'], qasm3Names: 'stdgates' },
    // IBM does not support fractional gates in dynamic circuits (classical feed-forward).
    classicalControl: false,
  },
  'ibm-eagle': {
    name: 'ibm-eagle', summary: 'IBM Eagle r3 (127 q), heavy-hex; ecr, rz, sx, x', gates: GATE_SETS['ibm-eagle'],
    couplingMaps: [heavyHex('ibm-eagle-r3')], dialect: { qasm2KeepGates: ['sx', 'ecr'], qasm3KeepGates: ['ecr'], qasm3Names: 'stdgates' },
    classicalControl: true,
  },
  ionq: {
    name: 'ionq', summary: 'IonQ trapped ions, all-to-all; gpi, gpi2, ms', gates: GATE_SETS.ionq,
    couplingMaps: [], dialect: { qasm2KeepGates: ['gpi', 'gpi2', 'ms'], qasm3KeepGates: ['gpi', 'gpi2', 'ms'], qasm3Names: 'stdgates' },
    classicalControl: false,
  },
  quantinuum: {
    name: 'quantinuum', summary: 'Quantinuum H-series, all-to-all; rzz, u1q, rz', gates: GATE_SETS.quantinuum,
    couplingMaps: [], dialect: { qasm2KeepGates: ['rzz', 'u1q'], qasm3KeepGates: ['rzz', 'u1q'], qasm3Names: 'stdgates' },
    classicalControl: true,
  },
  braket: {
    name: 'braket', summary: 'Amazon Braket OpenQASM 3 (gate names cnot, phaseshift, si, ...); h, cnot, rz, x', gates: GATE_SETS.braket,
    couplingMaps: [], dialect: { qasm2KeepGates: [], qasm3KeepGates: [], qasm3Names: 'braket' },
    classicalControl: false,
  },
};

/** The device target of a target name, if it is one. */
export function deviceTargetOf(name: string | undefined): DeviceTarget | undefined {
  return name !== undefined && Object.prototype.hasOwnProperty.call(DEVICE_TARGETS, name) ? DEVICE_TARGETS[name as DeviceTargetName] : undefined;
}
