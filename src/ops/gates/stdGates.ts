import { CMatrix } from '../../math/complexMatrix';
import { CircuitBuilder, Circuit, GateSpec, Op, OpCount, OpDef, accumulateCalls, makeOp } from '../../ir';
import { controlledMatrix } from './controlled';
import * as M from './matrices';
import { unitaryOfCircuit } from '../unitaryOf';

/** One step of a decomposition: [gate name, angles, operand indices]. */
type Step = readonly [string, readonly number[], readonly number[]];

/**
 * The cost class of a standard gate, the one place every count reads it from:
 * - 'clifford': a Clifford gate at any parameters (cx counts as a CNOT);
 * - 't': T or T†;
 * - 'angle': a one-angle rotation (rx, ry, rz, p, u1) classified by its angle ({@link classifyAngle});
 * - 'euler': U(θ,φ,λ)-type gates, each Euler angle classified separately;
 * - 'toffoli': CCX / CCZ, counted whole as a Toffoli (the Azure RE's CCZ);
 * - 'composite': counted through its decomposition.
 */
export type GateCostClass = 'clifford' | 't' | 'angle' | 'euler' | 'toffoli' | 'composite';

/**
 * A gate library a standard gate can belong to:
 * - 'qelib1': the published qelib1.inc (Cross et al. 2017, arXiv:1707.03429, Appendix; vendored as
 *   test/fixtures/qelib1/qelib1.inc);
 * - 'qelib1-ext': the common extensions of qelib1.inc (Qiskit's copy of the file) that
 *   `include "qelib1.inc"` also provides here, plus `ccz` (in no standard file; used by the Nam et
 *   al. benchmark files);
 * - 'stdgates': OpenQASM 3's stdgates.inc (OpenQASM 3 spec, "Standard library");
 * - a target gate set of the lowering passes: 'nam' {h, x, cx, rz} (Nam et al. 2018), 'ibm'
 *   {rz, sx, x, cx}, 'ion' {rx, ry, rz, rxx}, 'clifford+t', and the device targets 'ibm-heron',
 *   'ibm-eagle', 'ionq', 'quantinuum', 'braket' (sources in src/passes/lowering/devices.ts).
 */
export type GateLibrary = 'qelib1' | 'qelib1-ext' | 'stdgates'
  | 'nam' | 'ibm' | 'ion' | 'clifford+t' | 'ibm-heron' | 'ibm-heron-fractional' | 'ibm-eagle' | 'ionq' | 'quantinuum' | 'braket';

/**
 * Table entry of a standard gate (qelib1.inc, its common extensions, and stdgates.inc).
 * `numControls` leading operands are controls; `target` acts on the rest.
 */
interface StdGateEntry {
  readonly name: string;
  readonly numAngles: number;
  readonly numControls: number;
  readonly numTargets: number;
  readonly structure: GateSpec['structure'];
  /** The libraries and target gate sets that contain a gate of this name (see {@link GateLibrary}). */
  readonly libraries: readonly GateLibrary[];
  /**
   * Libraries whose gate of this name differs from this one by a phase that a control would make
   * visible (qelib1.inc's cu3 lacks e^{i(φ+λ)/2} on the control; stdgates.inc's u2/u3 carry
   * e^{−i(φ+λ)/2}): an emitter writes this gate there by its decomposition, not by name.
   */
  readonly phaseDiffersIn?: readonly GateLibrary[];
  /** How every resource count classifies the gate (see {@link GateCostClass}). */
  readonly costClass: GateCostClass;
  /**
   * Amazon Braket's built-in OpenQASM 3 name of the same matrix (Braket developer guide, "Supported
   * gates"; no include file): cnot = cx, ccnot = ccx, phaseshift = p = u1, cphaseshift = cp = cu1,
   * si = sdg, ti = tdg, v = sx, vi = sxdg, i = id, xx / yy / zz = rxx / ryy / rzz (exp(−iθ/2·PP)),
   * U = u3. Absent: Braket has no built-in of this matrix (it is written by its decomposition).
   */
  readonly braketName?: string;
  /**
   * The gate exactly as steps of the optimization passes' working form {H, X, CNOT, P(θ), CCZ}
   * times a global phase (src/passes/gateList.ts reads exactly the gates that have one); absent:
   * the passes flatten the gate through its decomposition first.
   */
  readonly phaseForm?: (a: readonly number[]) => PhaseForm;
  readonly summary: string;
  /** Target matrix; absent for gates defined only by their decomposition (rccx). */
  readonly target?: (a: readonly number[]) => CMatrix;
  /** Decomposition into other standard gates (qelib1.inc definitions); absent for u3 and cx. */
  readonly decomp?: (a: readonly number[]) => readonly Step[];
  /** Inverse as [name, angles]. */
  readonly inverse: (a: readonly number[]) => readonly [string, readonly number[]];
}

/** A gate of the optimization passes' working form: H, X, CNOT, the phase P(θ) = diag(1, e^{iθ}), CCZ. */
export type PhaseFormGate = 'h' | 'x' | 'cx' | 'p' | 'ccz';

