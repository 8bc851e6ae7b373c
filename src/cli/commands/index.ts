import type { CliCommand } from '../command';
import { drillCommand } from './drill';
import { exportCommand } from './export';
import { hashCommand } from './hash';
import { importCommand } from './import';
import { lintCommand } from './lint';
import { reviewKeygenCommand } from './reviewKeygen';
import { reviewSignCommand } from './reviewSign';
import { reviewVerifyCommand } from './reviewVerify';
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
  importCommand,
  hashCommand,
  reviewVerifyCommand,
  reviewSignCommand,
  reviewKeygenCommand,
];
