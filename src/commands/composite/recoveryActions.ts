import { edgeKindRefusal } from '../../domain/edgeRules';
import type { NodeOf, Playbook } from '../../domain/types';
import { freshId, ID_PREFIXES, idsInUse } from '../ids';
import { newNode } from '../newNode';
import { insertOnEdge } from './insertNode';
import { freeSpot, NODE_SLOT } from './placement';
import { type CompositeResult, fitLabel, refuseComposite } from './types';

/**
 * A step's failure link to the playbook's rollback. Only when there is exactly one rollback: with
 * several, which one a failure should run is the person's choice.
 */
export function linkFailureToRollback(playbook: Playbook, stepId: string): CompositeResult {
  const step = playbook.nodes.find((node) => node.id === stepId);
  if (!step) return refuseComposite(`Node "${stepId}" does not exist`);
  const rollbacks = playbook.nodes.filter((node) => node.kind === 'rollback');
  if (rollbacks.length !== 1) return refuseComposite('Add one rollback first: failures go to it');
  const rollback = rollbacks[0]!;
  const refusal = edgeKindRefusal('failure', step.kind, rollback.kind);
  if (refusal) return refuseComposite(refusal);
  if (playbook.edges.some((edge) => edge.source === stepId && edge.kind === 'failure'))
    return refuseComposite(`"${step.label}" already has a failure path`);
  return {
    ok: true,
    focus: stepId,
    command: {
      type: 'batch',
      label: `On failure of ${step.label}, run ${rollback.label}`,
      commands: [
        {
          type: 'edge.connect',
          edges: [
            {
              index: playbook.edges.length,
              value: {
                id: freshId('e', idsInUse(playbook)),
                source: stepId,
                target: rollback.id,
                kind: 'failure',
              },
            },
          ],
        },
      ],
    },
  };
}

/**
 * When a rollback or restore itself fails: a notification and a `failed` end below it, reached by
 * its failure link, so a half-done recovery is never silent.
 */
export function addFailedEnd(playbook: Playbook, nodeId: string): CompositeResult {
  const from = playbook.nodes.find((node) => node.id === nodeId);
  if (from?.kind !== 'rollback' && from?.kind !== 'restore')
    return refuseComposite('Only a rollback or a restore gets a "failed" end');
  if (playbook.edges.some((edge) => edge.source === nodeId && edge.kind === 'failure'))
    return refuseComposite(`"${from.label}" already has a failure path`);
  const taken = idsInUse(playbook);
  const notifyId = freshId(ID_PREFIXES.notify, taken);
  const endId = freshId(ID_PREFIXES.end, taken);
  const at = from.position ?? { x: 0, y: 0 };
  const notifyAt = freeSpot(playbook, { x: at.x, y: at.y + NODE_SLOT.height }, 'below');
  const placed: Playbook = {
    ...playbook,
    nodes: [...playbook.nodes, newNode('notify', notifyId, notifyAt, playbook)],
  };
  const endAt = freeSpot(placed, { x: notifyAt.x + NODE_SLOT.width, y: notifyAt.y }, 'right');
  const notify: NodeOf<'notify'> = {
    ...(newNode('notify', notifyId, notifyAt, playbook) as NodeOf<'notify'>),
    label: fitLabel(`Tell operations: ${from.label} failed`),
  };
  const end: NodeOf<'end'> = {
    ...(newNode('end', endId, endAt, playbook) as NodeOf<'end'>),
    label: fitLabel(`${from.label} failed`),
    outcome: 'failed',
  };
  return {
    ok: true,
    focus: notifyId,
    command: {
      type: 'batch',
      label: `Add a failed end after ${from.label}`,
      commands: [
        {
          type: 'node.add',
          nodes: [
            { index: playbook.nodes.length, value: notify },
            { index: playbook.nodes.length + 1, value: end },
          ],
          edges: [
            {
              index: playbook.edges.length,
              value: { id: freshId('e', taken), source: nodeId, target: notifyId, kind: 'failure' },
            },
            {
              index: playbook.edges.length + 1,
              value: { id: freshId('e', taken), source: notifyId, target: endId, kind: 'next' },
            },
          ],
        },
      ],
    },
  };
}

/** A check (the data model's invariants) right after a rollback or restore, in its next link. */
export function addCheckAfter(playbook: Playbook, nodeId: string): CompositeResult {
  const next = playbook.edges.find((edge) => edge.source === nodeId && edge.kind === 'next');
  if (!next) return refuseComposite('Nothing follows it yet: link what comes next first');
  return insertOnEdge(playbook, next.id, (id, position) => ({
    ...(newNode('check', id, position, playbook) as NodeOf<'check'>),
    label: 'Check the data is back',
  }));
}