/** One working-form step: [gate, operand indices into the gate's qubits, angle (P only; 0 otherwise)]. */
export type PhaseFormStep = readonly [PhaseFormGate, readonly number[], number];

/** A standard gate as working-form steps in time order, times e^{i·phaseRad}. */
export interface PhaseForm {
  readonly steps: readonly PhaseFormStep[];
  readonly phaseRad: number;
}

const PI = Math.PI;
const pf = (steps: readonly PhaseFormStep[], phaseRad = 0): PhaseForm => ({ steps, phaseRad });
const H = (q: number): PhaseFormStep => ['h', [q], 0];
const X = (q: number): PhaseFormStep => ['x', [q], 0];
const P = (q: number, angleRad: number): PhaseFormStep => ['p', [q], angleRad];
const CX = (c: number, t: number): PhaseFormStep => ['cx', [c, t], 0];
const CCZ = (a: number, b: number, c: number): PhaseFormStep => ['ccz', [a, b, c], 0];
/** U(θ,φ,λ) = P(φ)·Ry(θ)·P(λ) with Ry(θ) = S·H·Rz(θ)·H·S† = e^{−iθ/2}·S·H·P(θ)·H·S†. */
const eulerForm = (th: number, ph: number, la: number): PhaseForm => pf([P(0, la - PI / 2), H(0), P(0, th), H(0), P(0, ph + PI / 2)], -th / 2);
const self = (name: string) => (a: readonly number[]) => [name, a] as const;
const neg = (name: string) => (a: readonly number[]) => [name, a.map((x) => -x)] as const;

