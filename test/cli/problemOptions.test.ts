/**
 * The problem options of `estimate` and `breakeven` are declared once (src/schedule/estimate/problemOptions.ts):
 * the CLI's defaults are the library's (read both from the schema), its help shows them, and the
 * library's flag-free error messages get the CLI's flag added by the CLI layer.
 */
import { runCapture } from './helpers';
import { DATA_LOADING_OPTIONS, PROBLEM_OPTIONS, SOLVER_OPTIONS, estimateNetworkSolve } from '../../src/schedule/estimate';
import { analyzeBreakeven } from '../../src/schedule/breakeven';
import { PROBLEM_FLAGS } from '../../src/cli/commands/problemArgs';
import { flagOf } from '../../src/cli/numericOptions';
import yargs from 'yargs';
import type { QnCommand } from '../../src/cli/command';
import { trainCommand } from '../../src/cli/commands/train';
import { runCommand } from '../../src/cli/commands/run';
import { SCHEDULE_DEFAULTS } from '../../src/schedule/scheduler';

/** Every schema entry that has a fixed default, as a library input with that default given explicitly. */
function explicitDefaults(schema: Readonly<Record<string, { readonly default?: unknown }>>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(schema).filter(([, s]) => s.default !== undefined).map(([k, s]) => [k, s.default]));
}

describe('problem options: one schema for the library and the CLI', () => {
  it('the schema has the defaults the reports show', () => {
    const e = estimateNetworkSolve({ n: 1000, flopRatePerSecond: 1e10 });
    expect(e.problem).toMatchObject({ sparsity: PROBLEM_OPTIONS.sparsity.default, kappa: PROBLEM_OPTIONS.kappa.default, epsilon: PROBLEM_OPTIONS.epsilon.default });
    expect(e.hardware.name).toBe(PROBLEM_OPTIONS.hardware.default);
    expect(e.errorBudget).toBe(PROBLEM_OPTIONS.errorBudget.default);
    expect(e.solver).toMatchObject({ name: SOLVER_OPTIONS.solver.default, costModel: SOLVER_OPTIONS.costModel.default });
    expect(e.qec).toBe(SOLVER_OPTIONS.qec.default);
  });

  it('estimate: the CLI with no options = the library with every schema default given explicitly', async () => {
    const run = await runCapture(['estimate', '--n', '1000', '--flop-rate', '1e10', '--json']);
    expect(run.stderr).toBe('');
    const explicit = estimateNetworkSolve({
      n: 1000, flopRatePerSecond: 1e10, ...explicitDefaults(PROBLEM_OPTIONS), ...explicitDefaults(SOLVER_OPTIONS), ...explicitDefaults(DATA_LOADING_OPTIONS),
    });
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(JSON.stringify(explicit)));
  });

  it('breakeven: the CLI with no options = the library with every schema default given explicitly', async () => {
    const run = await runCapture(['breakeven', '--n', '1000', '--flop-rate', '1e10', '--search-hardware', '', '--json']);
    expect(run.stderr).toBe('');
    const explicit = analyzeBreakeven({ n: 1000, flopRatePerSecond: 1e10, searchProfiles: [], ...explicitDefaults(PROBLEM_OPTIONS) });
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(JSON.stringify(explicit)));
  });

  it.each(['estimate', 'breakeven'])('%s --help shows every schema default beside its flag', async (command) => {
    const run = await runCapture([command, '--help']);
    const help = run.stdout.replace(/\s+/g, ' ');
    for (const [name, spec] of Object.entries(PROBLEM_OPTIONS)) {
      const flag = flagOf(PROBLEM_FLAGS[name as keyof typeof PROBLEM_OPTIONS]);
      const at = help.indexOf(` ${flag} `);
      expect(at).toBeGreaterThan(0);
      const entry = help.slice(at, help.indexOf(' [', at)); // its text ends at yargs' type tag, e.g. [number]
      const dflt = spec.default !== undefined ? String(spec.default) : spec.defaultText;
      if (dflt !== undefined) expect(entry).toContain(`(default ${dflt})`);
    }
  });

  it.each(['estimate', 'train', 'run'])('%s --help shows the data-loading defaults beside their flags', async (command) => {
    const run = await runCapture([command, '--help']);
    const help = run.stdout.replace(/\s+/g, ' ');
    for (const [name, spec] of Object.entries(DATA_LOADING_OPTIONS)) {
      const flag = flagOf(PROBLEM_FLAGS[name as keyof typeof DATA_LOADING_OPTIONS]);
      const at = help.indexOf(` ${flag} `);
      expect(at).toBeGreaterThan(0);
      const entry = help.slice(at, help.indexOf(' [', at));
      expect(entry).toContain(`(default ${spec.default !== undefined ? String(spec.default) : spec.defaultText})`);
    }
  });

  it.each([
    [['--n', '100', '--qubit-budget', '0'], /logical-qubit budget .*\(--qubit-budget\)$/],
    [['--n', '100', '--qubit-budget', '2.5'], /logical-qubit budget .*\(--qubit-budget\)$/],
    [['--n', '100', '--kappa', '0.9'], /condition number κ .*\(--kappa\)$/],
    [['--n', '100', '--sparsity', '101'], /row sparsity d .*\(--sparsity, --n \/ --params\)$/],
    [['--n', '100', '--epsilon', '2'], /target error ε .*\(--epsilon\)$/],
    [['--n', '100', '--budget', '0'], /error budget .*\(--budget\)$/],
    [['--params', '2.5'], /network parameters P .*\(--params\)$/],
    [['--n', '100', '--cost-model', 'query', '--qec', 'surface_code'], /error correction none.*\(--cost-model, --qec\)$/],
  ])('estimate %j: the library message names the quantity, the CLI adds the flag', async (argv, message) => {
    const run = await runCapture(['estimate', ...argv, '--flop-rate', '1e9']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(message);
  });
});

