import { useEffect, useRef, useState } from 'react';
import { navigate } from '../../app/router';
import { fileSizeProblem } from '../../domain/fileLimits';
import { type ImportReport, importFiles } from '../../state/libraryActions';
import type { ImportStage } from '../../workers/importSorting';
import { ImportReview, type ReviewedImport } from './ImportReview';
import { type ImportRunner, workerImportRunner } from './importRunner';

/** Where the batch is: reading file `index` of `total`, in `stage`. */
interface Progress {
  index: number;
  total: number;
  fileName: string;
  /** `saving`: the playbook files of the batch are being stored (after every file was read). */
  stage: ImportStage | { stage: 'saving'; count: number };
}

/** The progress line's words: which file, and what is happening to it. */
function progressWords({ stage, fileName, index, total }: Progress): string {
  if (stage.stage === 'saving')
    return `Saving ${stage.count === 1 ? 'the playbook' : `${stage.count} playbooks`} to the library…`;
  const what =
    stage.stage === 'reading'
      ? 'reading it'
      : `building the playbook (${stage.label}${stage.elements > 0 ? `, ${stage.elements} elements` : ''})`;
  return `Importing ${fileName}${total > 1 ? ` (file ${index + 1} of ${total})` : ''}: ${what}…`;
}

/**
 * The library's Import for a batch of files (lazy: the importers and the review load only when
 * files come). Each file is sorted in the import worker: playbooks take the library's own import
 * as before, workflows of other tools wait in the review one after the other, and the rest are
 * refused. The refusals and the playbooks' results reach the page's usual import results.
 */
export function ImportWorkflowFiles({
  files,
  onReports,
  onDone,
}: {
  files: readonly File[];
  onReports: (reports: ImportReport[]) => void;
  onDone: () => void;
}) {
  const [progress, setProgress] = useState<Progress | null>(null);
  const [queue, setQueue] = useState<ReviewedImport[] | null>(null);
  const [reviewed, setReviewed] = useState(0);
  const runner = useRef<ImportRunner | null>(null);
  // The page's callbacks may change on every render; the batch must not start again when they do.
  const callbacks = useRef({ onReports, onDone });
  callbacks.current = { onReports, onDone };

  useEffect(() => {
    let live = true;
    const current = workerImportRunner();
    runner.current = current;
    const onProgress = (next: Progress) => live && setProgress(next);
    void sortFiles(files, current, onProgress, () => live).then((sorted) => {
      current.close();
      if (!live) return;
      setProgress(null);
      if (sorted.reports.length > 0) callbacks.current.onReports(sorted.reports);
      if (sorted.workflows.length === 0) callbacks.current.onDone();
      else setQueue(sorted.workflows);
    });
    return () => {
      live = false;
      current.close();
    };
  }, [files]);

  if (progress) {
    return (
      <div role="status" className="import-progress">
        <span>{progressWords(progress)}</span>
        <progress max={progress.total} value={progress.index} aria-label="Import progress" />
        <button
          type="button"
          onClick={() => {
            runner.current?.close();
            onDone();
          }}
        >
          Stop importing
        </button>
      </div>
    );
  }
  const item = queue?.[reviewed];
  if (!queue || !item) return null;
  const next = () => (reviewed + 1 < queue.length ? setReviewed(reviewed + 1) : onDone());
  return (
    <ImportReview
      key={reviewed}
      item={item}
      queue={{ index: reviewed, total: queue.length }}
      onCancel={next}
      onCreate={async () => {
        const created = await createImported(item);
        if (!created.ok) return created.message;
        // The other workflows of the batch wait for another Import; the designer opens this one.
        navigate({ name: 'designer', id: created.id });
        return null;
      }}
    />
  );
}

/**
 * Every file sorted, then the playbook files imported through the library in one call, as they
 * always were (one list refresh, one notice to other tabs). The results keep the files' order.
 * Stops before the next file once `live()` is false (Stop importing, or the page left).
 */
async function sortFiles(
  files: readonly File[],
  runner: ImportRunner,
  onProgress: (progress: Progress) => void,
  live: () => boolean,
): Promise<{ reports: ImportReport[]; workflows: ReviewedImport[] }> {
  const results: (ImportReport | File)[] = [];
  const workflows: ReviewedImport[] = [];
  for (const [index, file] of files.entries()) {
    if (!live()) break;
    const report = (stage: ImportStage) =>
      onProgress({ index, total: files.length, fileName: file.name, stage });
    report({ stage: 'reading' });
    // Too large to read: the playbook import refuses it with the size limit's words.
    const sorted = fileSizeProblem(file.size)
      ? { kind: 'playbook' as const }
      : await runner.sort(await file.text(), report);
    if (sorted.kind === 'playbook') results.push(file);
    else if (sorted.kind === 'workflow') workflows.push({ ...sorted, fileName: file.name });
    else
      results.push({
        file: file.name,
        ok: false,
        message: sorted.message,
        errors: [{ path: sorted.path ?? '', message: sorted.message }],
      });
  }
  if (!live()) return { reports: [], workflows: [] };
  const playbooks = results.filter((result): result is File => result instanceof File);
  if (playbooks.length > 0) {
    const last = files.length - 1;
    const fileName = files[last]?.name ?? '';
    onProgress({
      index: last,
      total: files.length,
      fileName,
      stage: { stage: 'saving', count: playbooks.length },
    });
  }
  const imported = playbooks.length > 0 ? await importFiles(playbooks) : [];
  const reports = results.map((result) =>
    result instanceof File ? imported[playbooks.indexOf(result)] : result,
  );
  return { reports: reports.filter((report) => report !== undefined), workflows };
}

/**
 * Create: the proposed playbook takes the library's import path, so it is parsed once more and
 * its audit log starts with an 'imported' entry. That entry's words name the file and the
 * format: "Imported from orders.json (n8n workflow)".
 */
async function createImported(item: ReviewedImport) {
  const text = JSON.stringify(item.playbook, null, 2);
  const [report] = await importFiles([
    new File([text], `${item.fileName} (${item.label})`, { type: 'application/json' }),
  ]);
  if (!report) return { ok: false as const, message: 'Nothing was imported.' };
  return report.ok ? { ok: true as const, id: report.id } : { ok: false as const, message: report.message };
}
