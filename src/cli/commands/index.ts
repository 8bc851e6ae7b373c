import type { CliCommand } from '../command';
import { drillCommand } from './drill';
import { exportCommand } from './export';
import { lintCommand } from './lint';
import { schemaCommand } from './schema';
import { simulateCommand } from './simulate';
import { validateCommand } from './validate';

/** Every `rollbook` command, in the order `rollbook --help` lists them. Add a command here. */
export const COMMANDS: readonly CliCommand[] = [
  validateCommand,
  lintCommand,
  simulateCommand,
  drillCommand,
  exportCommand,
  schemaCommand,
];
