import { Panel, useStore as useFlowStore } from '@xyflow/react';
import { useEffect } from 'react';
import { useStore } from 'zustand';
import type { EdgeKind } from '../../domain/types';
import { uiActions, uiStore } from '../../state/uiStore';
import { EDGE_STYLES } from '../edges/kindEdges';

const EDGE_LEGEND: { kind: EdgeKind; text: string }[] = [
  { kind: 'next', text: 'Next: the run goes on' },
  { kind: 'failure', text: 'On failure: where the run goes when a node fails' },
  { kind: 'compensate', text: 'Undo: the compensation that reverses a step' },
  { kind: 'branch', text: 'Branch: yes / no of a decision' },
];

/** Below this height (px) the canvas folds the legend away when it gets there. */
const SHORT_CANVAS = 420;

/** What the lines mean; collapsible, and folded away from a node the app points at (useKeepPointedNodesClear). */
export function Legend() {
  const open = useStore(uiStore, (s) => s.legendOpen);
  // A short canvas (the simulator or Problems dock open at 1280×800) has no room for it open.
  const short = useFlowStore((s) => s.height > 0 && s.height < SHORT_CANVAS);
  useEffect(() => {
    if (short) uiActions.legendToggled(false);
  }, [short]);
  return (
    <Panel position="bottom-left" className="legend-panel" style={{ marginLeft: 56 }}>
      <section className="legend" aria-label="Legend">
        <button
          type="button"
          className="legend__toggle"
          aria-expanded={open}
          onClick={() => uiActions.legendToggled(!open)}
        >
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
