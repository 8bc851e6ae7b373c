import { useState } from 'react';
import type { Playbook } from '../../domain/types';
import type { DrillEntry, DrillFault } from '../../simulator';
import { FAULT_WORDS } from '../../simulator/faultBuilder';
import { simulationActions } from '../../state/simulationStore';
import { drillCellView } from '../../viewModels/drillCell';

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

function Cell({ entry, label, playbook }: { entry: DrillEntry; label: string; playbook: Playbook }) {
  const { run } = entry;
  const reached = run.status === 'run';
  const view = drillCellView(run);
  return (
    <button
      type="button"
      className={`drill-cell drill-cell--${view.tone}`}
      disabled={!reached}
      aria-label={`${label}: ${view.words}`}
      title={`${label}: ${view.words}${reached ? '. Click to replay it step by step.' : ''}`}
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
          <span className="drill-cell__outcome">{view.outcome}</span>
          <span className="drill-cell__data">{view.data}</span>
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