const ENTRIES: readonly StdGateEntry[] = [
  { name: 'u3', braketName: 'U', phaseForm: (a) => eulerForm(a[0], a[1], a[2]), libraries: ['qelib1', 'stdgates'], phaseDiffersIn: ['stdgates'], costClass: 'euler', numAngles: 3, numControls: 0, numTargets: 1, structure: 'general', summary: 'general single-qubit gate U(θ,φ,λ)',
    target: (a) => M.uMatrix(a[0], a[1], a[2]), inverse: (a) => ['u3', [-a[0], -a[2], -a[1]]] },
  { name: 'u', braketName: 'U', phaseForm: (a) => eulerForm(a[0], a[1], a[2]), libraries: ['qelib1-ext'], costClass: 'euler', numAngles: 3, numControls: 0, numTargets: 1, structure: 'general', summary: 'alias of u3',
    target: (a) => M.uMatrix(a[0], a[1], a[2]), decomp: (a) => [['u3', a, [0]]], inverse: (a) => ['u', [-a[0], -a[2], -a[1]]] },
  { name: 'u2', phaseForm: (a) => eulerForm(PI / 2, a[0], a[1]), libraries: ['qelib1', 'stdgates'], phaseDiffersIn: ['stdgates'], costClass: 'euler', numAngles: 2, numControls: 0, numTargets: 1, structure: 'general', summary: 'U(π/2,φ,λ)',
    target: (a) => M.uMatrix(PI / 2, a[0], a[1]), decomp: (a) => [['u3', [PI / 2, a[0], a[1]], [0]]],
    inverse: (a) => ['u3', [-PI / 2, -a[1], -a[0]]] },
  { name: 'u1', braketName: 'phaseshift', phaseForm: (a) => pf([P(0, a[0])]), libraries: ['qelib1', 'stdgates'], costClass: 'angle', numAngles: 1, numControls: 0, numTargets: 1, structure: 'diagonal', summary: 'phase diag(1, e^{iλ})',
    target: (a) => M.diag2(0, a[0]), decomp: (a) => [['u3', [0, 0, a[0]], [0]]], inverse: neg('u1') },
  { name: 'p', braketName: 'phaseshift', phaseForm: (a) => pf([P(0, a[0])]), libraries: ['qelib1-ext', 'stdgates'], costClass: 'angle', numAngles: 1, numControls: 0, numTargets: 1, structure: 'diagonal', summary: 'phase diag(1, e^{iλ})',
    target: (a) => M.diag2(0, a[0]), decomp: (a) => [['u3', [0, 0, a[0]], [0]]], inverse: neg('p') },
  { name: 'id', braketName: 'i', phaseForm: () => pf([]), libraries: ['qelib1', 'stdgates'], costClass: 'clifford', numAngles: 0, numControls: 0, numTargets: 1, structure: 'diagonal', summary: 'identity',
    target: () => M.I2, decomp: () => [], inverse: self('id') },
  { name: 'x', braketName: 'x', phaseForm: () => pf([X(0)]), libraries: ['qelib1', 'stdgates', 'nam', 'ibm', 'clifford+t', 'ibm-heron', 'ibm-heron-fractional', 'ibm-eagle', 'braket'], costClass: 'clifford', numAngles: 0, numControls: 0, numTargets: 1, structure: 'permutation', summary: 'Pauli X',
    target: () => M.X2, decomp: () => [['u3', [PI, 0, PI], [0]]], inverse: self('x') },
  { name: 'y', braketName: 'y', phaseForm: () => pf([P(0, PI), X(0)], PI / 2), libraries: ['qelib1', 'stdgates', 'clifford+t'], costClass: 'clifford', numAngles: 0, numControls: 0, numTargets: 1, structure: 'permutation', summary: 'Pauli Y',
    target: () => M.Y2, decomp: () => [['u3', [PI, PI / 2, PI / 2], [0]]], inverse: self('y') },
  { name: 'z', braketName: 'z', phaseForm: () => pf([P(0, PI)]), libraries: ['qelib1', 'stdgates', 'clifford+t'], costClass: 'clifford', numAngles: 0, numControls: 0, numTargets: 1, structure: 'diagonal', summary: 'Pauli Z',
    target: () => M.Z2, decomp: () => [['u1', [PI], [0]]], inverse: self('z') },
  { name: 'h', braketName: 'h', phaseForm: () => pf([H(0)]), libraries: ['qelib1', 'stdgates', 'nam', 'clifford+t', 'braket'], costClass: 'clifford', numAngles: 0, numControls: 0, numTargets: 1, structure: 'general', summary: 'Hadamard',
    target: () => M.H2, decomp: () => [['u2', [0, PI], [0]]], inverse: self('h') },
  { name: 's', braketName: 's', phaseForm: () => pf([P(0, PI / 2)]), libraries: ['qelib1', 'stdgates', 'clifford+t'], costClass: 'clifford', numAngles: 0, numControls: 0, numTargets: 1, structure: 'diagonal', summary: 'phase π/2',
    target: () => M.diag2(0, PI / 2), decomp: () => [['u1', [PI / 2], [0]]], inverse: () => ['sdg', []] },
  { name: 'sdg', braketName: 'si', phaseForm: () => pf([P(0, -PI / 2)]), libraries: ['qelib1', 'stdgates', 'clifford+t'], costClass: 'clifford', numAngles: 0, numControls: 0, numTargets: 1, structure: 'diagonal', summary: 'phase −π/2',
    target: () => M.diag2(0, -PI / 2), decomp: () => [['u1', [-PI / 2], [0]]], inverse: () => ['s', []] },
  { name: 't', braketName: 't', phaseForm: () => pf([P(0, PI / 4)]), libraries: ['qelib1', 'stdgates', 'clifford+t'], costClass: 't', numAngles: 0, numControls: 0, numTargets: 1, structure: 'diagonal', summary: 'phase π/4',
    target: () => M.diag2(0, PI / 4), decomp: () => [['u1', [PI / 4], [0]]], inverse: () => ['tdg', []] },
  { name: 'tdg', braketName: 'ti', phaseForm: () => pf([P(0, -PI / 4)]), libraries: ['qelib1', 'stdgates', 'clifford+t'], costClass: 't', numAngles: 0, numControls: 0, numTargets: 1, structure: 'diagonal', summary: 'phase −π/4',
    target: () => M.diag2(0, -PI / 4), decomp: () => [['u1', [-PI / 4], [0]]], inverse: () => ['t', []] },
  { name: 'sx', braketName: 'v', phaseForm: () => pf([H(0), P(0, PI / 2), H(0)]), libraries: ['qelib1-ext', 'stdgates', 'ibm', 'ibm-heron', 'ibm-heron-fractional', 'ibm-eagle'], costClass: 'clifford', numAngles: 0, numControls: 0, numTargets: 1, structure: 'general', summary: '√X',
    target: () => M.SX2, decomp: () => [['sdg', [], [0]], ['h', [], [0]], ['sdg', [], [0]]], inverse: () => ['sxdg', []] },
  { name: 'sxdg', braketName: 'vi', phaseForm: () => pf([H(0), P(0, -PI / 2), H(0)]), libraries: ['qelib1-ext'], costClass: 'clifford', numAngles: 0, numControls: 0, numTargets: 1, structure: 'general', summary: '√X†',
    target: () => M.SXDG2, decomp: () => [['s', [], [0]], ['h', [], [0]], ['s', [], [0]]], inverse: () => ['sx', []] },
  { name: 'rx', braketName: 'rx', phaseForm: (a) => pf([H(0), P(0, a[0]), H(0)], -a[0] / 2), libraries: ['qelib1', 'stdgates', 'ion'], costClass: 'angle', numAngles: 1, numControls: 0, numTargets: 1, structure: 'general', summary: 'exp(−iθX/2)',
    target: (a) => M.rxMatrix(a[0]), decomp: (a) => [['u3', [a[0], -PI / 2, PI / 2], [0]]], inverse: neg('rx') },
  { name: 'ry', braketName: 'ry', phaseForm: (a) => pf([P(0, -PI / 2), H(0), P(0, a[0]), H(0), P(0, PI / 2)], -a[0] / 2), libraries: ['qelib1', 'stdgates', 'ion'], costClass: 'angle', numAngles: 1, numControls: 0, numTargets: 1, structure: 'general', summary: 'exp(−iθY/2)',
    target: (a) => M.ryMatrix(a[0]), decomp: (a) => [['u3', [a[0], 0, 0], [0]]], inverse: neg('ry') },
  { name: 'rz', braketName: 'rz', phaseForm: (a) => pf([P(0, a[0])], -a[0] / 2), libraries: ['qelib1', 'stdgates', 'nam', 'ibm', 'ion', 'ibm-heron', 'ibm-heron-fractional', 'ibm-eagle', 'quantinuum', 'braket'], costClass: 'angle', numAngles: 1, numControls: 0, numTargets: 1, structure: 'diagonal', summary: 'exp(−iθZ/2)',
    target: (a) => M.rzMatrix(a[0]), decomp: (a) => [['u1', [a[0]], [0]]], inverse: neg('rz') },
  { name: 'cx', braketName: 'cnot', phaseForm: () => pf([CX(0, 1)]), libraries: ['qelib1', 'stdgates', 'nam', 'ibm', 'clifford+t', 'braket'], costClass: 'clifford', numAngles: 0, numControls: 1, numTargets: 1, structure: 'permutation', summary: 'controlled X (CNOT)',
    target: () => M.X2, inverse: self('cx') },
  { name: 'cy', braketName: 'cy', libraries: ['qelib1', 'stdgates'], costClass: 'clifford', numAngles: 0, numControls: 1, numTargets: 1, structure: 'permutation', summary: 'controlled Y',
    target: () => M.Y2, decomp: () => [['sdg', [], [1]], ['cx', [], [0, 1]], ['s', [], [1]]], inverse: self('cy') },
  { name: 'cz', braketName: 'cz', phaseForm: () => pf([H(1), CX(0, 1), H(1)]), libraries: ['qelib1', 'stdgates', 'ibm-heron', 'ibm-heron-fractional'], costClass: 'clifford', numAngles: 0, numControls: 1, numTargets: 1, structure: 'diagonal', summary: 'controlled Z',
    target: () => M.Z2, decomp: () => [['h', [], [1]], ['cx', [], [0, 1]], ['h', [], [1]]], inverse: self('cz') },
  { name: 'ch', libraries: ['qelib1', 'stdgates'], costClass: 'composite', numAngles: 0, numControls: 1, numTargets: 1, structure: 'general', summary: 'controlled H',
    target: () => M.H2,
    decomp: () => [['s', [], [1]], ['h', [], [1]], ['t', [], [1]], ['cx', [], [0, 1]], ['tdg', [], [1]], ['h', [], [1]], ['sdg', [], [1]]],
    inverse: self('ch') },
  { name: 'csx', libraries: ['qelib1-ext'], costClass: 'composite', numAngles: 0, numControls: 1, numTargets: 1, structure: 'general', summary: 'controlled √X',
    target: () => M.SX2, decomp: () => [['h', [], [1]], ['cu1', [PI / 2], [0, 1]], ['h', [], [1]]], inverse: () => ['csxdg', []] },
  { name: 'csxdg', libraries: [], costClass: 'composite', numAngles: 0, numControls: 1, numTargets: 1, structure: 'general', summary: 'controlled √X†',
    target: () => M.SXDG2, decomp: () => [['h', [], [1]], ['cu1', [-PI / 2], [0, 1]], ['h', [], [1]]], inverse: () => ['csx', []] },
  { name: 'crx', libraries: ['qelib1-ext', 'stdgates'], costClass: 'composite', numAngles: 1, numControls: 1, numTargets: 1, structure: 'general', summary: 'controlled rx',
    target: (a) => M.rxMatrix(a[0]),
    decomp: (a) => [['u1', [PI / 2], [1]], ['cx', [], [0, 1]], ['u3', [-a[0] / 2, 0, 0], [1]], ['cx', [], [0, 1]], ['u3', [a[0] / 2, -PI / 2, 0], [1]]],
    inverse: neg('crx') },
  { name: 'cry', libraries: ['qelib1-ext', 'stdgates'], costClass: 'composite', numAngles: 1, numControls: 1, numTargets: 1, structure: 'general', summary: 'controlled ry',
    target: (a) => M.ryMatrix(a[0]),
    decomp: (a) => [['ry', [a[0] / 2], [1]], ['cx', [], [0, 1]], ['ry', [-a[0] / 2], [1]], ['cx', [], [0, 1]]],
    inverse: neg('cry') },
  { name: 'crz', libraries: ['qelib1', 'stdgates'], costClass: 'composite', numAngles: 1, numControls: 1, numTargets: 1, structure: 'diagonal', summary: 'controlled rz',
    target: (a) => M.rzMatrix(a[0]),
    decomp: (a) => [['rz', [a[0] / 2], [1]], ['cx', [], [0, 1]], ['rz', [-a[0] / 2], [1]], ['cx', [], [0, 1]]],
    inverse: neg('crz') },
  { name: 'cu1', braketName: 'cphaseshift', libraries: ['qelib1'], costClass: 'composite', numAngles: 1, numControls: 1, numTargets: 1, structure: 'diagonal', summary: 'controlled phase',
    target: (a) => M.diag2(0, a[0]),
    decomp: (a) => [['u1', [a[0] / 2], [0]], ['cx', [], [0, 1]], ['u1', [-a[0] / 2], [1]], ['cx', [], [0, 1]], ['u1', [a[0] / 2], [1]]],
    inverse: neg('cu1') },
  { name: 'cp', braketName: 'cphaseshift', libraries: ['qelib1-ext', 'stdgates'], costClass: 'composite', numAngles: 1, numControls: 1, numTargets: 1, structure: 'diagonal', summary: 'controlled phase',
    target: (a) => M.diag2(0, a[0]),
    decomp: (a) => [['p', [a[0] / 2], [0]], ['cx', [], [0, 1]], ['p', [-a[0] / 2], [1]], ['cx', [], [0, 1]], ['p', [a[0] / 2], [1]]],
    inverse: neg('cp') },
  { name: 'cu3', libraries: ['qelib1'], phaseDiffersIn: ['qelib1'], costClass: 'composite', numAngles: 3, numControls: 1, numTargets: 1, structure: 'general', summary: 'controlled u3',
    target: (a) => M.uMatrix(a[0], a[1], a[2]),
    decomp: (a) => [['u1', [(a[2] + a[1]) / 2], [0]], ['u1', [(a[2] - a[1]) / 2], [1]], ['cx', [], [0, 1]],
      ['u3', [-a[0] / 2, 0, -(a[1] + a[2]) / 2], [1]], ['cx', [], [0, 1]], ['u3', [a[0] / 2, a[1], 0], [1]]],
    inverse: (a) => ['cu3', [-a[0], -a[2], -a[1]]] },
  { name: 'cu', libraries: ['qelib1-ext', 'stdgates'], costClass: 'composite', numAngles: 4, numControls: 1, numTargets: 1, structure: 'general', summary: 'controlled e^{iγ}U(θ,φ,λ)',
    target: (a) => { const u = M.uMatrix(a[0], a[1], a[2]); const c = Math.cos(a[3]), s = Math.sin(a[3]);
      return { dim: 2, re: u.re.map((r, i) => r * c - u.im[i] * s), im: u.im.map((m, i) => u.re[i] * s + m * c) }; },
    decomp: (a) => [['p', [a[3]], [0]], ['p', [(a[2] + a[1]) / 2], [0]], ['p', [(a[2] - a[1]) / 2], [1]], ['cx', [], [0, 1]],
      ['u3', [-a[0] / 2, 0, -(a[1] + a[2]) / 2], [1]], ['cx', [], [0, 1]], ['u3', [a[0] / 2, a[1], 0], [1]]],
    inverse: (a) => ['cu', [-a[0], -a[2], -a[1], -a[3]]] },
  { name: 'swap', braketName: 'swap', phaseForm: () => pf([CX(0, 1), CX(1, 0), CX(0, 1)]), libraries: ['qelib1-ext', 'stdgates'], costClass: 'clifford', numAngles: 0, numControls: 0, numTargets: 2, structure: 'permutation', summary: 'swap two qubits',
    target: () => M.SWAP4, decomp: () => [['cx', [], [0, 1]], ['cx', [], [1, 0]], ['cx', [], [0, 1]]], inverse: self('swap') },
  { name: 'rxx', braketName: 'xx', libraries: ['qelib1-ext', 'ion'], costClass: 'composite', numAngles: 1, numControls: 0, numTargets: 2, structure: 'general', summary: 'exp(−iθ X⊗X/2)',
    target: (a) => M.rxxMatrix(a[0]),
    decomp: (a) => [['h', [], [0]], ['h', [], [1]], ['cx', [], [0, 1]], ['rz', [a[0]], [1]], ['cx', [], [0, 1]], ['h', [], [0]], ['h', [], [1]]],
    inverse: neg('rxx') },
  { name: 'ryy', braketName: 'yy', libraries: [], costClass: 'composite', numAngles: 1, numControls: 0, numTargets: 2, structure: 'general', summary: 'exp(−iθ Y⊗Y/2)',
    target: (a) => M.ryyMatrix(a[0]),
    decomp: (a) => [['rx', [PI / 2], [0]], ['rx', [PI / 2], [1]], ['cx', [], [0, 1]], ['rz', [a[0]], [1]], ['cx', [], [0, 1]], ['rx', [-PI / 2], [0]], ['rx', [-PI / 2], [1]]],
    inverse: neg('ryy') },
  { name: 'rzz', braketName: 'zz', libraries: ['qelib1-ext', 'quantinuum', 'ibm-heron-fractional'], costClass: 'composite', numAngles: 1, numControls: 0, numTargets: 2, structure: 'diagonal', summary: 'exp(−iθ Z⊗Z/2)',
    target: (a) => M.rzzMatrix(a[0]), decomp: (a) => [['cx', [], [0, 1]], ['u1', [a[0]], [1]], ['cx', [], [0, 1]]], inverse: neg('rzz') },
  { name: 'ecr', braketName: 'ecr', libraries: ['ibm-eagle'], costClass: 'clifford', numAngles: 0, numControls: 0, numTargets: 2, structure: 'general', summary: 'echoed cross-resonance RZX(π/4)·X₀·RZX(−π/4) (IBM Eagle)',
    target: () => M.ECR4,
    decomp: () => [['h', [], [1]], ['cx', [], [0, 1]], ['rz', [PI / 4], [1]], ['cx', [], [0, 1]], ['h', [], [1]], ['x', [], [0]],
      ['h', [], [1]], ['cx', [], [0, 1]], ['rz', [-PI / 4], [1]], ['cx', [], [0, 1]], ['h', [], [1]]],
    inverse: self('ecr') },
  { name: 'gpi', braketName: 'gpi', libraries: ['ionq'], costClass: 'composite', numAngles: 1, numControls: 0, numTargets: 1, structure: 'general', summary: 'IonQ GPi(φ) = [[0, e^{−iφ}], [e^{iφ}, 0]]',
    target: (a) => M.gpiMatrix(a[0]), decomp: (a) => [['u3', [PI, a[0], PI - a[0]], [0]]], inverse: self('gpi') },
  { name: 'gpi2', braketName: 'gpi2', libraries: ['ionq'], costClass: 'composite', numAngles: 1, numControls: 0, numTargets: 1, structure: 'general', summary: 'IonQ GPi2(φ) = exp(−iπ/4 (cos φ X + sin φ Y))',
    target: (a) => M.u1qMatrix(PI / 2, a[0]), decomp: (a) => [['rz', [-a[0]], [0]], ['rx', [PI / 2], [0]], ['rz', [a[0]], [0]]],
    inverse: (a) => ['gpi2', [a[0] + PI]] },
  { name: 'u1q', libraries: ['quantinuum'], costClass: 'composite', numAngles: 2, numControls: 0, numTargets: 1, structure: 'general', summary: 'Quantinuum U1q(θ, φ) = exp(−iθ/2 (cos φ X + sin φ Y))',
    target: (a) => M.u1qMatrix(a[0], a[1]), decomp: (a) => [['rz', [-a[1]], [0]], ['rx', [a[0]], [0]], ['rz', [a[1]], [0]]],
    inverse: (a) => ['u1q', [-a[0], a[1]]] },
  { name: 'ms', libraries: ['ionq'], costClass: 'composite', numAngles: 2, numControls: 0, numTargets: 2, structure: 'general', summary: 'IonQ Mølmer–Sørensen MS(φ₀, φ₁) = exp(−iπ/4 σ_φ₀⊗σ_φ₁)',
    target: (a) => M.msMatrix(a[0], a[1]),
    decomp: (a) => [['rz', [-a[0]], [0]], ['rz', [-a[1]], [1]], ['rxx', [PI / 2], [0, 1]], ['rz', [a[0]], [0]], ['rz', [a[1]], [1]]],
    inverse: (a) => ['ms', [a[0] + PI, a[1]]] },
  { name: 'ccx', braketName: 'ccnot', phaseForm: () => pf([H(2), CCZ(0, 1, 2), H(2)]), libraries: ['qelib1', 'stdgates'], costClass: 'toffoli', numAngles: 0, numControls: 2, numTargets: 1, structure: 'permutation', summary: 'Toffoli',
    target: () => M.X2,
    decomp: () => [['h', [], [2]], ['cx', [], [1, 2]], ['tdg', [], [2]], ['cx', [], [0, 2]], ['t', [], [2]], ['cx', [], [1, 2]],
      ['tdg', [], [2]], ['cx', [], [0, 2]], ['t', [], [1]], ['t', [], [2]], ['h', [], [2]], ['cx', [], [0, 1]], ['t', [], [0]],
      ['tdg', [], [1]], ['cx', [], [0, 1]]],
    inverse: self('ccx') },
  { name: 'ccz', phaseForm: () => pf([CCZ(0, 1, 2)]), libraries: ['qelib1-ext'], costClass: 'toffoli', numAngles: 0, numControls: 2, numTargets: 1, structure: 'diagonal', summary: 'doubly-controlled Z (extension; 6 CX + 7 T)',
    target: () => M.Z2,
    decomp: () => [['cx', [], [1, 2]], ['tdg', [], [2]], ['cx', [], [0, 2]], ['t', [], [2]], ['cx', [], [1, 2]],
      ['tdg', [], [2]], ['cx', [], [0, 2]], ['t', [], [1]], ['t', [], [2]], ['cx', [], [0, 1]], ['t', [], [0]],
      ['tdg', [], [1]], ['cx', [], [0, 1]]],
    inverse: self('ccz') },
  { name: 'cswap', braketName: 'cswap', libraries: ['qelib1-ext', 'stdgates'], costClass: 'composite', numAngles: 0, numControls: 1, numTargets: 2, structure: 'permutation', summary: 'Fredkin',
    target: () => M.SWAP4, decomp: () => [['cx', [], [2, 1]], ['ccx', [], [0, 1, 2]], ['cx', [], [2, 1]]], inverse: self('cswap') },
  { name: 'rccx', libraries: ['qelib1-ext'], costClass: 'composite', numAngles: 0, numControls: 0, numTargets: 3, structure: 'general', summary: 'relative-phase Toffoli (Margolus)',
    decomp: () => [['u2', [0, PI], [2]], ['u1', [PI / 4], [2]], ['cx', [], [1, 2]], ['u1', [-PI / 4], [2]], ['cx', [], [0, 2]],
      ['u1', [PI / 4], [2]], ['cx', [], [1, 2]], ['u1', [-PI / 4], [2]], ['u2', [0, PI], [2]]],
    inverse: () => ['rccxdg', []] },
  { name: 'rccxdg', libraries: [], costClass: 'composite', numAngles: 0, numControls: 0, numTargets: 3, structure: 'general', summary: 'inverse of rccx',
    decomp: () => [['u2', [0, PI], [2]], ['u1', [PI / 4], [2]], ['cx', [], [1, 2]], ['u1', [-PI / 4], [2]], ['cx', [], [0, 2]],
      ['u1', [PI / 4], [2]], ['cx', [], [1, 2]], ['u1', [-PI / 4], [2]], ['u2', [0, PI], [2]]].reverse().map(
      ([g, a, q]) => (g === 'u1' ? ['u1', [-(a as number[])[0]], q] : g === 'u2' ? ['u2', [0, PI], q] : [g, a, q]) as Step),
    inverse: () => ['rccx', []] },
];

