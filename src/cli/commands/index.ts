import { QnCommand } from '../command';

/** Every CLI command, in the order `qnewton --help` lists them. Add one import + one entry per command. */
export const COMMANDS: readonly QnCommand[] = [
];
