import type { CliCommand } from '../command';
import { schemaCommand } from './schema';
import { validateCommand } from './validate';

/** Every `rollbook` command, in the order `rollbook --help` lists them. Add a command here. */
export const COMMANDS: readonly CliCommand[] = [validateCommand, schemaCommand];
