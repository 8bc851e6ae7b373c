import * as Comlink from 'comlink';
import type { ImportWorkerApi } from '../../workers/import.worker';
import type { ImportStage, SortedImport } from '../../workers/importSorting';

/** Sorts files off the page's thread; `close` ends the worker (also mid-file, on Cancel). */
export interface ImportRunner {
  sort(text: string, onStage: (stage: ImportStage) => void): Promise<SortedImport>;
  close(): void;
}

/**
 * One module worker for a batch of files, started on the first file. If the browser cannot start
 * it, the file is refused with that reason rather than imported on the page's thread, which a
 * large workflow would freeze.
 */
export function workerImportRunner(): ImportRunner {
  let worker: Worker | null = null;
  let api: Comlink.Remote<ImportWorkerApi> | null = null;
  // A worker whose script fails to load answers nothing: its error event ends the wait instead.
  let failed: Promise<never> = new Promise(() => {});
  return {
    async sort(text, onStage) {
      if (!api) {
        const started = new Worker(new URL('../../workers/import.worker.ts', import.meta.url), {
          type: 'module',
        });
        failed = new Promise((_, reject) =>
          started.addEventListener('error', (event) =>
            reject(new Error(event.message || 'the worker failed')),
          ),
        );
        failed.catch(() => {}); // raced below; an error after the last file needs no handler
        worker = started;
        api = Comlink.wrap<ImportWorkerApi>(started);
      }
      try {
        return await Promise.race([api.sort(text, Comlink.proxy(onStage)), failed]);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return { kind: 'refused', message: `The import could not run in this browser: ${reason}` };
      }
    },
    close() {
      worker?.terminate();
      worker = null;
      api = null;
    },
  };
}
