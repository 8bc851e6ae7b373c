import { readFileSync } from 'node:fs';
import { parsePlaybook, parsePlaybookJson } from '../../src/domain/parse';
import type { Playbook, PlaybookInput } from '../../src/domain/types';

export const EXAMPLES = ['minimal-saga', 'order-fulfilment-rollback', 'crm-merge-duplicates'] as const;

/** A shipped example, parsed (defaults applied). */
export function example(name: string): Playbook {
  const result = parsePlaybookJson(readFileSync(`src/templates/examples/${name}.json`, 'utf8'));
  if (!result.ok) throw new Error(`${name} does not parse: ${JSON.stringify(result.errors)}`);
  return result.playbook;
}

/** A playbook written inline in a test, parsed so defaults apply exactly as for a file. */
export function playbookOf(input: Omit<PlaybookInput, 'format' | 'schemaVersion'>): Playbook {
  const result = parsePlaybook({ format: 'rollbook.playbook', schemaVersion: 1, ...input });
  if (!result.ok) throw new Error(`test playbook does not parse: ${JSON.stringify(result.errors)}`);
  return result.playbook;
}
