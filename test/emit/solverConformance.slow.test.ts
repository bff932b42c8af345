import { makeRhs, synthesizeLinearSolver } from '../../src/synth';
import { spdWithSpreadSpectrum } from '../synth/helpers';
import { checkSolverFiles } from './conformance/solverFiles';

const SPD4 = { rows: 4, cols: 4, data: Float64Array.from([4, 1, 0, 0.5, 1, 3, 0.2, 0, 0, 0.2, 2, 0.3, 0.5, 0, 0.3, 1.5]) };

describe('solver circuits with the FABLE, LCU and sparse block encodings as OpenQASM 3 and 2 (slow)', () => {
  it.each([['fable', 4], ['lcu', 4], ['sparse', 2]] as const)('QSVT, %s block encoding, N = %i', (blockEncoding, n) => {
    const matrix = n === 4 ? SPD4 : spdWithSpreadSpectrum(2, 3, 1);
    checkSolverFiles(synthesizeLinearSolver({ matrix, rhs: makeRhs('random', n, 5) }, { solver: 'qsvt', epsilon: 0.05, blockEncoding }));
  });
});
