import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parsePlaybook } from '../../src/domain/parse';
import type { Playbook } from '../../src/domain/types';
import { toFlow } from '../../src/graph/toFlow';
import order from '../../src/templates/examples/order-fulfilment-rollback.json';

const parsed = parsePlaybook(order);
if (!parsed.ok) throw new Error('example invalid');
const example: Playbook = parsed.playbook;

/** A localStorage of the browser's shape, over a Map; `full` makes every write fail as a full one does. */
function memoryStorage(initial: Record<string, string>) {
  const items = new Map(Object.entries(initial));
  const storage = {
    full: false,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => {
      if (storage.full) throw new DOMException('quota', 'QuotaExceededError');
      items.set(key, value);
    },
    removeItem: (key: string) => items.delete(key),
  };
  return storage;
}

/** Loads the stores fresh over `initial`, as a page start would (they read localStorage once). */
async function startWith(initial: Record<string, string>) {
  const storage = memoryStorage(initial);
  vi.stubGlobal('localStorage', storage);
  vi.resetModules();
  const profile = await import('../../src/state/profileStore');
  const drills = await import('../../src/state/drillBook');
  const clipboard = await import('../../src/state/clipboard');
  const documents = await import('../../src/state/documentStore');
  const canvas = await import('../../src/state/canvasStore');
  return { storage, profile, drills, clipboard, documents, canvas };
}

const summary = { runs: 18, consistent: 17, withinRto: 16, notReached: 0, worstRecoveryMs: 90_000 };

describe('stores kept in localStorage', () => {
  beforeEach(() => vi.unstubAllGlobals());
  afterEach(() => vi.unstubAllGlobals());

  it('the profile saved before persist loads, and is written back in the same shape', async () => {
    const { storage, profile } = await startWith({
      'rollbook.profile.v1': JSON.stringify({ name: 'Dana', role: 'sre' }),
    });
    expect(profile.profileStore.getState()).toEqual({ name: 'Dana', role: 'sre' });
    profile.profileActions.profileChanged({ name: '  Eve ', role: 'dba ' });
    expect(JSON.parse(storage.getItem('rollbook.profile.v1')!)).toEqual({ name: 'Eve', role: 'dba' });
    expect(profile.actorName()).toBe('Eve');
  });

  it('a profile field that is not text reads as empty; unreadable JSON as no profile', async () => {
    const partial = await startWith({ 'rollbook.profile.v1': JSON.stringify({ name: 'Dana', role: 7 }) });
    expect(partial.profile.profileStore.getState()).toEqual({ name: 'Dana', role: '' });
    const broken = await startWith({ 'rollbook.profile.v1': '{not json' });
    expect(broken.profile.actorName()).toBe('anonymous');
  });

  it('a drill book saved before persist loads; a damaged record is dropped, its neighbours kept', async () => {
    const good = { contentHash: 'sha256:aa', at: '2026-11-30T10:00:00Z', summary };
    const { storage, drills } = await startWith({
      'rollbook.drills.v1': JSON.stringify({ p1: [good, { contentHash: 5 }], p2: 'nonsense' }),
    });
    expect(drills.drillsOf('p1')).toEqual([good]);
    expect(drills.drillsOf('p2')).toEqual([]);
    const newer = { ...good, contentHash: 'sha256:bb', summary: { ...summary, consistent: 18 } };
    drills.recordDrill('p1', newer);
    expect(drills.drillForHash('p1', 'sha256:bb')?.summary.consistent).toBe(18);
    const stored = JSON.parse(storage.getItem('rollbook.drills.v1')!);
    expect(stored.p1.map((record: { contentHash: string }) => record.contentHash)).toEqual([
      'sha256:bb',
      'sha256:aa',
    ]);
  });

  it('a drill of the same content replaces its older score, and a playbook keeps ten', async () => {
    const { drills } = await startWith({});
    for (let index = 0; index < 12; index += 1) {
      drills.recordDrill('p1', { contentHash: `sha256:${index}`, at: '2026-11-30T10:00:00Z', summary });
    }
    drills.recordDrill('p1', { contentHash: 'sha256:5', at: '2026-12-01T10:00:00Z', summary });
    const hashes = drills.drillsOf('p1').map((record) => record.contentHash);
    expect(hashes).toHaveLength(10);
    expect(hashes[0]).toBe('sha256:5');
    expect(hashes.filter((hash) => hash === 'sha256:5')).toHaveLength(1);
  });

  it('a clipboard copied before persist pastes, with fresh ids', async () => {
    const node = example.nodes.find((candidate) => candidate.id === 's1')!;
    const { clipboard, documents } = await startWith({
      'rollbook.clipboard.v1': JSON.stringify({ format: 'rollbook.clipboard', nodes: [node], edges: [] }),
    });
    documents.loadDocument(example);
    clipboard.pasteClipboard();
    const after = documents.documentStore.getState().document;
    expect(after.nodes).toHaveLength(example.nodes.length + 1);
    expect(after.nodes.at(-1)?.label).toBe(node.label);
    expect(after.nodes.at(-1)?.id).not.toBe('s1');
  });

  it('a stored clipboard whose node has no valid kind is refused, as is another format', async () => {
    const node = { ...example.nodes[0]!, kind: 'teleport' };
    for (const stored of [
      { format: 'rollbook.clipboard', nodes: [node], edges: [] },
      { format: 'something.else', nodes: [example.nodes[0]], edges: [] },
    ]) {
      const { clipboard, documents } = await startWith({ 'rollbook.clipboard.v1': JSON.stringify(stored) });
      documents.loadDocument(example);
      clipboard.pasteClipboard();
      expect(documents.documentStore.getState().document.nodes).toHaveLength(example.nodes.length);
      expect(documents.documentStore.getState().refusal).toMatch(/Nothing to paste/);
    }
  });

  it('copy writes the clipboard itself under the old key, and says so when storage is full', async () => {
    const { storage, clipboard, documents, canvas } = await startWith({});
    documents.loadDocument(example);
    const flow = toFlow(example);
    canvas.canvasStore.setState({
      nodes: flow.nodes.map((node) => ({ ...node, selected: node.id === 's1' })),
      edges: flow.edges,
    });
    expect(clipboard.copySelected()).toBe(1);
    const stored = JSON.parse(storage.getItem('rollbook.clipboard.v1')!);
    expect(stored.format).toBe('rollbook.clipboard');
    expect(stored.nodes.map((node: { id: string }) => node.id)).toEqual(['s1']);
    storage.full = true;
    clipboard.copySelected();
    expect(documents.documentStore.getState().refusal).toBe('Could not copy: the browser storage is full');
  });
});