/**
 * Library gate names that are not standard gates of this table: aliases (stdgates.inc's CX, phase,
 * cphase; qelib1.inc's u0, read as id) and multi-controlled gates made by the parsers from
 * src/ops/gates/multiControlled (c3x, c4x, c3sqrtx, rc3x of Qiskit's qelib1.inc).
 */
const OTHER_LIBRARY_NAMES: readonly { readonly name: string; readonly libraries: readonly GateLibrary[]; readonly aliasOf?: string }[] = [
  { name: 'u0', libraries: ['qelib1'], aliasOf: 'id' },
  { name: 'c3x', libraries: ['qelib1-ext'] },
  { name: 'c4x', libraries: ['qelib1-ext'] },
  { name: 'c3sqrtx', libraries: ['qelib1-ext'] },
  { name: 'rc3x', libraries: ['qelib1-ext'] },
  { name: 'CX', libraries: ['stdgates'], aliasOf: 'cx' },
  { name: 'phase', libraries: ['stdgates'], aliasOf: 'p' },
  { name: 'cphase', libraries: ['stdgates'], aliasOf: 'cp' },
];

const BY_NAME: ReadonlyMap<string, StdGateEntry> = new Map(ENTRIES.map((e) => [e.name, e]));

function makeDef(e: StdGateEntry): OpDef<undefined> {
  const def: OpDef<undefined> = {
    name: e.name,
    category: 'unitary',
    summary: e.summary,
    examples: () => [makeStdGate(e.name, Array.from({ length: e.numAngles }, (_, i) => 0.3 + 0.7 * i))],
    inverse: (op) => { const [n, a] = e.inverse(op.angles); return makeStdGate(n, a); },
  };
  if (e.target) {
    const target = e.target;
    (def as { gateSpec?: OpDef<undefined>['gateSpec'] }).gateSpec = (op) => ({
      numControls: e.numControls, target: target(op.angles), structure: e.structure,
    });
    (def as { unitary?: OpDef<undefined>['unitary'] }).unitary = (op) => controlledMatrix(e.numControls, target(op.angles));
  }
  if (e.decomp) {
    const decomp = e.decomp;
    (def as { decompose?: OpDef<undefined>['decompose'] }).decompose = (op) => buildDecomposition(op, decomp(op.angles), e.target !== undefined);
    (def as { calls?: OpDef<undefined>['calls'] }).calls = (op) => callsOf(decomp(op.angles));
    (def as { callsFromDecomposition?: boolean }).callsFromDecomposition = true;
  }
  return Object.freeze(def);
}

