import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { examplePath } from '../fixtures/examples';
import { rollbook } from './cliHarness';

/** A scratch folder holding a copy of order-fulfilment-rollback (author dana, ops-lead approves). */
export function workspace(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const path = (name: string) => join(dir, name);
  const write = (name: string, value: unknown) => {
    writeFileSync(path(name), typeof value === 'string' ? value : JSON.stringify(value, null, 2));
    return path(name);
  };
  const read = (name: string) => JSON.parse(readFileSync(path(name), 'utf8')) as Record<string, unknown>;
  const playbook = (name = 'playbook.json') =>
    write(name, readFileSync(examplePath('order-fulfilment-rollback'), 'utf8'));
  return { dir, path, write, read, playbook };
}

/** `rollbook review keygen` for a person; returns the key file and their team file entry. */
export async function keygen(ws: ReturnType<typeof workspace>, name: string, roles: string[]) {
  const file = ws.path(`${name}.jwk`);
  const run = await rollbook(
    'review',
    'keygen',
    '-o',
    file,
    '--name',
    name,
    ...roles.flatMap((r) => ['--role', r]),
    '--json',
  );
  if (run.code !== 0) throw new Error(`keygen failed: ${run.stderr}`);
  return { file, entry: JSON.parse(run.stdout).teamEntry as Record<string, unknown> };
}

export const team = (...people: unknown[]) => ({ rollbookTeam: 1, name: 'Payments operations', people });

/** The approvals of a playbook file. */
export const approvalsIn = (document: Record<string, unknown>) =>
  (document.review as { approvals: Record<string, unknown>[] }).approvals;

/** `rollbook review sign FILE --key KEY --reviewer NAME --role ROLE --decision D …rest`. */
export const reviewSign = (
  file: string,
  key: string,
  reviewer: string,
  role: string,
  decision: string,
  ...rest: string[]
) =>
  rollbook(
    'review',
    'sign',
    file,
    '--key',
    key,
    '--reviewer',
    reviewer,
    '--role',
    role,
    '--decision',
    decision,
    ...rest,
  );
