import { parsePlaybook } from '../../src/domain/parse';
import type { Playbook } from '../../src/domain/types';
import { nextIncidentEntry } from '../../src/incidents/chain';
import { buildProcedure } from '../../src/incidents/procedure';
import type { IncidentRecord, StepOutcome } from '../../src/incidents/record';
import order from '../../src/templates/examples/order-fulfilment-rollback.json';

export const ANCHOR = `sha256:${'a'.repeat(64)}`;
export const START = '2026-12-04T03:00:00.000Z';

export function orderPlaybook(): Playbook {
  const parsed = parsePlaybook(order);
  if (!parsed.ok) throw new Error('the order-fulfilment example does not parse');
  return parsed.playbook;
}

/** A tick: a step number of the procedure (or a label for a step not in it), its outcome, seconds after the start. */
export type Tick = [step: number | string, outcome: StepOutcome, atSeconds: number];

/** An incident of `playbook` with these ticks, chained from {@link ANCHOR}; closed at `finishAt` seconds when given. */
export async function incidentOf(
  playbook: Playbook,
  ticks: Tick[],
  finishAt?: number,
): Promise<IncidentRecord> {
  const procedure = buildProcedure(playbook);
  let record: IncidentRecord = {
    id: 'inc-1',
    playbookId: 'lib-1',
    playbookName: playbook.name,
    revision: playbook.revision,
    contentHash: `sha256:${'b'.repeat(64)}`,
    rtoMs: procedure.rtoMs,
    steps: procedure.steps,
    startedAt: START,
    auditAnchor: ANCHOR,
    entries: [],
  };
  const at = (seconds: number) => new Date(Date.parse(START) + seconds * 1000).toISOString();
  const add = async (entry: Parameters<typeof nextIncidentEntry>[1]) => {
    record = { ...record, entries: [...record.entries, await nextIncidentEntry(record, entry)] };
  };
  await add({ type: 'started', at: START, actor: 'dana' });
  for (const [step, outcome, seconds] of ticks) {
    const known = typeof step === 'number' ? procedure.steps.find((s) => s.number === step) : undefined;
    await add({
      type: 'step',
      step: known ? known.number : null,
      nodeId: known ? known.nodeId : null,
      label: known ? known.label : String(step),
      outcome,
      at: at(seconds),
      actor: 'dana',
    });
  }
  if (finishAt !== undefined)
    await add({ type: 'finished', end: 'resolved', at: at(finishAt), actor: 'sam' });
  return record;
}