const DEFS: ReadonlyMap<string, OpDef<undefined>> = new Map(ENTRIES.map((e) => [e.name, makeDef(e)]));

/**
 * Build the decomposition circuit. When the gate has a reference matrix, the global phase of
 * the decomposition is fixed so that the circuit's unitary equals the gate's exactly (qelib1.inc
 * definitions hold only up to phase; controlled versions of a decomposition need the exact one).
 */
function buildDecomposition(op: Op, steps: readonly Step[], fixPhase: boolean): Circuit {
  const b = CircuitBuilder.withQubits(op.numQubits);
  for (const [g, a, q] of steps) b.apply(makeStdGate(g, a), q);
  const c = b.build();
  if (!fixPhase) return c;
  const target = op.def.unitary!(op);
  const u = unitaryOfCircuit(c);
  let tr = 0, ti = 0;
  for (let i = 0; i < u.re.length; i++) {
    tr += u.re[i] * target.re[i] + u.im[i] * target.im[i];
    ti += u.re[i] * target.im[i] - u.im[i] * target.re[i];
  }
  const phase = Math.atan2(ti, tr);
  return Math.abs(phase) < 1e-15 ? c : { ...c, globalPhaseRad: phase };
}

function callsOf(steps: readonly Step[]): readonly OpCount[] {
  return accumulateCalls(steps.map(([g, a]) => ({ op: makeStdGate(g, a), count: 1 })));
}

