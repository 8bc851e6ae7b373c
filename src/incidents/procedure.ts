import type { NodeKind, Playbook } from '../domain/types';
import { procedureOrder } from '../exporters/runbook/procedureOrder';
import { durationMs } from '../lib/duration';

/**
 * One step of the playbook's procedure as the incident checklist, the record and the postmortem
 * use it: the runbook's numbered step (src/exporters/runbook/procedureOrder.ts: same numbers, same
 * order, same times) flattened to plain data, with where to go when it is done or fails, so the
 * record keeps a copy that later edits of the playbook cannot change.
 */
export interface ProcedureStep {
  /** 1-based, in the order a person performs the steps. */
  number: number;
  nodeId: string;
  kind: NodeKind;
  label: string;
  /** The owner role's name (or id when the role is not declared). */
  owner?: string;
  system?: string;
  /** What this step is expected to take (the runbook's expected time). */
  plannedMs: number;
  /** Expected time from the start to the end of this step, on the slowest way to it (the runbook's running total). */
  plannedTotalMs: number;
  /** For a rollback: the undo steps it runs, newest first (each only if its step had completed). */
  undoes?: string[];
  /** The step that follows when this one is done; `null` when the procedure ends here. */
  next: number | null;
  /** The step to go to when this one fails; `null` when a failure ends the procedure. */
  onFailure: number | null;
  /** The end reached when this step is done and nothing follows, in the playbook's words. */
  endsWith?: string;
  /** Set on steps that cannot be undone, with the playbook's reason. */
  irreversible?: string;
}

export interface Procedure {
  steps: ProcedureStep[];
  /** The recovery time objective in ms, or `null` when the playbook has none. */
  rtoMs: number | null;
}

/**
 * The runbook's procedure (issue 18 item 1) for the checklist: where each step leads is read from
 * its edges (a decision's "yes" is its next, its "no" its failure branch). A step without a failure
 * edge has `onFailure` null: the playbook's implicit rollback (spec section 5, item 4) undoes the
 * completed steps and ends the run, which the checklist says in words. Pure and deterministic.
 */
export function buildProcedure(playbook: Playbook): Procedure {
  const ordered = procedureOrder(playbook);
  const numberOf = new Map(ordered.map((step) => [step.node.id, step.number]));
  const nodes = new Map(playbook.nodes.map((node) => [node.id, node]));
  const edge = (id: string, kind: string, when?: boolean) =>
    playbook.edges.find((e) => e.source === id && e.kind === kind && (when === undefined || e.when === when));
  const roleName = (id: string | undefined) =>
    id === undefined ? undefined : (playbook.roles.find((role) => role.id === id)?.name ?? id);
  const steps = ordered.map(({ number, node, expectedMs, runningTotalMs }): ProcedureStep => {
    const nextId =
      node.kind === 'decision' ? edge(node.id, 'branch', true)?.target : edge(node.id, 'next')?.target;
    const failureId =
      node.kind === 'decision' ? edge(node.id, 'branch', false)?.target : edge(node.id, 'failure')?.target;
    const nextNode = nextId === undefined ? undefined : nodes.get(nextId);
    const owner = roleName(node.owner);
    const undoes =
      node.kind === 'rollback'
        ? ordered
            .filter(
              (other) =>
                other.node.kind === 'step' && (node.scope === 'all' || node.scope.includes(other.node.id)),
            )
            .map((other) => edge(other.node.id, 'compensate')?.target)
            .filter((id): id is string => id !== undefined)
            .reverse()
            .map((id) => nodes.get(id)?.label ?? id)
        : undefined;
    return {
      number,
      nodeId: node.id,
      kind: node.kind,
      label: node.label,
      ...(owner === undefined ? {} : { owner }),
      ...('system' in node && node.system ? { system: node.system } : {}),
      plannedMs: expectedMs,
      plannedTotalMs: runningTotalMs,
      ...(undoes && undoes.length > 0 ? { undoes } : {}),
      next: nextId === undefined ? null : (numberOf.get(nextId) ?? null),
      onFailure: failureId === undefined ? null : (numberOf.get(failureId) ?? null),
      ...(nextNode?.kind === 'end' ? { endsWith: nextNode.label } : {}),
      ...(node.kind === 'step' && node.irreversible ? { irreversible: node.irreversible.reason } : {}),
    };
  });
  return { steps, rtoMs: playbook.objectives.rto === undefined ? null : durationMs(playbook.objectives.rto) };
}
