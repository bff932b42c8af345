import { InvalidCircuitError } from '../errors';
import type { Circuit, Condition, Instruction, Register } from './circuit';
import type { Op } from './op';
import { indexRange } from './indexRange';

/** Options of {@link CircuitBuilder.apply}. */
export interface ApplyOptions {
  readonly clbits?: readonly number[];
  readonly condition?: Condition;
}

/**
 * The one mutable thing in the IR: accumulates instructions, validates each, and freezes into an
 * immutable {@link Circuit} with `build()`. Validation: qubit/clbit indices in range, no duplicate
 * operands, operand count equal to the op's width.
 */
export class CircuitBuilder {
  private readonly qregs: Register[] = [];
  private readonly cregs: Register[] = [];
  private readonly instrs: Instruction[] = [];
  private numQubits = 0;
  private numClbits = 0;
  private phaseRad = 0;
  private built = false;

  /** A builder with one quantum register `q` of `numQubits` (and a classical `c` of `numClbits` if > 0). */
  static withQubits(numQubits: number, numClbits = 0): CircuitBuilder {
    const b = new CircuitBuilder();
    if (numQubits > 0) b.addQreg('q', numQubits);
    if (numClbits > 0) b.addCreg('c', numClbits);
    return b;
  }

  /** Add a quantum register; its qubits get the next global indices. */
  addQreg(name: string, size: number): Register {
    this.checkName(name);
    if (!Number.isInteger(size) || size < 0) throw new InvalidCircuitError(`register ${name} has invalid size ${size}`);
    const reg = Object.freeze({ name, size, offset: this.numQubits });
    this.qregs.push(reg);
    this.numQubits += size;
    return reg;
  }

  /** Add a classical register. */
  addCreg(name: string, size: number): Register {
    this.checkName(name);
    if (!Number.isInteger(size) || size < 0) throw new InvalidCircuitError(`register ${name} has invalid size ${size}`);
    const reg = Object.freeze({ name, size, offset: this.numClbits });
    this.cregs.push(reg);
    this.numClbits += size;
    return reg;
  }

  get qubitCount(): number { return this.numQubits; }
  get clbitCount(): number { return this.numClbits; }
  get instructionCount(): number { return this.instrs.length; }

  /** Apply `op` to `qubits` (global indices, op operand order). Returns this for chaining. */
  apply(op: Op, qubits: readonly number[], opts: ApplyOptions = {}): this {
    this.checkOpen();
    if (qubits.length !== op.numQubits) {
      throw new InvalidCircuitError(`${op.name} acts on ${op.numQubits} qubit(s) but got ${qubits.length}`, { op: op.name });
    }
    checkIndices(qubits, this.numQubits, 'qubit', op.name);
    const clbits = opts.clbits ?? [];
    if (clbits.length !== op.numClbits) {
      throw new InvalidCircuitError(`${op.name} writes ${op.numClbits} clbit(s) but got ${clbits.length}`, { op: op.name });
    }
    checkIndices(clbits, this.numClbits, 'clbit', op.name);
    if (opts.condition) checkIndices(opts.condition.clbits, this.numClbits, 'condition clbit', op.name);
    const instr: Instruction = opts.condition
      ? { op, qubits: Object.freeze([...qubits]), clbits: Object.freeze([...clbits]), condition: Object.freeze({ clbits: Object.freeze([...opts.condition.clbits]), value: opts.condition.value }) }
      : { op, qubits: Object.freeze([...qubits]), clbits: Object.freeze([...clbits]) };
    this.instrs.push(Object.freeze(instr));
    return this;
  }

  /**
   * Append all instructions of `c`, mapping its qubit i to `qubitMap[i]` and clbit j to
   * `clbitMap[j]` (identity maps by default). The global phase is added too.
   */
  append(c: Circuit, qubitMap?: readonly number[], clbitMap?: readonly number[]): this {
    this.checkOpen();
    const qm = qubitMap ?? indexRange(0, c.numQubits);
    const cm = clbitMap ?? indexRange(0, c.numClbits);
    if (qm.length !== c.numQubits) throw new InvalidCircuitError(`append: qubit map has ${qm.length} entries, circuit has ${c.numQubits} qubits`);
    if (cm.length < c.numClbits) throw new InvalidCircuitError(`append: clbit map has ${cm.length} entries, circuit has ${c.numClbits} clbits`);
    for (const ins of c.instructions) {
      this.apply(ins.op, ins.qubits.map((q) => qm[q]), {
        clbits: ins.clbits.map((b) => cm[b]),
        condition: ins.condition ? { clbits: ins.condition.clbits.map((b) => cm[b]), value: ins.condition.value } : undefined,
      });
    }
    this.phaseRad += c.globalPhaseRad;
    return this;
  }

  /** Add to the global phase (radians). */
  addGlobalPhase(phaseRad: number): this {
    this.phaseRad += phaseRad;
    return this;
  }

  /** Freeze into an immutable circuit. The builder cannot be used afterwards. */
  build(): Circuit {
    this.checkOpen();
    this.built = true;
    return Object.freeze({
      numQubits: this.numQubits,
      numClbits: this.numClbits,
      qregs: Object.freeze([...this.qregs]),
      cregs: Object.freeze([...this.cregs]),
      instructions: Object.freeze(this.instrs),
      globalPhaseRad: this.phaseRad,
    });
  }

  private checkOpen(): void {
    if (this.built) throw new Error('CircuitBuilder: build() was already called');
  }

  private checkName(name: string): void {
    if (this.qregs.some((r) => r.name === name) || this.cregs.some((r) => r.name === name)) {
      throw new InvalidCircuitError(`register '${name}' is already defined`, { name });
    }
  }
}

function checkIndices(idx: readonly number[], limit: number, what: string, opName: string): void {
  for (let i = 0; i < idx.length; i++) {
    const q = idx[i];
    if (!Number.isInteger(q) || q < 0 || q >= limit) {
      throw new InvalidCircuitError(`${opName}: ${what} index ${q} out of range 0..${limit - 1}`, { op: opName, index: q });
    }
    for (let j = 0; j < i; j++) {
      if (idx[j] === q) throw new InvalidCircuitError(`${opName}: ${what} ${q} used twice in one instruction`, { op: opName, index: q });
    }
  }
}
