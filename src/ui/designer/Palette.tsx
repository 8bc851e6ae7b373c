import { useReactFlow } from '@xyflow/react';
import { NODE_KINDS } from '../../domain/schema/nodes';
import type { NodeKind } from '../../domain/types';
import { NODE_KIND_INFO } from '../../graph/nodeKinds';
import { useRevealNode } from '../canvas/useRevealNode';
import { KindIcon } from '../nodes/KindIcon';
import { KIND_COLOURS } from '../nodes/kindStyle';
import { paletteClicked } from './paletteAdd';

/** The drag payload type: a node kind dragged from the palette. */
export const PALETTE_MIME = 'application/x-rollbook-kind';

/**
 * The twelve node kinds: click to add after the selected node (or at the centre of the view), or
 * drag onto the canvas or onto a link.
 */
export function Palette() {
  const flow = useReactFlow();
  const reveal = useRevealNode();

  const addAtCentre = (kind: NodeKind) => {
    const pane = window.document.querySelector('.react-flow')?.getBoundingClientRect();
    const centre = pane
      ? flow.screenToFlowPosition({ x: pane.left + pane.width / 2, y: pane.top + pane.height / 2 })
      : { x: 0, y: 0 };
    // Offset by half a node so its middle, not its corner, lands in the centre.
    paletteClicked(kind, { x: centre.x - 86, y: centre.y - 36 }, reveal);
  };

  return (
    <nav className="palette" aria-label="Node palette">
      <h2>Add a node</h2>
      <ul>
        {NODE_KINDS.map((kind) => (
          <li key={kind}>
            <button
              type="button"
              className="palette__item"
              style={{ '--kind-colour': KIND_COLOURS[kind] } as React.CSSProperties}
              draggable
              onDragStart={(event) => {
                event.dataTransfer.setData(PALETTE_MIME, kind);
                event.dataTransfer.effectAllowed = 'copy';
              }}
              onClick={() => addAtCentre(kind)}
              aria-label={`Add ${NODE_KIND_INFO[kind].title}`}
              aria-describedby={`palette-desc-${kind}`}
            >
              <span className="palette__title">
                <KindIcon kind={kind} /> {NODE_KIND_INFO[kind].title}
              </span>
              <span id={`palette-desc-${kind}`} className="palette__desc">
                {NODE_KIND_INFO[kind].description}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
