import type { Circuit, Condition, GateSpec, Instruction, Op } from '../ir';
import { DecomposeNotImplementedError, InvalidCircuitError } from '../errors';

/**
 * Receiver of the flat gate stream of a circuit (see {@link walkCircuit}). Both simulator
 * backends (the dense state vector in compile.ts and the sparse one in sparse/) compile a circuit
 * by implementing this interface, so decomposition and phase bookkeeping live in one place.
 */
export interface GateSink {
  /** A gate with a gateSpec on global `qubits` (controls first, as the spec lists them). */
  gate(spec: GateSpec, qubits: readonly number[], cond: Condition | undefined, op: Op): void;
  measure(qubit: number, clbit: number, cond: Condition | undefined): void;
  reset(qubit: number, cond: Condition | undefined): void;
  /** A static global phase (radians): commutes with everything, may be folded anywhere. */
  globalPhase(phaseRad: number): void;
  /** The global phase of a decomposition under a classical condition: must stay in place. */
  conditionalPhase(phaseRad: number, cond: Condition): void;
}

/**
 * Walk `circuit` and feed every leaf to `sink`: ops with a `gateSpec` as gates, other unitary ops
 * through their decomposition (memoized by op key for this walk), an op with neither but with a
 * `unitary` as an uncontrolled gate; barriers are dropped. Returns the number of gates fed.
 */
export function walkCircuit(circuit: Circuit, sink: GateSink): number {
  return new Walker(sink).walk(circuit);
}

class Walker {
  private readonly specCache = new Map<string, GateSpec | null>();
  private readonly decompCache = new Map<string, Circuit>();
  private gateCount = 0;

  constructor(private readonly sink: GateSink) {}

  walk(circuit: Circuit): number {
    if (circuit.globalPhaseRad !== 0) this.sink.globalPhase(circuit.globalPhaseRad);
    const ident = (n: number) => Array.from({ length: n }, (_, i) => i);
    this.visit(circuit.instructions, ident(circuit.numQubits), ident(circuit.numClbits), undefined);
    return this.gateCount;
  }

  private visit(instrs: readonly Instruction[], qmap: readonly number[], cmap: readonly number[], outerCond: Condition | undefined): void {
    for (const ins of instrs) {
      const op = ins.op;
      const qubits = ins.qubits.map((q) => qmap[q]);
      const cond = outerCond ?? (ins.condition ? { clbits: ins.condition.clbits.map((c) => cmap[c]), value: ins.condition.value } : undefined);
      switch (op.def.category) {
        case 'barrier':
          continue;
        case 'measure':
          this.sink.measure(qubits[0], cmap[ins.clbits[0]], cond);
          continue;
        case 'reset':
          this.sink.reset(qubits[0], cond);
          continue;
        case 'unitary':
          break;
      }
      const spec = this.specOf(op);
      if (spec) { this.gate(spec, qubits, cond, op); continue; }
      if (!op.def.decompose && op.def.unitary) {
        // No gateSpec and no decomposition: use the op's own matrix as an uncontrolled target.
        this.gate({ numControls: 0, target: op.def.unitary(op), structure: 'general' }, qubits, cond, op);
        continue;
      }
      const sub = this.decompositionOf(op);
      if (sub.globalPhaseRad !== 0) {
        if (cond) this.sink.conditionalPhase(sub.globalPhaseRad, cond);
        else this.sink.globalPhase(sub.globalPhaseRad);
      }
      this.visit(sub.instructions, qubits, ins.clbits.map((c) => cmap[c]), cond);
    }
  }

  private gate(spec: GateSpec, qubits: readonly number[], cond: Condition | undefined, op: Op): void {
    const nt = qubits.length - spec.numControls;
    if (spec.target.dim !== 2 ** nt) {
      throw new InvalidCircuitError(`gateSpec of '${op.name}': target is ${spec.target.dim}×${spec.target.dim} but the op has ${nt} target qubit(s)`);
    }
    this.gateCount++;
    this.sink.gate(spec, qubits, cond, op);
  }

  private specOf(op: Op): GateSpec | null {
    let s = this.specCache.get(op.key);
    if (s === undefined) {
      s = op.def.gateSpec ? op.def.gateSpec(op) : null;
      this.specCache.set(op.key, s);
    }
    return s;
  }

  private decompositionOf(op: Op): Circuit {
    let c = this.decompCache.get(op.key);
    if (!c) {
      if (!op.def.decompose) throw new DecomposeNotImplementedError(op.name);
      c = op.def.decompose(op);
      if (c.numQubits !== op.numQubits) {
        throw new InvalidCircuitError(`decomposition of '${op.name}' has ${c.numQubits} qubits, expected ${op.numQubits}`);
      }
      this.decompCache.set(op.key, c);
    }
    return c;
  }
}
