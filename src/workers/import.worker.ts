/// <reference lib="webworker" />
// zod must be jitless before any schema is built: the app's CSP forbids `new Function` here too.
import '../app/zodJitless';
import * as Comlink from 'comlink';
import { type ImportStage, type SortedImport, sortImportText } from './importSorting';

/**
 * What the import worker offers the page (through comlink): the importers, the catalogue and the
 * playbook validation run here, off the page's thread, so a large workflow never freezes it, and
 * none of that code is in the first screen's JavaScript.
 */
export interface ImportWorkerApi {
  sort(text: string, onStage: (stage: ImportStage) => void): Promise<SortedImport>;
}

const api: ImportWorkerApi = {
  async sort(text, onStage) {
    return sortImportText(text, onStage);
  },
};

Comlink.expose(api);
