import { useState } from 'react';
import type { Playbook } from '../../domain/types';
import { formatHumanDuration } from '../../lib/duration';
import type { DrillEntry, DrillFault, DrillRun, RunOutcome } from '../../simulator';
import { FAULT_WORDS } from '../../simulator/faultBuilder';
import { simulationActions } from '../../state/simulationStore';
import { OUTCOME_WORDS } from '../../viewModels/simulationVerdict';

/** Outcomes in one or two words, to fit a cell. */
const SHORT_OUTCOME: Record<RunOutcome, string> = {
  completed: 'Completed',
  rolled_back: 'Rolled back',
  restored: 'Restored',
  degraded: 'Degraded',
  failed: 'Failed',
  rollback_incomplete: 'Undo incomplete',
};

// The fault words are the fault menu's; the outage column is the drill's own ten-minute outage.
const COLUMNS: { fault: DrillFault; title: string }[] = [
  { fault: 'fail', title: FAULT_WORDS.fail.title },
  { fault: 'partial', title: FAULT_WORDS.partial.title },
  { fault: 'timeout', title: FAULT_WORDS.timeout.title },
  { fault: 'duplicate', title: FAULT_WORDS.duplicate.title },
  { fault: 'outage', title: 'Outage 10 min' },
  { fault: 'reject', title: 'Rejected' },
];

const PAGE = 40;

/** A cell's colour class: red when the data ends up wrong, else by outcome. */
export function cellTone(run: DrillRun): string {
  if (run.status === 'not reached') return 'unreached';
  if (run.consistent === false || run.outcome === 'failed' || run.outcome === 'rollback_incomplete')
    return 'bad';
  return run.outcome ?? 'unreached';
}

function cellWords(run: DrillRun): string {
  if (run.status === 'not reached') return 'not reached: no run got here';
  const parts = [
    OUTCOME_WORDS[run.outcome!].toLowerCase(),
    run.consistent ? 'data consistent' : 'data NOT consistent',
  ];
  if (run.recoveryMs) parts.push(`recovery ${formatHumanDuration(run.recoveryMs)}`);
  if (run.withinRto === false) parts.push('over the RTO');
  return parts.join(', ');
}

function Cell({ entry, label, playbook }: { entry: DrillEntry; label: string; playbook: Playbook }) {
  const { run } = entry;
  const reached = run.status === 'run';
  return (
    <button
      type="button"
      className={`drill-cell drill-cell--${cellTone(run)}`}
      disabled={!reached}
      aria-label={`${label}: ${cellWords(run)}`}
      title={`${label}: ${cellWords(run)}${reached ? '. Click to replay it step by step.' : ''}`}
      onClick={() =>
        simulationActions.runOpened(
          {
            scenarioId: null,
            faults: entry.faults,
            approvals: entry.approvals,
            seed: playbook.id,
            label: `Drill run ${label}${run.basedOn && run.basedOn !== 'baseline' ? ` (on top of ${run.basedOn})` : ''}`,
          },
          playbook,
        )
      }
    >
      {reached ? (
        <>
          <span className="drill-cell__outcome">{SHORT_OUTCOME[run.outcome!]}</span>
          <span className="drill-cell__data">
            {run.consistent ? '✓ data' : '✗ data'}
            {run.withinRto === false ? ' · over RTO' : ''}
          </span>
        </>
      ) : (
        <span className="drill-cell__outcome">not reached</span>
      )}
    </button>
  );
}

/** The drill matrix: a row per node the drill faults, a column per fault type; empty where a fault does not apply. */
export function DrillMatrix({ entries, playbook }: { entries: readonly DrillEntry[]; playbook: Playbook }) {
  const [shown, setShown] = useState(PAGE);
  const baseline = entries.find((entry) => entry.run.node === null);
  const rows = new Map<string, Map<DrillFault, DrillEntry>>();
  for (const entry of entries) {
    const { node, fault } = entry.run;
    if (node === null || fault === null) continue;
    const row = rows.get(node) ?? new Map<DrillFault, DrillEntry>();
    row.set(fault, entry);
    rows.set(node, row);
  }
  const labels = new Map(playbook.nodes.map((node) => [node.id, node.label]));
  const columns = COLUMNS.filter((column) => [...rows.values()].some((row) => row.has(column.fault)));
  const list = [...rows].slice(0, shown);
  return (
    <div className="drill-matrix-wrap">
      {baseline && (
        <p className="drill-baseline">
          Baseline (no fault): <Cell entry={baseline} label="Baseline, no fault" playbook={playbook} />
        </p>
      )}
      <table className="drill-matrix" aria-label="Drill matrix">
        <thead>
          <tr>
            <th scope="col">Node</th>
            {columns.map((column) => (
              <th key={column.fault} scope="col">
                {column.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {list.map(([node, row]) => (
            <tr key={node}>
              <th scope="row">{labels.get(node) ?? node}</th>
              {columns.map((column) => {
                const entry = row.get(column.fault);
                return (
                  <td key={column.fault}>
                    {entry ? (
                      <Cell
                        entry={entry}
                        label={`${labels.get(node) ?? node} × ${column.title}`}
                        playbook={playbook}
                      />
                    ) : (
                      <span className="drill-cell drill-cell--none" aria-hidden="true" />
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {rows.size > shown && (
        <button type="button" onClick={() => setShown(shown + PAGE * 5)}>
          Show more rows ({rows.size - shown} more)
        </button>
      )}
    </div>
  );
}
