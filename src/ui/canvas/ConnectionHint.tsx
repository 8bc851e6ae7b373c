import { Panel, useConnection } from '@xyflow/react';
import { useStore } from 'zustand';
import { checkConnection } from '../../graph/connectionRules';
import { EDGE_KIND_WORDS, edgeKindOfHandle } from '../../graph/edgeNames';
import { documentStore } from '../../state/documentStore';

/**
 * While a link is dragged over a node, says whether it may be made and, if not, why; after a
 * refused edit, keeps the reason in view until the next edit.
 */
export function ConnectionHint() {
  const connection = useConnection();
  const document = useStore(documentStore, (s) => s.document);
  const refusal = useStore(documentStore, (s) => s.refusal);

  let text: string | null = null;
  let refused = false;
  if (connection.inProgress) {
    const shape = edgeKindOfHandle(connection.fromHandle.id);
    const word =
      shape.kind === 'branch' ? (shape.when ? 'Yes branch' : 'No branch') : EDGE_KIND_WORDS[shape.kind];
    if (connection.toNode && connection.toNode.id !== connection.fromNode.id) {
      const verdict = checkConnection(document, {
        source: connection.fromNode.id,
        target: connection.toNode.id,
        ...shape,
      });
      text = verdict.ok ? `${word}: release to link` : `Cannot link: ${verdict.reason}`;
      refused = !verdict.ok;
    } else {
      text = `${word}: drop on a node`;
    }
  } else if (refusal) {
    text = `Not done: ${refusal}`;
    refused = true;
  }
  return (
    <Panel position="top-center">
      <div
        role="status"
        aria-live="polite"
        className={text ? `connection-hint${refused ? ' is-refused' : ''}` : undefined}
      >
        {text}
      </div>
    </Panel>
  );
}
