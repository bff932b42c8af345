import { formatScientific } from '../format';
import { Circuit, ExpansionOptions } from '../ir';
import { emitQasm2, emitQasm3 } from '../emit';
import { InvalidArgumentError } from '../errors';
import { SolverCircuit, classicalSolution, embedSolution } from '../synth';
import type { LinearSystemInput } from '../synth';

/** File names of an export set (one place; the README and the docs refer to them). */
export const EXPORT_FILES = {
  qasm2: 'circuit.qasm',
  qasm3: 'circuit.qasm3',
  recipe: 'recipe.json',
  readme: 'README.md',
} as const;

/** Version of the recipe JSON layout (`format` / `version` fields). */
export const EXPORT_RECIPE_VERSION = 1;

/** How a solver circuit's output is read: post-selection and the classical reference state. */
export interface PostselectionRecipe {
  /** Qubits to post-select (global indices) and the value each must have. */
  readonly qubits: readonly number[];
  readonly values: readonly number[];
  /** The other qubits, increasing: after post-selection they hold the normalized solution. */
  readonly remainingQubits: readonly number[];
  /**
   * Basis indices (decimal strings: exact beyond 2^53) of the post-selected subspace, in the order
   * of the remaining-qubit index j = 0 … 2^|remaining| − 1 (bit k of j is remainingQubits[k]).
   */
  readonly basisIndices: readonly string[];
  /** x̂ = A⁻¹b/‖A⁻¹b‖ embedded in the remaining-qubit register (real; entry j pairs with basisIndices[j]). */
  readonly expectedState: readonly number[];
  readonly fidelityFormula: string;
  readonly successProbabilityFormula: string;
  /** Success probability predicted by the synthesis (its kind: exact / bound). */
  readonly predictedSuccessProbability: number;
  readonly predictedSuccessProbabilityKind: string;
}

/** One file of an export set: name inside the export directory and its text. */
export interface ExportFile {
  readonly name: string;
  readonly data: string;
}

/** Options of {@link buildSimulationExport}. */
export interface SimulationExportOptions extends ExpansionOptions {
  /** Where the circuit came from (recorded in the recipe and README). */
  readonly source: string;
  /** The solver circuit and its problem: adds the post-selection and fidelity recipe. */
  readonly solver?: { readonly circuit: SolverCircuit; readonly input: LinearSystemInput };
}

/** Largest remaining register whose expected state and basis indices are written (2^20 entries). */
export const MAX_EXPORT_REMAINING_QUBITS = 20;

/**
 * The post-selection and fidelity recipe of a solver circuit: the same quantities `validate`
 * computes (postselectedRun, embedSolution of the LU solution, stateFidelity), written out so
 * that another simulator can reproduce them.
 */
export function postselectionRecipe(sc: SolverCircuit, input: LinearSystemInput): PostselectionRecipe {
  const n = sc.circuit.numQubits;
  const selected = new Set(sc.postselectQubits);
  const remainingQubits = Array.from({ length: n }, (_, q) => q).filter((q) => !selected.has(q));
  if (remainingQubits.length > MAX_EXPORT_REMAINING_QUBITS) {
    throw new InvalidArgumentError(
      `simulation export: ${remainingQubits.length} qubits remain after post-selection; the recipe lists 2^${remainingQubits.length} amplitudes, ` +
      `more than the 2^${MAX_EXPORT_REMAINING_QUBITS} it writes; use a smaller system`);
  }
  let base = 0n;
  sc.postselectQubits.forEach((q, i) => { if (sc.postselectValues[i] === 1) base |= 1n << BigInt(q); });
  const dim = 1 << remainingQubits.length;
  const basisIndices: string[] = new Array(dim);
  for (let j = 0; j < dim; j++) {
    let idx = base;
    for (let k = 0; k < remainingQubits.length; k++) if ((j >>> k) & 1) idx |= 1n << BigInt(remainingQubits[k]);
    basisIndices[j] = idx.toString();
  }
  const x = embedSolution(sc.system, classicalSolution(input));
  if (x.length !== dim) {
    throw new InvalidArgumentError(`simulation export: the solution has ${x.length} entries but ${remainingQubits.length} qubits remain after post-selection (2^${remainingQubits.length}); this is a bug`);
  }
  let norm2 = 0;
  for (const v of x) norm2 += v * v;
  const s = 1 / Math.sqrt(norm2);
  return {
    qubits: [...sc.postselectQubits], values: [...sc.postselectValues], remainingQubits, basisIndices,
    expectedState: Array.from(x, (v) => v * s),
    fidelityFormula: 'F = |Σ_j expectedState[j] · a_j|² / p, a_j = amplitude of basis index basisIndices[j] in the final state',
    successProbabilityFormula: 'p = Σ_j |a_j|²',
    predictedSuccessProbability: sc.report.successProbability,
    predictedSuccessProbabilityKind: sc.report.successProbabilityKind,
  };
}

