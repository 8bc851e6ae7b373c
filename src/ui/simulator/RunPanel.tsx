import { useId, useState } from 'react';
import { useDocument } from '../../state/documentSelectors';
import { useSimulation } from '../../state/simulationStore';
import { TabList, tabIdOf, tabPanelIdOf } from '../components/TabList';
import { RunDataView } from './DataView';
import { EventLog } from './EventLog';
import { RunControls } from './RunControls';
import { Timeline } from './Timeline';
import { VerdictView } from './VerdictView';

const DETAIL_TABS = [
  { id: 'verdict', title: 'Verdict' },
  { id: 'data', title: 'Data' },
] as const;

/** The run tab: controls and timeline on top, the event log left, verdict and data right. */
export function RunPanel() {
  const [view, setView] = useState<'verdict' | 'data'>('verdict');
  const baseId = useId();
  const error = useSimulation((s) => s.error);
  const notice = useSimulation((s) => s.notice);
  const run = useSimulation((s) => s.run);
  const document = useDocument();
  const stale = run !== null && run.playbook !== document;
  return (
    <div className="sim-run">
      <RunControls />
      {error && (
        <p className="sim-error" role="alert">
          {error}
        </p>
      )}
      {notice && (
        <p className="sim-notice" role="status">
          {notice}
        </p>
      )}
      {stale && (
        <p className="sim-notice">The playbook changed after this run was made. Reset to run it again.</p>
      )}
      {run && (
        <p className="sim-run__label">
          Watching: <strong>{run.inputs.label}</strong>
          <span className="sim-trace-legend">
            On the canvas: <span className="sim-trace-legend__here">glowing</span> where the run is ·{' '}
            <span className="sim-trace-legend__forward">blue</span> the way it went ·{' '}
            <span className="sim-trace-legend__failure">red</span> a failure ·{' '}
            <span className="sim-trace-legend__recovery">orange dashed</span> the recovery · faded: not
            reached
          </span>
        </p>
      )}
      <Timeline />
      <div className="sim-run__body">
        <div className="sim-run__log">
          <h3>Event log</h3>
          <EventLog />
        </div>
        <div className="sim-run__detail">
          <TabList
            label="Run details"
            className="sim-tabs"
            tabs={DETAIL_TABS}
            current={view}
            onChoose={setView}
            baseId={baseId}
          />
          <div
            role="tabpanel"
            className="sim-run__panel"
            // The verdict or data may scroll: keyboard users must reach all of it (axe, WAI-ARIA tabs).
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling tabpanel without controls takes the focus
            tabIndex={0}
            id={tabPanelIdOf(baseId)}
            aria-labelledby={tabIdOf(baseId, view)}
          >
            {view === 'verdict' ? <VerdictView /> : <RunDataView />}
          </div>
        </div>
      </div>
    </div>
  );
}
