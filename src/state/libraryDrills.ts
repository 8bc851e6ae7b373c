import { useStore } from 'zustand';
import { contentHash } from '../review';
import { recordDrill } from './drillBook';
import { drillStore } from './simulationDrill';

export { type DrillRecord, drillForHash, drillScore, drillsOf, recordDrill } from './drillBook';

/**
 * Records every finished drill under the open playbook, keyed by the content hash of the document
 * the drill ran on, so review mode can show the drill of exactly the version under review.
 */
export function recordDrillsOf(currentPlaybookId: () => string | null): () => void {
  return drillStore.subscribe((state, previous) => {
    if (state.status !== 'done' || previous.status === 'done' || !state.result || !state.playbook) return;
    const id = currentPlaybookId();
    if (id === null) return;
    const { summary } = state.result;
    void contentHash(state.playbook).then((hash) =>
      recordDrill(id, { contentHash: hash, at: new Date().toISOString(), summary }),
    );
  });
}

/** Re-reads when a drill finishes in this tab. */
export const useDrillVersion = (): number => useStore(drillStore, (s) => (s.status === 'done' ? s.done : -1));
