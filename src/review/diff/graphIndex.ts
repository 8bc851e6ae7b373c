import { IdGraphIndex } from '../../domain/idGraphIndex';
import type { Playbook, PlaybookNode } from '../../domain/types';

/**
 * The lookups the diff and the risk checks need, built once per version in linear time: the
 * shared id index plus where a run can go, which only the review's path checks ask.
 */
export class GraphIndex extends IdGraphIndex {
  /** Node id → targets of its `failure` edges. */
  readonly failureTargets = new Map<string, string[]>();
  /** Node id → where a run can go next: `next`, `branch` and `failure` edges, not `compensate`. */
  readonly flow = new Map<string, string[]>();

  constructor(playbook: Playbook) {
    super(playbook);
    // One pass in edge order, so `flow` lists its sources in the order the risks report them.
    for (const edge of playbook.edges) {
      if (edge.kind === 'compensate') continue;
      push(this.flow, edge.source, edge.target);
      if (edge.kind === 'failure') push(this.failureTargets, edge.source, edge.target);
    }
  }
}

export function indexGraph(playbook: Playbook): GraphIndex {
  return new GraphIndex(playbook);
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** `Label` (id), as every message names a node. */
export function nodeName(node: PlaybookNode | undefined, id: string): string {
  return node ? `"${node.label}" (${id})` : id;
}
