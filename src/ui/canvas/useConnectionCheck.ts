import type { Connection, Edge } from '@xyflow/react';
import { useCallback } from 'react';
import { checkConnection } from '../../graph/connectionRules';
import { edgeKindOfHandle } from '../../graph/edgeNames';
import { documentStore } from '../../state/documentStore';

/** React Flow's `isValidConnection`, answered by the pure connection rules. */
export function useConnectionCheck() {
  return useCallback((connection: Connection | Edge) => {
    const verdict = checkConnection(documentStore.getState().document, {
      source: connection.source,
      target: connection.target,
      ...edgeKindOfHandle(connection.sourceHandle),
    });
    return verdict.ok;
  }, []);
}
