import { readFileSync } from 'node:fs';
import { parsePlaybookJson } from '../../src/domain/parse';
import type { Playbook } from '../../src/domain/types';
import { RollbookDatabase } from '../../src/persistence/database';
import { createPlaybookRepository } from '../../src/persistence/playbookRepository';
import type { RepositoryOptions } from '../../src/persistence/repositoryContext';

/** An example playbook from src/templates/examples, parsed. */
export function example(name = 'minimal-saga'): Playbook {
  const text = readFileSync(new URL(`../../src/templates/examples/${name}.json`, import.meta.url), 'utf8');
  const parsed = parsePlaybookJson(text);
  if (!parsed.ok) throw new Error(`fixture ${name} does not parse`);
  return parsed.playbook;
}

export function exampleText(name = 'minimal-saga'): string {
  return readFileSync(new URL(`../../src/templates/examples/${name}.json`, import.meta.url), 'utf8');
}

/** A settable clock for the repository. */
export function fakeClock(start = Date.parse('2025-07-01T09:00:00Z')) {
  let now = start;
  return {
    now: () => new Date(now),
    advance(ms: number) {
      now += ms;
    },
  };
}

let databases = 0;

/** A fresh database (fake-indexeddb, imported by the test file) and a repository over it. */
export function freshRepository(options: RepositoryOptions = {}) {
  databases += 1;
  const db = new RollbookDatabase(`rollbook-test-${databases}-${Math.random().toString(36).slice(2)}`);
  let ids = 0;
  const clock = fakeClock();
  const repository = createPlaybookRepository(db, {
    now: clock.now,
    newId: () => {
      ids += 1;
      return `pb-${ids}`;
    },
    tabId: 'tab-a',
    ...options,
  });
  return { db, repository, clock };
}

/** Unwraps a Result in a test, failing with the error's message. */
export function value<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(`expected ok, got: ${result.error.message}`);
  return result.value;
}

/**
 * Overwrites a stored row with a draft whose edge points at no node, and a summary that says so
 * (not valid, two problems): the row a draft saved mid-edit leaves, which the quick read must not
 * vouch for. `summarySaysValid` keeps the old "valid" summary instead: a row changed behind the
 * app's back.
 */
export async function storeDraftWithProblems(
  db: RollbookDatabase,
  id: string,
  { summarySaysValid = false } = {},
): Promise<void> {
  const row = await db.playbooks.get(id);
  if (!row) throw new Error(`no row ${id}`);
  const broken = { ...example(), edges: [{ id: 'x', source: 'nowhere', target: 'nowhere', kind: 'next' }] };
  await db.playbooks.put({
    ...row,
    documentText: JSON.stringify(broken),
    summary: summarySaysValid ? row.summary : { ...row.summary, valid: false, problemCount: 2 },
  });
}
