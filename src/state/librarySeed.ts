import { parsePlaybook } from '../domain/parse';
import type { PlaybookRepository } from '../persistence';

/**
 * Set once the examples were offered. Any value stops seeding: 'done' after a seed, 'had-playbooks'
 * when the library was not empty, 'off' when a test (e2e/fixtures.ts) wants a truly empty library.
 */
export const SEED_KEY = 'rollbook.library.seeded';

/** The three reference examples, simplest first: what a newcomer should find in the library. */
const EXAMPLE_IDS = ['order-fulfilment-rollback', 'crm-merge-duplicates', 'minimal-saga'];

function readFlag(): string | null | undefined {
  try {
    return localStorage.getItem(SEED_KEY);
  } catch {
    return undefined; // storage unreadable: do not seed, rather than seed on every start
  }
}

function writeFlag(value: string): void {
  try {
    localStorage.setItem(SEED_KEY, value);
  } catch {
    // Not remembered: the non-empty library stops the next start from seeding again.
  }
}

/**
 * On the very first start in a browser, puts the example playbooks into the empty library, so a
 * newcomer has something complete to open (DESIGN.md: the app opens "with the example playbooks in
 * the library"). Never again after that, even if the user deletes them; never into a library that
 * already holds anything. Returns how many were added.
 */
export async function seedExamplesOnFirstRun(repository: PlaybookRepository): Promise<number> {
  if (readFlag() !== null) return 0;
  const listed = await repository.list();
  if (!listed.ok) return 0;
  if (listed.value.length > 0) {
    writeFlag('had-playbooks');
    return 0;
  }
  // Loaded only here, on a first start: the templates' JSON stays out of the initial JavaScript.
  const { TEMPLATES } = await import('../templates');
  let added = 0;
  // Created in reverse so the most instructive example ends up newest, at the top of the list.
  for (const id of [...EXAMPLE_IDS].reverse()) {
    const template = TEMPLATES.find((candidate) => candidate.id === id);
    const parsed = template ? parsePlaybook(template.json) : null;
    if (!parsed?.ok) continue;
    const created = await repository.create({ ...parsed.playbook, review: { approvals: [] } });
    if (created.ok) added += 1;
  }
  if (added > 0) writeFlag('done');
  return added;
}
