import type { Playbook } from '../../domain/types';
import { nodeAccessibleName } from '../../graph/nodeKinds';
import type { FieldChange, PlaybookDiff } from '../../review';

/** A short value as it reads in JSON; long ones (objects, long text) are left to the inspector. */
function shortValue(value: unknown): string | null {
  if (value === undefined) return null;
  const text = JSON.stringify(value);
  return text !== undefined && text.length <= 40 ? text : null;
}

/** "system: "carrier-api" → "carrier-api-v2"", "retry › maxAttempts changed", "effects › 2 added". */
function fieldWords(field: FieldChange): string {
  const name = field.path === '' ? 'value' : field.path.slice(1).split('/').join(' › ');
  const before = shortValue(field.before);
  const after = shortValue(field.after);
  if (field.change === 'added') return after ? `${name} set to ${after}` : `${name} added`;
  if (field.change === 'removed') return before ? `${name} ${before} removed` : `${name} removed`;
  return before && after ? `${name}: ${before} → ${after}` : `${name} changed`;
}

const fieldText = (fields: FieldChange[]) =>
  fields.slice(0, 4).map(fieldWords).join('; ') +
  (fields.length > 4 ? `; and ${fields.length - 4} more` : '');

/**
 * What changed, risks first, each a button that focuses the canvas on the node it is about.
 * Layout-only moves are counted, not listed: moving a node changes nothing a reviewer approves.
 */
export function ChangeList({
  diff,
  current,
  before,
  onFocus,
}: {
  diff: PlaybookDiff;
  current: Playbook;
  before: Playbook;
  onFocus: (nodeId: string) => void;
}) {
  const labelOf = (id: string) => {
    const node = current.nodes.find((n) => n.id === id) ?? before.nodes.find((n) => n.id === id);
    return node ? nodeAccessibleName(node.kind, node.label) : id;
  };
  const empty =
    diff.risks.length === 0 &&
    diff.nodes.length === 0 &&
    diff.edges.length === 0 &&
    diff.topLevel.length === 0;
  return (
    <section className="change-list" aria-label="Changes">
      <h2>Changes</h2>
      {empty && <p>No change in content.</p>}
      {diff.risks.length > 0 && (
        <>
          <h3>Risks to check first</h3>
          <ul aria-label="Risky changes">
            {diff.risks.map((risk, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: risks have no id of their own
              <li key={index} className="change change--risk">
                {risk.target ? (
                  <button type="button" onClick={() => onFocus(risk.target as string)}>
                    {risk.message}
                  </button>
                ) : (
                  risk.message
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {diff.nodes.length > 0 && (
        <>
          <h3>Nodes</h3>
          <ul aria-label="Node changes">
            {diff.nodes.map((change) => (
              <li key={change.id} className={`change change--${change.change}`}>
                <button type="button" onClick={() => onFocus(change.id)}>
                  {change.change === 'added' ? 'Added' : change.change === 'removed' ? 'Removed' : 'Changed'}:{' '}
                  {labelOf(change.id)}
                  {change.change === 'changed' ? ` (${fieldText(change.fields)})` : ''}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {diff.edges.length > 0 && (
        <>
          <h3>Links</h3>
          <ul aria-label="Link changes">
            {diff.edges.map((change) => {
              const edge = change.change === 'added' ? change.after : change.before;
              return (
                <li key={change.id} className={`change change--${change.change}`}>
                  <button type="button" onClick={() => onFocus(edge.source)}>
                    {change.change === 'added'
                      ? 'Added'
                      : change.change === 'removed'
                        ? 'Removed'
                        : 'Changed'}{' '}
                    {edge.kind} link from {labelOf(edge.source)} to {labelOf(edge.target)}
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
      {diff.topLevel.length > 0 && (
        <>
          <h3>Playbook settings</h3>
          <ul aria-label="Setting changes">
            {diff.topLevel.map((change) => (
              <li key={change.key} className="change change--changed">
                {change.key}: {fieldText(change.fields)}
              </li>
            ))}
          </ul>
        </>
      )}
      {diff.layoutOnlyMoves > 0 && (
        <p className="muted">
          {diff.layoutOnlyMoves} {diff.layoutOnlyMoves === 1 ? 'node was' : 'nodes were'} only moved on the
          canvas (hidden: layout does not change what is approved).
        </p>
      )}
    </section>
  );
}
