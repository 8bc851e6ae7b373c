import type { ReportEntry } from '../../importers/types';
import { groupReport, messageSentences, REPORT_GROUPS } from './importReviewModel';

/**
 * The import report, grouped so what needs the author comes first. An entry whose element became
 * a node is a button that selects that node on the canvas; the others say they are not drawn.
 */
export function ImportReportList({
  report,
  selectedEntry,
  onSelect,
  idPrefix,
}: {
  report: readonly ReportEntry[];
  selectedEntry: number | null;
  onSelect: (index: number, entry: ReportEntry) => void;
  /** Each entry's element id is this and its index, so a node clicked on the canvas can show it. */
  idPrefix: string;
}) {
  const groups = groupReport(report);
  return (
    <div className="import-report">
      {REPORT_GROUPS.map(({ level, title, intro }) => {
        const entries = groups[level];
        if (entries.length === 0) return null;
        return (
          <section key={level} className={`import-report__group import-report__group--${level}`}>
            <h3>
              {title} ({entries.length})
            </h3>
            <p className="import-report__intro">{intro}</p>
            <ul aria-label={title}>
              {entries.map((entry) => {
                const index = report.indexOf(entry);
                const current = index === selectedEntry;
                return (
                  <li
                    key={index}
                    id={`${idPrefix}${index}`}
                    className={`import-entry${current ? ' is-current' : ''}`}
                    aria-current={current ? 'true' : undefined}
                  >
                    {entry.node === null ? (
                      <span className="import-entry__name">
                        {entry.source.name} <span className="muted">(not on the canvas)</span>
                      </span>
                    ) : (
                      <button
                        type="button"
                        className="import-entry__name"
                        title="Show it on the canvas"
                        onClick={() => onSelect(index, entry)}
                      >
                        {entry.source.name}
                      </button>
                    )}
                    <span className="import-entry__type">{entry.source.type}</span>
                    <EntryMessage message={entry.message} />
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

/** One sentence a line, lead words in bold: the importers' paragraphs are long. */
function EntryMessage({ message }: { message: string }) {
  const sentences = messageSentences(message);
  if (sentences.length <= 1) return <p className="import-entry__message">{message}</p>;
  return (
    <ul className="import-entry__message">
      {sentences.map((sentence, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a message may repeat a sentence
        <li key={index}>
          {sentence.lead && <strong>{sentence.lead}: </strong>}
          {sentence.text}
        </li>
      ))}
    </ul>
  );
}
