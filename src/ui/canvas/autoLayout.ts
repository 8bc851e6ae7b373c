import { canvasStore } from '../../state/canvasStore';
import { dispatch, documentStore } from '../../state/documentStore';
import { uiActions } from '../../state/uiStore';
import type { LayoutRequest, LayoutResponse } from './layout.worker';

/**
 * Lays the playbook out with ELK in a Web Worker and applies the result as one `node.move`, so
 * one undo puts every node back. Returns the refusal reason, or null.
 */
export async function runAutoLayout(): Promise<string | null> {
  const { document } = documentStore.getState();
  const sizes: LayoutRequest['sizes'] = canvasStore
    .getState()
    .nodes.map((node) => [
      node.id,
      { width: node.measured?.width ?? 172, height: node.measured?.height ?? 72 },
    ]);
  uiActions.layoutStateChanged(true);
  const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  try {
    const response = await new Promise<LayoutResponse>((resolve) => {
      worker.onmessage = (event: MessageEvent<LayoutResponse>) => resolve(event.data);
      worker.onerror = (event) =>
        resolve({ ok: false, message: event.message || 'The layout worker failed' });
      worker.postMessage({ playbook: document, sizes } satisfies LayoutRequest);
    });
    if (!response.ok) {
      documentStore.setState({ refusal: `Auto-layout failed: ${response.message}` });
      return response.message;
    }
    // The document may have changed while the worker ran: move only nodes that still exist.
    const current = new Set(documentStore.getState().document.nodes.map((node) => node.id));
    const moves = response.positions
      .filter(([id]) => current.has(id))
      .map(([id, position]) => ({ id, position }));
    const refusal = dispatch({ type: 'node.move', moves });
    if (refusal === null) uiActions.layoutApplied();
    return refusal;
  } finally {
    worker.terminate();
    uiActions.layoutStateChanged(false);
  }
}
