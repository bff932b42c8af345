import { formatDuration, formatFixed, formatPercent, formatScientific, formatTable } from '../../format';
import { numberArg, stringArg } from '../args';
import type { Argv } from 'yargs';
import { QnCommand } from '../command';
import { CliIo, readTextFile } from '../io';
import { forceOption, outputOptionsOf, withOutputs } from '../output';
import type { Circuit } from '../../ir';
import { loadCircuitFile } from '../../parse';
import { expansionArg, withExpansionOption } from './expansionArg';
import { emitQasm2, emitQasm3 } from '../../emit';
import { InvalidArgumentError, requirePositiveFinite } from '../../errors';
import {
  CouplingMap, TARGET_GATE_SETS, TargetGateSet, couplingMapFromJson, deviceTargetOf, ibmCouplingMapByName, lowerTo, optimize, parseCouplingSpec,
  parseOptimizationLevel, parseTargetGateSet, summarize, ANCILLA_MODES, parseAncillaMode, parseBudgetS, requireRoutingTrials, MAX_ROUTING_TRIALS,
} from '../../passes';

/**
 * Resolve --coupling: a built-in spec (line:N, grid:RxC, heavyhex:R), an IBM device map
 * (ibm-eagle-r3, ibm-heron-r1, ibm-heron-r2), `none`, or a JSON edge-list file. Without it, a
 * device target with a coupling map (ibm-heron, ibm-eagle) is routed to its first map.
 */
function couplingOf(spec: string | undefined, target: TargetGateSet | undefined): CouplingMap | undefined {
  if (spec === undefined) return deviceTargetOf(target)?.couplingMaps[0]?.build();
  if (spec === 'none') return undefined;
  return parseCouplingSpec(spec) ?? ibmCouplingMapByName(spec) ?? couplingMapFromJson(readTextFile(spec), spec);
}

/** Run a library check; its InvalidArgumentError (which names the quantity, not a flag) gets the flag as prefix. */
function withFlag<T>(flag: string, check: () => T): T {
  try {
    return check();
  } catch (e) {
    if (e instanceof InvalidArgumentError) throw new InvalidArgumentError(`${flag}: ${e.message}`, { ...e.details, flag });
    throw e;
  }
}

/** --routing-trials: the library's range check (routing/sabre.ts), its message prefixed with the flag. */
function routingTrialsOf(value: unknown): number {
  return withFlag('--routing-trials', () => requireRoutingTrials(value as number));
}

/** The text of the output file: device targets write their dialect (native gates kept, with definitions). */
function emitFor(c: Circuit, version: 2 | 3, target: TargetGateSet | undefined): string {
  const dialect = deviceTargetOf(target)?.dialect;
  if (version === 3) return dialect ? emitQasm3(c, { keepGates: dialect.qasm3KeepGates, gateNames: dialect.qasm3Names }) : emitQasm3(c);
  return emitQasm2(c, dialect ? { keepGates: dialect.qasm2KeepGates } : { gateSet: 'qelib1-extended' });
}

/**
 * `qnewton optimize FILE --level 0..4 [--target NAME] [--coupling SPEC [--routing-trials N]] [--ancillas none|gadgets [--budget-s S]] --out FILE`:
 * optimize an OpenQASM circuit, lower it to a gate set, optionally route it, write OpenQASM and
 * print a before/after count table (Nam convention: ccz = 13 gates, any Rz = 1 gate).
 */