/** Names of all standard gates (sorted). */
export function stdGateNames(): readonly string[] {
  return [...BY_NAME.keys()].sort();
}

/** Arity information of a standard gate: number of angles and qubits; undefined if unknown. */
export function stdGateInfo(name: string): { numAngles: number; numQubits: number; numControls: number } | undefined {
  const e = BY_NAME.get(name);
  return e ? { numAngles: e.numAngles, numQubits: e.numControls + e.numTargets, numControls: e.numControls } : undefined;
}

/** The cost class of a standard gate (undefined for names that are not standard gates). */
export function stdGateCostClass(name: string): GateCostClass | undefined {
  return BY_NAME.get(name)?.costClass;
}

/** Standard gate names of one cost class, sorted. */
export function stdGatesOfCostClass(costClass: GateCostClass): readonly string[] {
  return ENTRIES.filter((e) => e.costClass === costClass).map((e) => e.name).sort();
}

/** True when `name` is a standard gate of this library. */
export function isStdGate(name: string): boolean {
  return BY_NAME.has(name);
}

/**
 * Make a standard gate op. Throws a plain Error for unknown names or wrong angle counts (callers
 * that read user input check with {@link stdGateInfo} first and raise a typed error).
 */
export function makeStdGate(name: string, angles: readonly number[] = []): Op {
  const e = BY_NAME.get(name);
  const def = DEFS.get(name);
  if (!e || !def) throw new Error(`makeStdGate: unknown gate '${name}'`);
  if (angles.length !== e.numAngles) throw new Error(`makeStdGate: '${name}' takes ${e.numAngles} angle(s), got ${angles.length}`);
  return makeOp(def, { name, angles, params: undefined, numQubits: e.numControls + e.numTargets });
}