function readmeText(source: string, circuit: Circuit, recipe: PostselectionRecipe | undefined): string {
  const lines = [
    `# Simulation export of ${source}`,
    '',
    'Written by `qnewton` for simulators that run past one machine (Qiskit Aer with MPI, NVIDIA cuQuantum',
    'Appliance / cusvaer). Commands and a Python script: docs/simulation-export.md in the qnewton repository.',
    '',
    `- \`${EXPORT_FILES.qasm2}\`: OpenQASM 2 (qelib1.inc gates only): \`QuantumCircuit.from_qasm_file\``,
    `- \`${EXPORT_FILES.qasm3}\`: OpenQASM 3 (stdgates.inc): \`qiskit.qasm3.load\``,
    `- \`${EXPORT_FILES.recipe}\`: qubit count, ordering and${recipe ? ' the post-selection and fidelity recipe' : ' (no solver: no post-selection recipe)'}`,
    '',
    `${circuit.numQubits} qubit(s), ${circuit.numClbits} clbit(s). Qubit q is bit q of the basis index (qubit 0 least`,
    'significant), the convention of Qiskit and of qnewton.',
  ];
  if (recipe) {
    lines.push(
      '',
      '## Reading the solution',
      '',
      `Post-select qubits ${JSON.stringify(recipe.qubits)} on values ${JSON.stringify(recipe.values)}. With a_j the amplitude`,
      'of basis index `basisIndices[j]` (decimal strings in the recipe; save exactly these with Aer\'s',
      '`save_amplitudes`, no full state vector needed):',
      '',
      `- success probability ${recipe.successProbabilityFormula} (predicted ${formatScientific(recipe.predictedSuccessProbability, 5)}, ${recipe.predictedSuccessProbabilityKind})`,
      `- fidelity ${recipe.fidelityFormula}`,
      '',
      '`qnewton validate` with the same options computes both locally when the circuit fits this machine.',
    );
  }
  return lines.join('\n') + '\n';
}

/**
 * The export set of a circuit: OpenQASM 2 and 3 (src/emit), a recipe JSON and a README, as files
 * to write into one directory. Pure: the caller writes them (the CLI through withOutputs).
 * With `solver`, the recipe holds the post-selection and the classical reference state
 * ({@link postselectionRecipe}).
 */
export function buildSimulationExport(circuit: Circuit, opts: SimulationExportOptions): readonly ExportFile[] {
  const expansion: ExpansionOptions = { maxExpandedGates: opts.maxExpandedGates };
  const qasm2 = emitQasm2(circuit, expansion);
  const qasm3 = emitQasm3(circuit, expansion);
  const recipe = opts.solver ? postselectionRecipe(opts.solver.circuit, opts.solver.input) : undefined;
  const r = opts.solver?.circuit.report;
  const json = {
    format: 'qnewton-simulation-export', version: EXPORT_RECIPE_VERSION, source: opts.source,
    numQubits: circuit.numQubits, numClbits: circuit.numClbits,
    qubitOrder: 'qubit q is bit q of the basis index (qubit 0 least significant), as in Qiskit',
    files: { qasm2: EXPORT_FILES.qasm2, qasm3: EXPORT_FILES.qasm3 },
    ...(r ? { solver: { solver: r.solver, blockEncoding: r.blockEncoding, originalDim: r.originalDim, paddedDim: r.paddedDim, epsilon: r.epsilon } } : {}),
    ...(recipe ? { postselect: recipe } : {}),
  };
  return [
    { name: EXPORT_FILES.qasm2, data: qasm2 },
    { name: EXPORT_FILES.qasm3, data: qasm3 },
    { name: EXPORT_FILES.recipe, data: JSON.stringify(json, null, 2) + '\n' },
    { name: EXPORT_FILES.readme, data: readmeText(opts.source, circuit, recipe) },
  ];
}
