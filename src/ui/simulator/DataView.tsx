import { useMemo } from 'react';
import type { Entity } from '../../domain/types';
import { useSimulation } from '../../state/simulationStore';
import { type DataRow, dataViewAt, type EntityView } from '../../viewModels/simulationData';
import { expectedStateWords } from '../../viewModels/simulationVerdict';
import { PersonalBadge } from '../personal/PersonalBadge';

const show = (value: unknown) =>
  value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);

const STATUS_WORDS: Record<DataRow['status'], string> = {
  same: '',
  added: 'added',
  removed: 'removed',
  changed: 'changed',
};

function EntityTable({
  view,
  flagged,
  definition,
}: {
  view: EntityView;
  flagged: ReadonlySet<string>;
  /** The entity in the data model, to mark its personal fields; undefined for an undeclared one. */
  definition: Entity | undefined;
}) {
  return (
    <details className="sim-entity" open={view.differences > 0 || flagged.size > 0}>
      <summary>
        <strong>{view.entity}</strong>{' '}
        <small>
          {view.rows.filter((row) => row.status !== 'removed').length} records
          {view.differences > 0
            ? ` · ${view.differences} ${view.differences === 1 ? 'difference' : 'differences'}`
            : ' · as expected'}
        </small>
      </summary>
      <table className="sim-table" aria-label={`Records of ${view.entity}`}>
        <thead>
          <tr>
            <th scope="col">Diff</th>
            {view.fields.map((field) => (
              <th key={field} scope="col">
                {field}{' '}
                <PersonalBadge field={definition?.fields.find((candidate) => candidate.name === field)} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {view.rows.map((row) => (
            <tr
              key={row.id}
              className={`sim-row sim-row--${row.status}${row.duplicate ? ' sim-row--duplicate' : ''}`}
            >
              <td className="sim-row__status">
                {STATUS_WORDS[row.status]}
                {flagged.has(row.key) && row.status !== 'removed' && (
                  <span className="sim-badge sim-badge--rule">breaks a rule</span>
                )}
                {row.duplicate && <span className="sim-badge sim-badge--dup">duplicate</span>}
              </td>
              {view.fields.map((field) => {
                const changed = row.changedFields.includes(field);
                return (
                  <td key={field} className={changed ? 'sim-cell--changed' : undefined}>
                    {changed ? (
                      <>
                        <del>{show(row.expected?.[field])}</del> <ins>{show(row.record[field])}</ins>
                      </>
                    ) : (
                      show(row.record[field])
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

/** The data right after the event at the cursor, against the expected state, and what it breaks. */
export function RunDataView() {
  const run = useSimulation((s) => s.run);
  const cursor = useSimulation((s) => s.cursor);
  const view = useMemo(() => {
    if (!run) return null;
    const atEnd = cursor >= run.events.length - 1;
    return dataViewAt(
      run.playbook,
      run.session.dataAt(cursor),
      run.expected.data,
      atEnd ? run.result.violations : null,
    );
  }, [run, cursor]);
  if (!run || !view) return <p className="sim-hint">Start a run to see its data.</p>;
  const against = expectedStateWords(run.playbook, run.expected.name);
  const where = cursor < 0 ? 'before the first event' : `after event ${cursor + 1}`;
  return (
    <section className="sim-data" aria-label="Data view">
      <p className="sim-data__intro">
        The data {where}, compared with <strong>{against}</strong>
        {run.expected.name === null ? ' (this outcome expects no particular state)' : ''}:{' '}
        {view.differences === 0
          ? 'no differences.'
          : `${view.differences} ${view.differences === 1 ? 'difference' : 'differences'}.`}{' '}
        <span className="sim-legend">
          <span className="sim-row--added">added</span> <span className="sim-row--removed">removed</span>{' '}
          <span className="sim-cell--changed">changed</span>{' '}
          <span className="sim-badge sim-badge--dup">duplicate</span>
        </span>
      </p>
      <section aria-label="Violations" className="sim-violations">
        {view.violations.length === 0 ? (
          <p>Data rules broken: none.</p>
        ) : (
          <ul aria-label="Data rules broken">
            {view.violations.map((violation) => (
              <li key={`${violation.invariant}-${violation.entity ?? ''}-${violation.message}`}>
                <strong>{violation.invariant}</strong>
                {violation.entity ? ` on ${violation.entity}` : ''}: {violation.message}
                {violation.keys.length > 0 && (
                  <> (records: {violation.keys.join(', ')}, marked in the tables below)</>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      {[...view.entities]
        .sort((a, b) => Number(b.differences > 0) - Number(a.differences > 0))
        .map((entity) => (
          <EntityTable
            key={entity.entity}
            view={entity}
            definition={run.playbook.dataModel.entities.find((candidate) => candidate.name === entity.entity)}
            flagged={
              new Set(
                view.violations
                  .filter((violation) => violation.entity === undefined || violation.entity === entity.entity)
                  .flatMap((violation) => violation.keys),
              )
            }
          />
        ))}
    </section>
  );
}