/** The op definitions of all standard gates (for the registry). */
export function stdGateDefs(): readonly OpDef[] {
  return [...DEFS.values()] as readonly OpDef[];
}

/**
 * Standard gates of this table in a library or target gate set, in table order. With
 * `{ exactPhase: true }`, only those whose same-named library gate equals them exactly, phase
 * under control included (see `phaseDiffersIn`).
 */
export function stdGatesInLibrary(library: GateLibrary, options: { readonly exactPhase?: boolean } = {}): readonly string[] {
  return ENTRIES.filter((e) => e.libraries.includes(library) && !(options.exactPhase && e.phaseDiffersIn?.includes(library))).map((e) => e.name);
}

/**
 * Every gate name a library file defines: its standard gates (table order), then its aliases and
 * multi-controlled gates ({@link libraryAliasOf}).
 */
export function libraryGateNames(library: GateLibrary): readonly string[] {
  return [...stdGatesInLibrary(library), ...OTHER_LIBRARY_NAMES.filter((e) => e.libraries.includes(library)).map((e) => e.name)];
}

/** The standard gate a library alias names (CX → cx, phase → p, cphase → cp, u0 → id); undefined otherwise. */
export function libraryAliasOf(name: string): string | undefined {
  return OTHER_LIBRARY_NAMES.find((e) => e.name === name)?.aliasOf;
}

