import type { Edge, PlaybookNode } from '../domain/types';
import { applyEffects } from './effects';
import type { RunState } from './state';

/**
 * A node is reached: the `enter` event, then what faults do on arrival. An `outage` opens its
 * window the first time; a `corrupt` applies its mutation before the node's work, once per run.
 * A mutation whose `where` cannot be evaluated damages nothing (the fault event says why).
 */
export function reachNode(state: RunState, node: PlaybookNode, via: Edge | null): void {
  state.currentNode = node.id;
  state.markEntered(node.id);
  if (state.recording)
    state.emit({
      type: 'enter',
      node: node.id,
      edge: via?.id ?? null,
      message: `${node.kind} "${node.label}"`,
    });
  const { outages, corruptions } = state.faults.reach(node, state.clock.nowMs);
  for (const system of outages) {
    if (state.recording)
      state.emit({
        type: 'fault',
        node: node.id,
        fault: 'outage',
        message: `outage: ${system} goes down`,
      });
  }
  for (const mutation of corruptions) {
    const mark = state.store.begin();
    const keys = state.keysToTrack(node);
    const result = applyEffects(
      [mutation],
      state.effectContext(node, state.store, false, Number.POSITIVE_INFINITY, keys),
    );
    // The node's inserted keys take the mutation's inserts even when it fails part-way: the
    // engine has always counted them (an idempotent step then skips a key the damage inserted).
    if (keys) state.setInsertedKeys(node.id, keys);
    if (!result.ok) {
      state.store.rollback(mark);
      if (state.recording)
        state.emit({
          type: 'fault',
          node: node.id,
          fault: 'corrupt',
          message: `corruption not applied: ${result.error}`,
        });
      continue;
    }
    state.store.commit(mark);
    if (!state.recording) continue;
    const summary = result.summaries[0]!;
    state.emit({
      type: 'fault',
      node: node.id,
      fault: 'corrupt',
      message: `silent damage: ${summary.op} ${summary.entity} (${summary.writes} record${summary.writes === 1 ? '' : 's'})`,
    });
    state.emit({
      type: 'effect',
      node: node.id,
      op: summary.op,
      entity: summary.entity,
      keys: summary.keys,
      writes: summary.writes,
      message: `corruption: ${summary.op} ${summary.entity}${summary.keys.length > 0 ? ` (${summary.keys.join(', ')})` : ''}`,
    });
  }
}