export const optimizeCommand: QnCommand = {
  command: 'optimize <file>',
  describe: 'optimize an OpenQASM circuit (levels 0-4), lower to a gate set, optionally route to a coupling map',
  builder: (y: Argv) => withExpansionOption(forceOption(y))
    .positional('file', { type: 'string', describe: 'OpenQASM 2 or 3 file' })
    .option('level', { type: 'number', default: 3, describe: 'optimization level 0..4 (4: level 3, then a search until --budget-s, default 10 s)' })
    .option('target', { type: 'string', describe: `output gate set / device: ${TARGET_GATE_SETS.join(' | ')}` })
    .option('coupling', { type: 'string', describe: 'route to: line:N | grid:RxC | heavyhex:R | ibm-eagle-r3 | ibm-heron-r1 | ibm-heron-r2 | none | JSON edge-list file (default for ibm-heron / ibm-eagle: the device map)' })
    .option('epsilon', { type: 'number', default: 1e-3, describe: 'clifford+t: total operator-norm error budget of the synthesized rotations (shared equally)' })
    .option('seed', { type: 'number', default: 1, describe: 'routing seed' })
    .option('routing-trials', { type: 'number', default: 1, describe: `routing layout trials from the seed, fewest SWAPs kept (integer 1..${MAX_ROUTING_TRIALS})` })
    .option('ancillas', { type: 'string', default: 'none', describe: `${ANCILLA_MODES.join(' | ')}: gadgets = Hadamard gadgets (ancillas in |0>, post-selected on |0>) for fewer T` })
    .option('budget-s', { type: 'number', describe: 'wall-clock budget (s, > 0) of the gadget T-count reduction (default: none, deterministic) and of the level-4 search' })
    .option('qasm', { choices: [2, 3] as const, default: 2, describe: 'OpenQASM version of the output' })
    .option('out', { type: 'string', describe: 'output OpenQASM file (default: only print the table)' }),
  run(args: Record<string, unknown>, io: CliIo): number {
    const outPath = typeof args.out === 'string' ? args.out : undefined;
    return withOutputs({ files: [outPath] }, outputOptionsOf(args), (outputs) => {
      const level = parseOptimizationLevel(args.level);
      const target = typeof args.target === 'string' ? parseTargetGateSet(args.target) : undefined;
      const coupling = couplingOf(stringArg(args, 'coupling'), target);
      const ancillas = withFlag('--ancillas', () => parseAncillaMode(args.ancillas ?? 'none'));
      const budgetRaw = args.budgetS ?? args['budget-s'];
      const budgetS = budgetRaw === undefined ? undefined : parseBudgetS(requirePositiveFinite(budgetRaw as number, '--budget-s'));
      const routingTrials = routingTrialsOf(args['routing-trials'] ?? 1);
      const circuit = loadCircuitFile(String(args.file), expansionArg(args));
      const { circuit: out, report } = optimize(circuit, { level, target, coupling, epsilon: numberArg(args, 'epsilon'), seed: numberArg(args, 'seed'), routingTrials, ancillas, budgetS });
      const b = report.before, a = report.after;
      const reduction = (x: number, y: number): string => (x ? formatPercent((x - y) / x) : '-');
      // Like-for-like baseline: the input lowered to the output gate set without optimization (a u3
      // counts as one gate in the input but as up to five in the Nam basis).
      const baseTarget = target ?? (level > 0 ? 'nam' : undefined);
      const lowered = baseTarget ? summarize(lowerTo(circuit, baseTarget, { epsilon: numberArg(args, 'epsilon') }).circuit) : undefined;
      const showLowered = lowered !== undefined && (lowered.total !== b.total || lowered.cnot !== b.cnot || lowered.t !== b.t);
      io.out(`${String(args.file)}: level ${level}${target ? `, target ${target}` : ''}${coupling ? `, coupling ${coupling.name}` : ''} (${formatDuration(report.elapsedMs / 1000)})`);
      const counts = [['qubits', b.qubits, lowered?.qubits ?? 0, a.qubits], ['total', b.total, lowered?.total ?? 0, a.total],
        ['2-qubit', b.cnot, lowered?.cnot ?? 0, a.cnot], ['T', b.t, lowered?.t ?? 0, a.t]] as const;
      const table = showLowered
        ? formatTable(['', 'before', 'lowered', 'after', `reduction (vs lowered to ${baseTarget})`],
          counts.map(([name, x, l, y]) => [name, String(x), String(l), String(y), reduction(l, y)]), undefined, '')
        : formatTable(['', 'before', 'after', 'reduction'], counts.map(([name, x, , y]) => [name, String(x), String(y), reduction(x, y)]), undefined, '');
      for (const line of table) io.out(line);
      io.out(`gates after: ${Object.entries(a.byName).map(([k, v]) => `${k}=${v}`).join(' ')}`);
      if (report.gadgets) {
        const g = report.gadgets;
        io.out(`hadamard gadgets: ${g.ancillas} ancilla(s) in register ${g.register} (prepare |0>, post-select |0> at the end); T ${g.tWithout} -> ${g.tWith}`);
      } else if (ancillas === 'gadgets') io.out('hadamard gadgets: no T-count gain, output has no ancillas');
      if (report.routing) {
        io.out(`routing: ${report.routing.swapCount} swap(s) on ${report.routing.coupling}${report.routing.perfectLayout ? ' (perfect layout: every 2-qubit gate on a coupler)' : report.routing.trials > 1 ? ` (best of ${report.routing.trials} layout trials)` : ''}; depth ${report.routing.depth} (2-qubit depth ${report.routing.twoQubitDepth})`);
        io.out(`initial layout (logical→physical): ${report.routing.initialLayout.slice(0, circuit.numQubits).join(' ')}`);
        io.out(`final layout   (logical→physical): ${report.routing.finalLayout.slice(0, circuit.numQubits).join(' ')}`);
      }
      if (report.synthesis) {
        const s = report.synthesis;
        io.out(`clifford+t: ${s.exactTCount} exact T; ${s.rotationCount} rotation(s) (${s.distinctAngleCount} distinct) synthesized at ε=${formatScientific(s.epsilonPerRotation, 3)} each: `
          + `${s.synthesizedTCount} T for the rotations (${s.exactTCount + s.synthesizedTCount} T in total), mean ${formatFixed(s.tCountPerRotationMean, 1)} / max ${s.tCountPerRotationMax} per rotation `
          + `(estimate 3·log₂(1/ε)+2 = ${s.estimatedTCountPerRotation}), max distance ${formatScientific(s.maxDistance, 3)}`);
      }
      if (outPath !== undefined) {
        outputs.add(outPath, emitFor(out, args.qasm === 3 ? 3 : 2, target));
        outputs.commit();
        io.out(`wrote ${outPath}`);
      }
      return 0;
    });
  },
};
