import { graphIndexOf } from '../../analysis/graphIndex';
import {
  erasedEntities,
  personalEntities,
  personalFieldNames,
  reachableAfter,
  restoredEntities,
  snapshotEntities,
} from '../../analysis/personalData';
import { restoreResurrectsErased } from '../../analysis/rules/restore-resurrects-erased';
import type { NodeOf, Playbook } from '../../domain/types';
import { formatHumanDuration, parseDuration } from '../../lib/duration';
import type { Block, Section } from './blocks';

const human = (duration: string | undefined): string | null => {
  const ms = duration === undefined ? null : parseDuration(duration);
  return ms === null ? null : formatHumanDuration(ms);
};

const named = (node: { id: string; label: string }) => `"${node.label}" (${node.id})`;

/**
 * The runbook's "Personal data" part (spec section 2): which data is personal and how long it may
 * be kept, what each snapshot copies and for how long, and what each restore may bring back.
 * Empty for a playbook with no personal field and no erasure step, so older runbooks read as before.
 */
export function personalDataSections(playbook: Playbook): Section[] {
  const personal = personalEntities(playbook);
  const erasures = playbook.nodes.filter((node) => erasedEntities(node).size > 0);
  if (personal.size === 0 && erasures.length === 0) return [];
  const blocks: Block[] = [];

  blocks.push({
    kind: 'list',
    items: [...personal.values()].map((entity) => {
      const kept = human(entity.retention);
      return `${entity.name}: ${personalFieldNames(entity).join(', ')}; ${kept ? `may be kept ${kept}` : 'no retention period is set'}.`;
    }),
  });

  const checkpoints = playbook.nodes.filter(
    (node): node is NodeOf<'checkpoint'> => node.kind === 'checkpoint',
  );
  const rows = checkpoints.flatMap((checkpoint) => {
    const held = snapshotEntities(playbook, checkpoint).filter((name) => personal.has(name));
    if (held.length === 0) return [];
    const expires = human(checkpoint.expires);
    return [[named(checkpoint), held.join(', '), expires ? `deleted after ${expires}` : 'never deleted']];
  });
  if (rows.length > 0)
    blocks.push({ kind: 'table', header: ['Snapshot', 'Personal data it copies', 'Kept'], rows });
  else blocks.push({ kind: 'paragraph', text: 'No snapshot copies personal data.' });

  blocks.push(...restoreBlocks(playbook, personal));
  if (erasures.length > 0)
    blocks.push({
      kind: 'paragraph',
      text: `Erasures on request (never undo them): ${erasures.map(named).join(', ')}.`,
    });
  return [{ title: 'Personal data', level: 2, blocks }];
}

/** What each restore of personal data may bring back, with the lint rule's verdict on erased records. */
function restoreBlocks(playbook: Playbook, personal: ReadonlyMap<string, unknown>): Block[] {
  const unsafe = new Set<string>();
  restoreResurrectsErased.check(playbook, (target) => {
    if (target !== null) unsafe.add(target);
  });
  const index = graphIndexOf(playbook);
  const items: string[] = [];
  playbook.nodes.forEach((node, position) => {
    if (node.kind !== 'restore') return;
    const checkpoint = playbook.nodes.find((candidate) => candidate.id === node.checkpoint);
    if (checkpoint?.kind !== 'checkpoint') return;
    const back = restoredEntities(playbook, node, checkpoint).filter((name) => personal.has(name));
    if (back.length === 0) return;
    const reapply = playbook.nodes.filter(
      (candidate, at) => erasedEntities(candidate).size > 0 && reachableAfter(index, position)[at] === 1,
    );
    const verdict = unsafe.has(node.id)
      ? 'records erased after the snapshot would come back: nothing erases them again on every path after it.'
      : reapply.length > 0
        ? `erasures made since the snapshot are applied again by ${reapply.map(named).join(', ')}.`
        : 'no erasure runs before it, so nothing erased comes back.';
    items.push(
      `${named(node)} puts back ${back.join(', ')} as ${named(checkpoint)} copied them, personal data included; ${verdict}`,
    );
  });
  if (items.length === 0) return [];
  return [
    { kind: 'paragraph', text: 'What a restore may bring back:' },
    { kind: 'list', items },
  ];
}
