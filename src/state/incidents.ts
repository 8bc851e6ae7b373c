import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Playbook, Scenario } from '../domain/types';
import {
  buildProcedure,
  type IncidentEnd,
  type IncidentRecord,
  type StepOutcome,
  withScenario,
} from '../incidents';
import { createIncidentStore } from '../persistence/incidentStore';
import { openPlaybookMutations } from '../queries/openPlaybookMutations';
import { playbookKeys } from '../queries/playbookKeys';
import { unwrap } from '../queries/repositoryFailure';
import { contentHash } from '../review/contentHash';
import { database, mutate, queryClient, repository, tabId } from './persistenceContext';
import { actorName } from './profileStore';

/** Incident records of this browser (issue 18), beside the playbooks in the same database. */
const store = createIncidentStore(database, { tabId });

const incidentKeys = {
  all: ['incidents'] as const,
  list: (playbookId: string) => [...incidentKeys.all, 'list', playbookId] as const,
  detail: (id: string) => [...incidentKeys.all, 'detail', id] as const,
  verification: (id: string) => [...incidentKeys.detail(id), 'verification'] as const,
};

const incidentQueries = {
  list: (playbookId: string) =>
    queryOptions({ queryKey: incidentKeys.list(playbookId), queryFn: () => unwrap(store.list(playbookId)) }),
  detail: (id: string) =>
    queryOptions({ queryKey: incidentKeys.detail(id), queryFn: () => unwrap(store.get(id)) }),
  verification: (id: string) =>
    queryOptions({ queryKey: incidentKeys.verification(id), queryFn: () => unwrap(store.verify(id)) }),
};

export const useIncidents = (playbookId: string) => useQuery(incidentQueries.list(playbookId));
export const useIncident = (id: string) => useQuery(incidentQueries.detail(id));
export const useIncidentVerification = (id: string) => useQuery(incidentQueries.verification(id));

export type ActionOutcome<T = null> = { ok: true; value: T } | { ok: false; message: string };

/** The record as stored: the cache takes it at once, so the checklist shows the tick it just wrote. */
function stored(record: IncidentRecord): void {
  queryClient.setQueryData(incidentKeys.detail(record.id), record);
  void queryClient.invalidateQueries({ queryKey: incidentKeys.verification(record.id) });
  void queryClient.invalidateQueries({ queryKey: incidentKeys.list(record.playbookId) });
  void queryClient.invalidateQueries({ queryKey: playbookKeys.audit(record.playbookId) });
}

export const incidentActions = {
  /** Opens an incident on the playbook as it is stored now: its procedure is copied into the record. */
  async started(playbookId: string, playbook: Playbook): Promise<ActionOutcome<IncidentRecord>> {
    const procedure = buildProcedure(playbook);
    const result = await store.start({
      id: crypto.randomUUID(),
      playbookId,
      playbookName: playbook.name,
      revision: playbook.revision,
      contentHash: await contentHash(playbook),
      rtoMs: procedure.rtoMs,
      steps: procedure.steps,
      actor: actorName(),
    });
    if (!result.ok) return { ok: false, message: result.error.message };
    stored(result.value);
    return { ok: true, value: result.value };
  },

  /** A tick: a step of the procedure, or (`step` null) one the operator did that is not in it. */
  async ticked(
    record: IncidentRecord,
    tick: { step: number | null; label: string; outcome: StepOutcome; note?: string },
  ): Promise<ActionOutcome> {
    const nodeId = record.steps.find((step) => step.number === tick.step)?.nodeId ?? null;
    const result = await store.record(record.id, { type: 'step', nodeId, ...tick }, actorName());
    if (!result.ok) return { ok: false, message: result.error.message };
    stored(result.value);
    return { ok: true, value: null };
  },

  async finished(record: IncidentRecord, end: IncidentEnd, note: string): Promise<ActionOutcome> {
    const result = await store.finish(record.id, {
      end,
      actor: actorName(),
      ...(note.trim() ? { note: note.trim() } : {}),
    });
    if (!result.ok) return { ok: false, message: result.error.message };
    stored(result.value);
    return { ok: true, value: null };
  },

  /**
   * "Make it a scenario": the scenario added to the stored playbook and saved as its next version,
   * the postmortem note as that version's message, so the history shows it beside the change.
   */
  async scenarioAdded(
    record: IncidentRecord,
    scenario: Scenario,
    note: { worked: string; change: string },
  ): Promise<ActionOutcome<{ revision: number }>> {
    const current = await repository.get(record.playbookId);
    if (!current.ok) return { ok: false, message: current.error.message };
    if (current.value.status !== 'ok')
      return { ok: false, message: 'The stored playbook is damaged; repair it first.' };
    const parts = [
      `Postmortem of the incident of ${record.startedAt.slice(0, 16).replace('T', ' ')} UTC: added the scenario “${scenario.name}”.`,
      note.worked.trim() ? `What worked: ${note.worked.trim()}` : '',
      note.change.trim() ? `What to change: ${note.change.trim()}` : '',
    ].filter(Boolean);
    const saved = await mutate(openPlaybookMutations(repository).saveVersion(), {
      id: record.playbookId,
      document: withScenario(current.value.playbook, scenario),
      expectedVersion: current.value.version,
      message: parts.join(' '),
      author: actorName(),
    });
    return saved.ok
      ? { ok: true, value: { revision: saved.value.revision } }
      : { ok: false, message: saved.error.message };
  },
};