/**
 * Amazon Braket's OpenQASM 3 built-in gates with no standard gate of the same matrix here (Braket
 * developer guide, "Supported gates"): a Braket program may not reuse these names for registers or
 * its own gates.
 */
export const BRAKET_OTHER_BUILTINS: readonly string[] = ['ms', 'iswap', 'pswap', 'xy', 'prx', 'unitary', 'cphaseshift00', 'cphaseshift01', 'cphaseshift10'];

/** Amazon Braket's built-in OpenQASM 3 name of a standard gate (the table's `braketName`); undefined when Braket has none. */
export function braketGateName(name: string): string | undefined {
  return BY_NAME.get(name)?.braketName;
}

/** Standard gate → Braket built-in name, for every standard gate that has one (table order). */
export function braketGateNames(): Readonly<Record<string, string>> {
  return Object.freeze(Object.fromEntries(ENTRIES.filter((e) => e.braketName !== undefined).map((e) => [e.name, e.braketName!])));
}

/** Working forms of the angle-free gates, computed once (the passes convert circuits in hot loops). */
const FIXED_PHASE_FORMS: ReadonlyMap<string, PhaseForm> = new Map(
  ENTRIES.filter((e) => e.phaseForm && e.numAngles === 0).map((e) => [e.name, e.phaseForm!([])]),
);

/** The standard gate `name` at `angles` as working-form steps (the table's `phaseForm`); undefined when it has none. */
export function stdGatePhaseForm(name: string, angles: readonly number[]): PhaseForm | undefined {
  return FIXED_PHASE_FORMS.get(name) ?? BY_NAME.get(name)?.phaseForm?.(angles);
}

/** Names of the standard gates that have a working form (table order). */
export function phaseFormGateNames(): readonly string[] {
  return ENTRIES.filter((e) => e.phaseForm !== undefined).map((e) => e.name);
}
