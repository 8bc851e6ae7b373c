import type { Fault, Playbook, Scenario } from '../domain/types';
import { type IncidentRecord, incidentProgress } from './record';

export interface IncidentScenario {
  scenario: Scenario;
  /** What the scenario could not carry over, in plain words (shown before it is added). */
  notes: string[];
}

/** Node kinds the `fail` fault acts on (spec section 5, "Faults"). */
const FAILABLE = new Set(['step', 'compensation', 'restore']);

/** A scenario id from the start time, unique among the playbook's scenarios. */
function scenarioId(record: IncidentRecord, playbook: Playbook): string {
  const stamp = record.startedAt.slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
  const base = `incident-${stamp}`;
  const taken = new Set(playbook.scenarios.map((scenario) => scenario.id));
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  return id;
}

/**
 * The incident as a scenario, so the dry run and the drill meet what happened from now on: a step,
 * compensation or restore whose last tick is "failed" becomes a `fail` fault (all attempts), a
 * failed approval a `reject`. When the incident's path reached an end of the playbook, the scenario
 * expects that end. What no fault can reproduce (a failed check, a skipped step) is listed in
 * `notes`, never silently dropped.
 */
export function incidentScenario(record: IncidentRecord, playbook: Playbook): IncidentScenario {
  const progress = incidentProgress(record);
  const nodes = new Map(playbook.nodes.map((node) => [node.id, node]));
  const faults: Fault[] = [];
  const approvals: Record<string, 'reject'> = {};
  const notes: string[] = [];
  for (const state of progress.steps) {
    const node = nodes.get(state.step.nodeId);
    const name = `Step ${state.step.number}, ${state.step.label}`;
    if (state.outcome === 'skipped') notes.push(`${name}, was skipped: the dry run still performs it.`);
    if (state.outcome !== 'failed') continue;
    if (!node) notes.push(`${name}, is no longer in the playbook: its failure is left out.`);
    else if (FAILABLE.has(node.kind)) faults.push({ node: node.id, type: 'fail' });
    else if (node.kind === 'approval') approvals[node.id] = 'reject';
    else
      notes.push(
        `${name}, failed, but a dry run cannot make a ${node.kind} fail without knowing the damage behind it: add a corrupt fault by hand if you know it.`,
      );
  }
  for (const extra of progress.added) {
    notes.push(`“${extra.label}” is not in the playbook: draw it as a step to rehearse it.`);
  }
  const endNode = reachedEnd(record, playbook);
  const failed = record.steps.filter(
    (step) => faults.some((f) => f.node === step.nodeId) || step.nodeId in approvals,
  );
  const scenario: Scenario = {
    id: scenarioId(record, playbook),
    name: `Incident of ${record.startedAt.slice(0, 16).replace('T', ' ')} UTC${failed.length > 0 ? `: ${failed.map((step) => step.label).join(', ')} failed` : ''}`.slice(
      0,
      200,
    ),
    startAt: record.startedAt.replace(/\.\d+Z$/, 'Z'),
    faults,
    approvals,
    expect: endNode ? { endNode } : {},
  };
  return { scenario, notes };
}

/** The end node after the last step done, when it leads straight to one. */
function reachedEnd(record: IncidentRecord, playbook: Playbook): string | undefined {
  const progress = incidentProgress(record);
  const lastDone = [...record.entries]
    .reverse()
    .find((entry) => entry.type === 'step' && entry.step !== null && entry.outcome !== 'failed');
  if (lastDone?.type !== 'step' || progress.current !== null) return undefined;
  const next = playbook.edges.find((edge) => edge.source === lastDone.nodeId && edge.kind === 'next')?.target;
  return playbook.nodes.find((node) => node.id === next && node.kind === 'end')?.id;
}

/** The playbook with the scenario added (a new scenario list; the input is not modified). */
export function withScenario(playbook: Playbook, scenario: Scenario): Playbook {
  return { ...playbook, scenarios: [...playbook.scenarios, scenario] };
}
