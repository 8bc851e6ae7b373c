import type { Playbook } from '../domain/types';
import type { SimulationResult } from '../simulator';

/** At most this many records are named one by one; the rest are counted ("and 3 more"). */
const NAMED_RECORDS = 5;

/**
 * An entity's name as one record of it: "charges" → "charge", "entries" → "entry". Entity names
 * are plural nouns by habit; a name that is not (inventory, staff) is left as it is.
 */
export function recordNoun(entity: string): string {
  if (/[^aeiou]ies$/i.test(entity)) return `${entity.slice(0, -3)}y`;
  if (/(ss|x|ch|sh)es$/i.test(entity)) return entity.slice(0, -2);
  if (/[^su]s$/i.test(entity)) return entity.slice(0, -1);
  return entity;
}

/**
 * What the run left changed against the state it was compared with, one line per record:
 * "charge CH-1 remains" (added and still there), "order O-1 is gone" (removed and not put back),
 * "contact C-1 is still changed (email)". Read from `result.diff`, which is against the state
 * before the run unless a snapshot is expected (semantics-notes.md, item 17).
 */
export function leftChangedLines(result: SimulationResult): string[] {
  const lines: string[] = [];
  for (const [entity, diff] of Object.entries(result.diff)) {
    const noun = recordNoun(entity);
    for (const key of diff.added) lines.push(`${noun} ${key} remains`);
    for (const key of diff.removed) lines.push(`${noun} ${key} is gone`);
    for (const { key, fields } of diff.changed)
      lines.push(`${noun} ${key} is still changed (${fields.join(', ')})`);
  }
  if (lines.length <= NAMED_RECORDS) return lines;
  const more = lines.length - NAMED_RECORDS;
  return [...lines.slice(0, NAMED_RECORDS), `and ${more} more ${more === 1 ? 'record' : 'records'}`];
}

/**
 * The steps marked "cannot be undone" that completed in the run, in the order the playbook lists
 * them: "Send confirmation email ran and cannot be undone". A step that failed before doing its
 * work is left out: it did not happen.
 */
export function irreversibleLines(playbook: Playbook, result: SimulationResult): string[] {
  return playbook.nodes.flatMap((node) =>
    node.kind === 'step' && node.irreversible && result.metrics.nodes[node.id]?.status === 'completed'
      ? [`${node.label} ran and cannot be undone`]
      : [],
  );
}
