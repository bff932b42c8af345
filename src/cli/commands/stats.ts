import { formatTable } from '../../format';
import type { Argv } from 'yargs';
import { QnCommand } from '../command';
import { CliIo } from '../io';
import { circuitStats } from '../../analysis';
import { loadCircuitFile } from '../../parse';
import { ANGLE_CLASS_TOLERANCE_RAD } from '../../ops';
import { expansionArg, withExpansionOption } from './expansionArg';

/** `qnewton stats FILE`: qubits, clbits, gate counts by name, depth and 2-qubit gate count of an OpenQASM file. */
export const statsCommand: QnCommand = {
  command: 'stats <file>',
  describe: 'print qubit/clbit counts, gate counts by name, depth and 2-qubit gate count of an OpenQASM 2/3 circuit',
  builder: (y: Argv) => withExpansionOption(y)
    .positional('file', { type: 'string', describe: 'OpenQASM 2 or 3 file' })
    .option('json', { type: 'boolean', default: false, describe: 'print the statistics as JSON' }),
  run(args: Record<string, unknown>, io: CliIo): number {
    const file = String(args.file);
    const s = circuitStats(loadCircuitFile(file, expansionArg(args)));
    if (args.json) {
      io.out(JSON.stringify({ file, ...s }, null, 2));
      return 0;
    }
    io.out(`${file}`);
    io.out(`  qubits: ${s.numQubits} (${s.usedQubits} used)   clbits: ${s.numClbits}`);
    io.out(`  instructions: ${s.instructionCount}   gates: ${s.gateCount}`);
    io.out(`  depth: ${s.depth}   2-qubit depth: ${s.twoQubitDepth}`);
    io.out(`  2-qubit gates: ${s.twoQubitGateCount}   gates on 3+ qubits: ${s.multiQubitGateCount}`);
    const r = s.resourceCounts;
    io.out(`  flattened to standard gates: ${r.stdGates.gates} gates, ${r.stdGates.twoQubitGates} 2-qubit, ${r.stdGates.tCount} T-like`);
    io.out(`  clifford+t (CCX/CCZ whole): ${r.cliffordT.gates} gates, ${r.cliffordT.cnotCount} CNOT, ${r.cliffordT.tCount} T, ` +
      `${r.cliffordT.toffoliCount} Toffoli, ${r.cliffordT.rotationCount} rotations (T-like: within ${ANGLE_CLASS_TOLERANCE_RAD} rad of an odd multiple of π/4)`);
    io.out('  counts by name (as written):');
    for (const line of formatTable(['gate', 'count'], Object.entries(s.gateCounts).map(([name, n]) => [name, String(n)]), undefined, '    ')) io.out(line);
    return 0;
  },
};
