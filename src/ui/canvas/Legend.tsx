import { Panel } from '@xyflow/react';
import { useState } from 'react';
import type { EdgeKind } from '../../domain/types';
import { EDGE_STYLES } from '../edges/kindEdges';

const EDGE_LEGEND: { kind: EdgeKind; text: string }[] = [
  { kind: 'next', text: 'Next: the run goes on' },
  { kind: 'failure', text: 'On failure: where the run goes when a node fails' },
  { kind: 'compensate', text: 'Undo: the compensation that reverses a step' },
  { kind: 'branch', text: 'Branch: yes / no of a decision' },
];

/** What the lines mean; collapsible so it never hides the canvas. */
export function Legend() {
  const [open, setOpen] = useState(true);
  return (
    <Panel position="bottom-left" className="legend-panel" style={{ marginLeft: 56 }}>
      <section className="legend" aria-label="Legend">
        <button type="button" className="legend__toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
          Legend
        </button>
        {open && (
          <ul>
            {EDGE_LEGEND.map(({ kind, text }) => {
              const style = EDGE_STYLES[kind];
              return (
                <li key={kind}>
                  <svg width="36" height="10" aria-hidden="true">
                    <line
                      x1="0"
                      y1="5"
                      x2="36"
                      y2="5"
                      stroke={style.stroke}
                      strokeWidth={2}
                      strokeDasharray={style.dash}
                    />
                  </svg>
                  {text}
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </Panel>
  );
}
