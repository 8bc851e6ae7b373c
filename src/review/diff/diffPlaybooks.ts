import { isExtensionKey, PLAYBOOK_KEYS } from '../../domain/schema/playbook';
import type { Edge, Playbook, PlaybookNode } from '../../domain/types';
import { jsonEqual } from '../../lib/jsonEqual';
import { hashedContent } from '../contentHash';
import { type ArrayKeyOf, defaultArrayKey, diffFields, type FieldChange, hasUniqueKey } from './fieldDiff';
import { indexGraph } from './graphIndex';
import { findRisks } from './riskChanges';
import type { ElementChange, PlaybookDiff, TopLevelChange } from './types';

/** Top-level keys diffed elsewhere (`nodes`, `edges`) or never (`review`: not content, spec section 8). */
const NOT_TOP_LEVEL = new Set(['nodes', 'edges', 'review']);

/**
 * The semantic diff between two parsed versions of a playbook: nodes and edges matched by id and
 * compared field by field, top-level sections, list order, and the risk-relevant changes first.
 * A node whose only change is its `position` is counted in `layoutOnlyMoves` and listed nowhere
 * else. The diff is empty (see {@link isEmptyDiff}) exactly when the two content hashes are equal.
 * Linear in the size of both versions, plus one reachability walk per approval node.
 */
export function diffPlaybooks(before: Playbook, after: Playbook): PlaybookDiff {
  const beforeIndex = indexGraph(before);
  const afterIndex = indexGraph(after);

  let layoutOnlyMoves = 0;
  const nodes = diffElements(before.nodes, after.nodes, (old, current) => {
    const { position: oldPosition, ...oldContent } = old;
    const { position: newPosition, ...newContent } = current;
    if (jsonEqual(oldContent, newContent)) {
      if (!jsonEqual(oldPosition, newPosition)) layoutOnlyMoves++;
      return null;
    }
    return diffFields(oldContent, newContent);
  });
  const edges = diffElements(before.edges, after.edges, (old, current) =>
    jsonEqual(old, current) ? null : diffFields(old, current),
  );

  return {
    risks: findRisks(beforeIndex, afterIndex),
    nodes,
    edges,
    topLevel: diffTopLevel(before, after),
    order: {
      nodes: sharedOrderDiffers(before.nodes, after.nodes),
      edges: sharedOrderDiffers(before.edges, after.edges),
    },
    layoutOnlyMoves,
  };
}

/** No change a reviewer must see; layout-only moves do not count. */
export function isEmptyDiff(diff: PlaybookDiff): boolean {
  return (
    diff.risks.length === 0 &&
    diff.nodes.length === 0 &&
    diff.edges.length === 0 &&
    diff.topLevel.length === 0 &&
    !diff.order.nodes &&
    !diff.order.edges
  );
}

function diffElements<T extends PlaybookNode | Edge>(
  before: readonly T[],
  after: readonly T[],
  compare: (before: T, after: T) => FieldChange[] | null,
): ElementChange<T>[] {
  const beforeById = new Map(before.map((element) => [element.id, element]));
  const afterIds = new Set(after.map((element) => element.id));
  const changes: ElementChange<T>[] = [];
  for (const element of after) {
    const old = beforeById.get(element.id);
    if (old === undefined) {
      changes.push({ change: 'added', id: element.id, after: element });
      continue;
    }
    const fields = compare(old, element);
    if (fields !== null)
      changes.push({ change: 'changed', id: element.id, before: old, after: element, fields });
  }
  for (const element of before) {
    if (!afterIds.has(element.id)) changes.push({ change: 'removed', id: element.id, before: element });
  }
  return changes;
}

function diffTopLevel(before: Playbook, after: Playbook): TopLevelChange[] {
  // Known keys in the schema's order, then extension keys alphabetically: stable output.
  const extensions = [...new Set([...Object.keys(after), ...Object.keys(before)])].filter(isExtensionKey);
  const keys = [...PLAYBOOK_KEYS, ...extensions.sort()].filter((key) => !NOT_TOP_LEVEL.has(key));
  const arrayKey = datasetAwareArrayKey(before, after);
  // Compare what the content hash covers, so the diff is empty exactly when the hashes are equal
  // (save stamps such as `revision` are not content).
  const stableBefore = hashedContent(before);
  const stableAfter = hashedContent(after);
  const changes: TopLevelChange[] = [];
  for (const key of keys) {
    const old = stableBefore[key];
    const current = stableAfter[key];
    if (jsonEqual(old, current)) continue;
    const fields =
      old === undefined
        ? [{ path: `/${key}`, change: 'added' as const, after: current }]
        : current === undefined
          ? [{ path: `/${key}`, change: 'removed' as const, before: old }]
          : diffFields(old, current, arrayKey, [key]);
    changes.push({ key, fields });
  }
  return changes;
}

/** Dataset records are matched by their entity's key field (`sku` for inventory), when unique on both sides. */
function datasetAwareArrayKey(before: Playbook, after: Playbook): ArrayKeyOf {
  const keyField = new Map<string, string>();
  for (const entity of [...before.dataModel.entities, ...after.dataModel.entities]) {
    keyField.set(entity.name, entity.key);
  }
  return (path, old, current) => {
    if (path.length === 2 && path[0] === 'dataset') {
      const key = keyField.get(String(path[1]));
      // A dataset may hold a duplicate key on purpose (an anomaly for lint); then compare by index.
      return key !== undefined && hasUniqueKey(old, key) && hasUniqueKey(current, key) ? key : undefined;
    }
    return defaultArrayKey(path, old, current);
  };
}

function sharedOrderDiffers(before: readonly { id: string }[], after: readonly { id: string }[]): boolean {
  const afterIds = new Set(after.map((element) => element.id));
  const beforeIds = new Set(before.map((element) => element.id));
  const sharedBefore = before.filter((element) => afterIds.has(element.id));
  const sharedAfter = after.filter((element) => beforeIds.has(element.id));
  return sharedBefore.some((element, index) => element.id !== sharedAfter[index]!.id);
}
