import { field, isRecord, list, text } from '../json';

/** One wire of n8n's `connections` map: from a node's output (of a connection type) to a node. */
export interface N8nWire {
  from: string;
  /** `main`, `error` (some files), or a sub-node type such as `ai_languageModel`. */
  type: string;
  output: number;
  to: string;
}

/**
 * Every wire of `connections`: `{ [source name]: { [type]: [ output0: [{ node, type, index }], … ] } }`.
 * Malformed parts (a null output, a wire without a node) are skipped, not fatal.
 */
export function readWires(connections: Record<string, unknown>): N8nWire[] {
  const wires: N8nWire[] = [];
  for (const [from, byType] of Object.entries(connections)) {
    if (!isRecord(byType)) continue;
    for (const [type, outputs] of Object.entries(byType)) {
      list(outputs).forEach((targets, output) => {
        for (const target of list(targets)) {
          const to = text(field(target, 'node'));
          if (to !== undefined) wires.push({ from, type, output, to });
        }
      });
    }
  }
  return wires;
}

/** How many outputs of each node are wired (`main` only): a Switch needs a label for each. */
export function wiredOutputs(wires: readonly N8nWire[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const wire of wires) {
    if (wire.type !== 'main') continue;
    counts.set(wire.from, Math.max(counts.get(wire.from) ?? 0, wire.output + 1));
  }
  return counts;
}
