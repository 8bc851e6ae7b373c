import type { TemplateName } from '../domain/templates';
import type { PlaybookNode } from '../domain/types';
import { formatHumanDuration } from '../lib/duration';
import type { RunOutcome } from './events';
import type { RunState } from './state';

/** Template values (section 6) as seen from `node` now. */
export function templateValue(state: RunState, node: PlaybookNode, name: TemplateName): string {
  switch (name) {
    case 'now':
      return state.clock.iso();
    case 'id':
      return state.ids.next();
    case 'playbook.name':
      return state.playbook.name;
    case 'node.label':
      return node.label;
    case 'run.failedNode':
      return state.firstFailedNode ?? 'none';
    case 'run.elapsed':
      return formatHumanDuration(state.clock.nowMs);
    case 'run.outcome':
      return state.outcome ?? outcomeAhead(state, node.id) ?? 'in progress';
  }
}

/**
 * The outcome the run heads for from a notify node: the end reached by following `next` edges
 * through nodes that cannot fail or branch. `null` when the way on is not that simple.
 */
function outcomeAhead(state: RunState, fromId: string): RunOutcome | null {
  let id: string | undefined = fromId;
  for (let hops = 0; id !== undefined && hops < 100; hops += 1) {
    const node = state.nodes.get(id);
    if (!node) return null;
    if (node.kind === 'end') return node.outcome;
    if (
      node.kind !== 'notify' &&
      node.kind !== 'failsafe' &&
      node.kind !== 'checkpoint' &&
      node.kind !== 'trigger'
    )
      return null;
    id = state.edge(id, 'next')?.target;
  }
  return null;
}
