import { QnCommand } from '../command';
import { hessianCommand } from './hessian';
import { analyzeCommand } from './analyze';
import { convertCommand } from './convert';
import { compileCommand } from './compile';
import { validateCommand } from './validate';
import { simulateCommand } from './simulate';
import { statsCommand } from './stats';
import { optimizeCommand } from './optimize';
import { verifyCommand } from './verify';
import { estimateCommand } from './estimate';
import { breakevenCommand } from './breakeven';
import { trainCommand } from './train';
import { runCommand } from './run';

/** Every CLI command, in the order `qnewton --help` lists them. Add one import + one entry per command. */
export const COMMANDS: readonly QnCommand[] = [
  hessianCommand,
  analyzeCommand,
  convertCommand,
  compileCommand,
  validateCommand,
  simulateCommand,
  statsCommand,
  optimizeCommand,
  verifyCommand,
  estimateCommand,
  breakevenCommand,
  trainCommand,
  runCommand,
];
