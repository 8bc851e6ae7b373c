import { hrefOf } from '../../app/router';
import type { ImportReport } from '../../state/libraryActions';

/** One line per imported file: where it went, or every reason it was refused. */
export function ImportReports({ reports, onClose }: { reports: ImportReport[]; onClose: () => void }) {
  if (reports.length === 0) return null;
  const refused = reports.filter((report) => !report.ok).length;
  return (
    <section className="import-reports" aria-label="Import results" role={refused > 0 ? 'alert' : 'status'}>
      <h2>
        Imported {reports.length - refused} of {reports.length} {reports.length === 1 ? 'file' : 'files'}
        {refused > 0 ? ` (${refused} refused; nothing was changed for ${refused === 1 ? 'it' : 'them'})` : ''}
      </h2>
      <ul>
        {reports.map((report, index) =>
          report.ok ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: two files may share a name
            <li key={index}>
              <strong>{report.file}</strong>: added as{' '}
              <a href={hrefOf({ name: 'designer', id: report.id })}>{report.name}</a>
              {report.migrations.length > 0
                ? ` (updated from an older format: ${report.migrations.join(', ')})`
                : ''}
            </li>
          ) : (
            // biome-ignore lint/suspicious/noArrayIndexKey: two files may share a name
            <li key={index} className="import-reports__refused">
              <strong>{report.file}</strong>: not imported.
              <ul className="error-list" aria-label={`Errors in ${report.file}`}>
                {report.errors.slice(0, 20).map((error) => (
                  <li key={`${error.path}:${error.message}`}>
                    {error.path && <code>{error.path}</code>} {error.message}
                  </li>
                ))}
                {report.errors.length > 20 && <li>… and {report.errors.length - 20} more</li>}
              </ul>
            </li>
          ),
        )}
      </ul>
      <button type="button" onClick={onClose}>
        Dismiss import results
      </button>
    </section>
  );
}
