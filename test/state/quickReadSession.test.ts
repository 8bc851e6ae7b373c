import 'fake-indexeddb/auto';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { example, value } from '../persistence/helpers';

// The session listens for the page being hidden; this suite runs in Node, so give it both targets.
vi.stubGlobal('window', new EventTarget());
vi.stubGlobal('document', Object.assign(new EventTarget(), { visibilityState: 'visible' }));

const { database, repository } = await import('../../src/state/persistenceContext');
const { closePlaybook, confirmStoredRead, flushAutosave, openPlaybook, sessionStore } = await import(
  '../../src/state/persistenceSession'
);
const { documentStore, validate } = await import('../../src/state/documentStore');

const brokenEdges = [{ id: 'x', source: 'nowhere', target: 'nowhere', kind: 'next' }];

/** Stores a playbook whose row claims it is valid while its text is `document` (changed behind the app's back). */
async function storedBehindTheAppsBack(document: unknown): Promise<string> {
  const created = value(await repository.create(example()));
  const row = (await database.playbooks.get(created.id))!;
  await database.playbooks.put({ ...row, documentText: JSON.stringify(document) });
  return created.id;
}

it('a page that does not ask for the full read (review) gets it after three seconds', async () => {
  vi.useFakeTimers({ toFake: ['setTimeout'] });
  try {
    const id = await storedBehindTheAppsBack({ ...example(), edges: brokenEdges });
    await openPlaybook(id);
    vi.advanceTimersByTime(2_900);
    expect(documentStore.getState().problems).toEqual([]);
    vi.advanceTimersByTime(200);
    expect(documentStore.getState().problems.map((problem) => problem.path)).toContain('/edges/0/source');
  } finally {
    vi.useRealTimers();
    await closePlaybook();
  }
});

describe('the designer opens a stored playbook from its quick read, then confirms it (issue 20)', () => {
  beforeAll(() => {
    vi.useRealTimers();
  });
  afterEach(async () => {
    await closePlaybook();
  });

  it('a row the app wrote opens at once and stays as it was drawn', async () => {
    const created = value(await repository.create(example('order-fulfilment-rollback')));
    await openPlaybook(created.id);
    expect(sessionStore.getState().phase).toBe('open');
    const drawn = documentStore.getState().document;
    expect(drawn.name).toBe('Order fulfilment rollback');
    // The designer asks for the full read once drawn; it agrees, so the document drawn is kept.
    confirmStoredRead();
    expect(documentStore.getState().document).toBe(drawn);
    expect(documentStore.getState().problems).toEqual([]);
  });

  it('a row whose summary vouches for broken references shows their problems once the full read ran', async () => {
    const id = await storedBehindTheAppsBack({ ...example(), edges: brokenEdges });
    await openPlaybook(id);
    expect(documentStore.getState().problems).toEqual([]);
    confirmStoredRead();
    expect(documentStore.getState().problems.map((problem) => problem.path)).toContain('/edges/0/source');
    expect(sessionStore.getState().phase).toBe('open');
  });

  it('a row whose text the full read cannot take closes the designer on the damaged message', async () => {
    const id = await storedBehindTheAppsBack({ ...example(), nodes: 'not a list of nodes' });
    const before = (await database.playbooks.get(id))!.documentText;
    await openPlaybook(id);
    // The quick read refuses what the canvas could not draw: it fails at once, nothing drawn.
    expect(sessionStore.getState().phase).toBe('failed');
    const teleport = { id: 'n1', kind: 'teleport', label: 'Beam it back', position: { x: 0, y: 0 } };
    const shapeBroken = await storedBehindTheAppsBack({ ...example(), nodes: [teleport], edges: [] });
    await openPlaybook(shapeBroken);
    expect(sessionStore.getState().phase).toBe('open');
    confirmStoredRead();
    expect(sessionStore.getState().phase).toBe('failed');
    expect(sessionStore.getState().failure).toMatch(/cannot be read/);
    expect((await database.playbooks.get(id))!.documentText).toBe(before);
  });

  it('an edit saved before the full read ran is kept: the row was rewritten with a summary of its own', async () => {
    const id = await storedBehindTheAppsBack({ ...example(), edges: brokenEdges });
    await openPlaybook(id);
    const drawn = documentStore.getState().document;
    // As an edit does (`dispatch`): the new document and its validation.
    const edited = { ...drawn, name: 'Edited before the full read' };
    documentStore.setState({ document: edited, problems: validate(edited) });
    expect((await flushAutosave()).kind).toBe('saved');
    confirmStoredRead();
    expect(documentStore.getState().document.name).toBe('Edited before the full read');
    const row = (await database.playbooks.get(id))!;
    expect(row.summary.valid).toBe(false); // the save judged the document it wrote
  });
});
