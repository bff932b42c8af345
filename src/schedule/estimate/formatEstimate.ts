/** Plain-text report of a {@link NetworkSolveEstimate}: one aligned table per section, units in the headers. */
import { formatCount, formatDuration, formatNumber, formatScientific, formatTable } from '../../format';
import type { NetworkSolveEstimate } from './networkSolve';

function secondsRow(label: string, seconds: number): string[] {
  return [label, formatScientific(seconds, 3), formatDuration(seconds)];
}

/** The estimate as text lines (see the CLI `qnewton estimate`). */
export function formatNetworkSolveEstimate(e: NetworkSolveEstimate): string[] {
  const p = e.problem, s = e.solver, l = e.logical;
  const out: string[] = [];
  const title = p.source === 'params'
    ? `Newton system of a network with P = ${formatCount(p.n)} parameters (N = P)`
    : `linear system of dimension N = ${formatCount(p.n)}`;
  out.push(`qnewton estimate: ${title}, solver ${s.name}, hardware ${e.hardware.name}, QEC ${e.qec}, cost model ${s.costModel}`);
  if (e.queryModel) {
    out.push(`  priced by the QUERY model of the Q-Newton paper: ASSUMES QRAM oracle access (${formatCount(e.queryModel.layersPerQuery)} two-qubit layers ` +
      'per query), not a compiled circuit; --cost-model compiled prices the QROM circuit');
  }

  out.push('', 'Problem');
  out.push(...formatTable(['quantity', 'value'], [
    ['N', formatCount(p.n)],
    ['N padded (2^n)', formatCount(p.paddedDim)],
    ['row sparsity d', formatCount(p.sparsity)],
    ['non-zeros', formatCount(p.nonZeroCount)],
    ['condition number κ', formatNumber(p.kappa)],
    ['target error ε', formatNumber(p.epsilon)],
    ['block-encoding α', formatNumber(p.alpha)],
    ['κ_eff = α·κ', formatNumber(p.kappaEff)],
    ['oracle precision [bits]', formatCount(p.oracleBits)],
    ['ε block encoding / algorithm', `${formatScientific(p.epsilonBlockEncoding, 3)} / ${formatScientific(p.epsilonAlgorithm, 3)}`],
  ]));

  if (e.dataLoading) {
    const dl = e.dataLoading;
    out.push('', `Data loading (table lookups of the oracles, N·d entries): ${dl.label}`);
    out.push(`  ${dl.reason}`);
    out.push('  qubits-vs-runtime Pareto front of every construction for this problem (* = used; time of one run as priced below):');
    out.push(...formatTable(['construction', 'logical qubits', 'Toffoli / run', 'time / run [s]', 'Pareto'], dl.front.map((p) => [
      `${p.label === dl.label ? '* ' : '  '}${p.label}`, formatCount(p.logicalQubits), formatScientific(p.toffoliCount, 3),
      formatScientific(p.perRunSeconds, 3), `${p.dominated ? 'dominated' : 'front'}${p.fitsBudget ? '' : ', over budget'}`,
    ])));
  }

  const countsScope = s.compiledCircuit ? `compiled ${s.name === 'hhl' ? 'qubitized-HHL (walk QPE)' : 'QSVT'} op tree` : `${s.name} query model`;
  out.push('', `Logical resources, one run (${countsScope}${l.gatesIncludeOracle ? '' : '; gates EXCLUDE the U_A/U_A† calls, not modelled'})`);
  out.push(...formatTable(['quantity', 'count'], [
    ['logical qubits', formatCount(l.qubits)],
    ['block-encoding queries', formatCount(l.blockEncodingQueries)],
    ...(s.degree !== undefined ? [['polynomial degree', formatCount(s.degree)]] : []),
    ...(s.clockBits !== undefined ? [['clock bits', formatCount(s.clockBits)]] : []),
    ['total gates', formatCount(l.totalGates)],
    ['CNOT', formatCount(l.cnot)],
    ['T', formatCount(l.t)],
    ['Toffoli', formatCount(l.toffoli)],
    ['rotations', formatCount(l.rotations)],
    ['depth (upper bound)', formatCount(l.depthUpperBound)],
    ['T-depth (upper bound)', formatCount(l.tDepthUpperBound)],
    ['success probability / run', formatScientific(s.successProbability, 3)],
    ['expected runs (repetitions)', formatNumber(s.repetitions)],
  ]));

  if (e.physical) {
    const ph = e.physical;
    out.push('', `Physical resources, one run (surface code, error budget ${formatNumber(e.errorBudget)})`);
    out.push(...formatTable(['quantity', 'value'], [
      ['code distance', formatCount(ph.codeDistance)],
      ['physical qubits', formatCount(ph.physicalQubits)],
      ['  for the algorithm', formatCount(ph.algorithmPhysicalQubits)],
      ['  for T factories', formatCount(ph.factoryPhysicalQubits)],
      ['T factories', formatCount(ph.factoryCount)],
      ['T states', formatCount(ph.tStates)],
      ['logical cycle [ns]', formatNumber(ph.logicalCycleTimeNs)],
    ]));
  }

  out.push('', `Quantum runtime (${e.runtime.model})`);
  out.push(...formatTable(['part', 'time [s]', 'time'], [
    ...(e.queryModel ? [
      secondsRow(`one query (${formatCount(e.queryModel.layersPerQuery)} layers)`, e.queryModel.queryTimeNs / 1e9),
    ] : []),
    secondsRow('one run', e.runtime.perRunSeconds),
    secondsRow(`solver (× ${formatNumber(s.repetitions)} runs)`, e.runtime.solverSeconds),
  ]));

  out.push('', 'End to end (shown separately: prepare |g⟩, solve, read x out by tomography)');
  out.push(`  read-out shots ⌈N/ε²⌉ = ${formatCount(e.endToEnd.readoutShots)}, each repeated × ${formatNumber(s.repetitions)} runs until success`);
  out.push(...formatTable(['part', 'time [s]', 'time'], [
    secondsRow('state preparation', e.endToEnd.statePreparationSeconds),
    secondsRow('one shot = prep + run', e.endToEnd.perShotSeconds),
    secondsRow('total, all shots × runs', e.endToEnd.totalSeconds),
  ]));

  const c = e.classical;
  out.push('', `Classical (${formatScientific(c.flopRatePerSecond, 3)} flop/s, ${c.flopRateSource === 'measured' ? 'measured on this machine' : 'given'})`);
  out.push(...formatTable(['method', 'flops', 'time [s]', 'time'], [
    ['dense Cholesky', formatScientific(c.choleskyFlops, 3), formatScientific(c.choleskySeconds, 3), formatDuration(c.choleskySeconds)],
    [`CG (${formatCount(c.cgIterations)} iterations)`, formatScientific(c.cgFlops, 3), formatScientific(c.cgSeconds, 3), formatDuration(c.cgSeconds)],
  ]));

  const v = e.verdict;
  out.push('', 'Verdict');
  out.push(...formatTable(['comparison', 'cheaper', 'by [×]'], [
    [`quantum solver vs classical ${c.best}`, v.cheaper, formatNumber(v.ratio, 3)],
    [`end to end vs classical ${c.best}`, v.cheaperEndToEnd, formatNumber(v.ratioEndToEnd, 3)],
  ]));
  out.push('', 'Notes');
  for (const n of s.notes) out.push(`  - ${n}`);
  return out;
}
