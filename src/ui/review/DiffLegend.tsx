import { Panel } from '@xyflow/react';

/** What the review colours mean. */
export function DiffLegend({ since }: { since: string | null }) {
  return (
    <Panel position="top-left">
      <section className="legend diff-legend" aria-label="Change legend">
        <strong>{since ? `Changes since ${since}` : 'Changes'}</strong>
        <ul>
          <li>
            <span className="diff-swatch diff-swatch--added" aria-hidden="true" /> Added
          </li>
          <li>
            <span className="diff-swatch diff-swatch--changed" aria-hidden="true" /> Changed
          </li>
          <li>
            <span className="diff-swatch diff-swatch--removed" aria-hidden="true" /> Removed (ghost)
          </li>
          <li>Moves on the canvas are not changes</li>
        </ul>
      </section>
    </Panel>
  );
}
