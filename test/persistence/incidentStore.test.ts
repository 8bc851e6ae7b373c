import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { buildProcedure } from '../../src/incidents/procedure';
import { RollbookDatabase } from '../../src/persistence/database';
import { createIncidentStore } from '../../src/persistence/incidentStore';
import { createPlaybookRepository } from '../../src/persistence/playbookRepository';
import { orderPlaybook } from '../incidents/incidentRecord';
import { value } from './helpers';

let count = 0;
const fresh = () => {
  count += 1;
  const db = new RollbookDatabase(`incidents-${count}-${Math.random().toString(36).slice(2)}`);
  let clock = Date.parse('2026-12-04T03:00:00Z');
  const now = () => {
    clock += 60_000;
    return new Date(clock);
  };
  return {
    db,
    now,
    store: createIncidentStore(db, { now }),
    repository: createPlaybookRepository(db, { now }),
  };
};

describe('incident store', () => {
  it('keeps every tick at once, survives reopening, and its chain verifies from the audit log', async () => {
    const { db, now, store, repository } = fresh();
    const playbook = orderPlaybook();
    const opened = value(await repository.create(playbook, { actor: 'dana' }));
    const procedure = buildProcedure(playbook);
    const started = value(
      await store.start({
        id: 'inc-1',
        playbookId: opened.id,
        playbookName: playbook.name,
        revision: 1,
        contentHash: `sha256:${'b'.repeat(64)}`,
        rtoMs: procedure.rtoMs,
        steps: procedure.steps,
        actor: 'dana',
      }),
    );
    const s2 = procedure.steps.find((s) => s.nodeId === 's2')!;
    await store.record(
      'inc-1',
      { type: 'step', step: s2.number, nodeId: 's2', label: s2.label, outcome: 'failed' },
      'dana',
    );

    // A crash right after the tick: a new connection reads it back.
    db.close();
    const db2 = new RollbookDatabase(db.name);
    const reopened = createIncidentStore(db2, { now });
    const read = value(await reopened.get('inc-1'));
    expect(read?.entries.map((e) => e.type)).toEqual(['started', 'step']);
    expect(read?.auditAnchor).toBe(started.auditAnchor);

    const closed = value(await reopened.finish('inc-1', { end: 'resolved', actor: 'sam' }));
    expect(value(await reopened.verify('inc-1'))).toMatchObject({ ok: true, entries: 3 });
    const repository2 = createPlaybookRepository(db2, { now });
    const audit = value(await repository2.auditLog(opened.id));
    expect(audit.map((e) => e.action)).toEqual(['created', 'incident-started', 'incident-finished']);
    expect(audit[1]!.hash).toBe(started.auditAnchor);
    expect(audit[2]!.detail).toContain(closed.entries.at(-1)!.hash);
    expect(value(await repository2.verifyAudit(opened.id)).ok).toBe(true);
    expect(value(await reopened.list(opened.id)).map((r) => r.id)).toEqual(['inc-1']);

    // Cutting the closed record short breaks it against the audit log's close entry.
    const full = (await db2.incidents.get('inc-1'))!;
    await db2.incidents.put({ ...full, entries: full.entries.slice(0, 2) });
    expect(value(await reopened.verify('inc-1'))).toMatchObject({ ok: false });
    await db2.incidents.put(full);

    // A closed incident takes no more ticks.
    const late = await reopened.record(
      'inc-1',
      { type: 'step', step: 1, nodeId: 'cp1', label: 'x', outcome: 'done' },
      'dana',
    );
    expect(late.ok).toBe(false);
  });

  it('an edited stored record no longer verifies', async () => {
    const { db, store, repository } = fresh();
    const playbook = orderPlaybook();
    const opened = value(await repository.create(playbook, { actor: 'dana' }));
    const procedure = buildProcedure(playbook);
    await store.start({
      id: 'inc-2',
      playbookId: opened.id,
      playbookName: 'x',
      revision: 1,
      contentHash: 'sha256:x',
      rtoMs: null,
      steps: procedure.steps,
      actor: 'dana',
    });
    await store.record(
      'inc-2',
      { type: 'step', step: 1, nodeId: 'cp1', label: 'Snapshot', outcome: 'done' },
      'dana',
    );
    const stored = (await db.incidents.get('inc-2'))!;
    await db.incidents.put({
      ...stored,
      entries: stored.entries.map((e) => (e.type === 'step' ? { ...e, actor: 'mallory' } : e)),
    });
    expect(value(await store.verify('inc-2'))).toMatchObject({ ok: false, index: 1 });
  });
});