/** The yargs defaults a command declares (getOptions() is public at run time in yargs 17 but missing from @types/yargs). */
function yargsDefaults(command: QnCommand): Record<string, unknown> {
  const built = command.builder(yargs([])) as unknown as { getOptions(): { default: Record<string, unknown> } };
  return built.getOptions().default;
}

describe('schedule options: train and run take their defaults from the scheduler and estimate schemas', () => {
  const sharedKeys: ReadonlyArray<[string, keyof typeof SCHEDULE_DEFAULTS]> = [
    ['steps', 'steps'], ['batch', 'batchSize'], ['c', 'c'], ['sparsity', 'sparsity'], ['epsilon', 'epsilon'], ['solver', 'solver'],
    ['readout', 'readout'], ['simulate-max-n', 'simulateMaxN'], ['hessian', 'hessian'], ['hessian-sample-rows', 'hessianSampleRows'],
    ['seed', 'seed'], ['train-count', 'trainCount'], ['flop-rate', 'flopRate'], ['model', 'model'],
  ];
  it.each(sharedKeys)('train --%s default = the library default of %s', (flag, key) => {
    expect(yargsDefaults(trainCommand)[flag]).toEqual(SCHEDULE_DEFAULTS[key]);
  });
  it('train and run: hardware and cost-model defaults = the estimate schema', () => {
    for (const cmd of [trainCommand, runCommand]) {
      expect(yargsDefaults(cmd).hardware).toBe(PROBLEM_OPTIONS.hardware.default);
      expect(yargsDefaults(cmd)['cost-model']).toBe(SOLVER_OPTIONS.costModel.default);
    }
  });
  it('train and run: no yargs default for the data-loading options (the library applies the schema default)', () => {
    for (const cmd of [trainCommand, runCommand]) {
      expect(yargsDefaults(cmd).oracle).toBeUndefined();
      expect(yargsDefaults(cmd)['qubit-budget']).toBeUndefined();
    }
  });
  it.each([['batch', 'batchSize'], ['seed', 'seed'], ['c', 'c'], ['sparsity', 'sparsity'], ['epsilon', 'epsilon'], ['solver', 'solver'], ['readout', 'readout']] as const)(
    'run --%s default = the scheduler default of %s', (flag, key) => {
      expect(yargsDefaults(runCommand)[flag]).toEqual(SCHEDULE_DEFAULTS[key]);
    });
});
