import { create, useStore } from 'zustand';
import type { Playbook } from '../domain/types';
import type { ValidationError } from '../domain/validationError';
import {
  type AutosaveController,
  createAutosave,
  createDraftWriter,
  type DraftWriter,
  decideOnRemoteSave,
  decideOnWriteConflict,
  dropsReviewRecords,
  mergeReviews,
  type SaveStatus,
  type StoredPlaybook,
  systemClock,
} from '../persistence';
import { draftSaved } from '../queries';
import { canonicalJson } from '../review/canonicalJson';
import { analysisOf } from '../viewModels/problemsAnalysis';
import { documentStore, loadDocument, validate } from './documentStore';
import { takeStoredRead } from './documentStorePrefetch';
import { learnEarlierExports } from './exportLog';
import { recordDrillsOf } from './libraryDrills';
import { lintCountsOf, queryClient, repository, tabs } from './persistenceContext';

/** The playbook open in this tab (designer or review), and how its storage is doing. */
export interface SessionState {
  playbookId: string | null;
  phase: 'idle' | 'loading' | 'open' | 'failed';
  /** Why it could not be opened (not found, damaged, storage unavailable). */
  failure: string | null;
  /** What the toolbar shows: "Saved", "Saving…", "Not saved: reason"; `saved` only once on disk. */
  saveStatus: SaveStatus;
  /** Another tab saved while this one has unsaved edits: the user must choose. */
  conflict: { storedVersion: number } | null;
  /** A short line for the toolbar: "Reloaded: saved in another tab", "Deleted in another tab". */
  notice: string | null;
}

export const sessionStore = create<SessionState>(() => ({
  playbookId: null,
  phase: 'idle',
  failure: null,
  saveStatus: { kind: 'saved' },
  conflict: null,
  notice: null,
}));

export const useSession = <T>(select: (state: SessionState) => T): T => useStore(sessionStore, select);

interface Wiring {
  id: string;
  writer: DraftWriter;
  autosave: AutosaveController<Playbook>;
  dispose: () => void;
}

let wiring: Wiring | null = null;
// Set while the document store is loaded from storage, so that load is not written back.
let applyingStored = false;

/** The open playbook's writer and autosave, for the version, conflict and review operations. */
export function currentWiring(): Wiring | null {
  return wiring;
}

/** Puts a stored document into the document store without treating it as an edit. */
export function applyStoredDocument(
  document: Playbook,
  options: { keepHistory?: boolean; problems?: ValidationError[] } = {},
): void {
  applyingStored = true;
  try {
    // `problems`: what the repository's parse of this very document found, so it is not parsed twice.
    const problems = options.problems ?? validate(document);
    if (options.keepHistory) documentStore.setState({ document, problems });
    else loadDocument(document, problems);
  } finally {
    applyingStored = false;
  }
}

/** Another tab saved: reload cleanly when nothing here is unsaved, else ask. */
async function onRemoteSave(id: string, storedVersion: number): Promise<void> {
  const current = wiring;
  if (!current || current.id !== id) return;
  const decision = decideOnRemoteSave(
    { loadedVersion: current.writer.version(), hasUnsavedEdits: current.autosave.hasUnsavedEdits() },
    storedVersion,
  );
  if (decision.action === 'reload')
    await reloadFromStorage('Reloaded: this playbook was saved in another tab.');
  else if (decision.action === 'conflict') sessionStore.setState({ conflict: { storedVersion } });
}

/** Loads the stored draft over the document here (nothing unsaved is lost: there is none). */
export async function reloadFromStorage(notice: string | null): Promise<void> {
  const current = wiring;
  if (!current) return;
  const stored = await repository.get(current.id);
  if (!stored.ok || stored.value.status !== 'ok' || wiring !== current) return;
  // An edit made while the stored draft was being read would be dropped by the reload: ask instead.
  if (current.autosave.hasUnsavedEdits()) {
    sessionStore.setState({ conflict: { storedVersion: stored.value.version } });
    return;
  }
  current.writer.adopt(stored.value.version);
  current.autosave.reset();
  applyStoredDocument(stored.value.playbook);
  sessionStore.setState({ conflict: null, notice });
}

function wire(id: string, version: number): Wiring {
  const writer = createDraftWriter(repository, id, version, {
    onSaved: (saved, document) => {
      tabs.announceSaved(id, saved.version, saved.updatedAt);
      void draftSaved(queryClient, id, document, saved);
    },
    // The store validates on every edit; parse again only for a document it no longer holds.
    problemCount: (document) => {
      const state = documentStore.getState();
      return state.document === document ? state.problems.length : validate(document).length;
    },
    // The designer lints on every edit (memoised per document): count those findings rather
    // than run the full linter again inside the save.
    lintCounts: (document) => {
      const state = documentStore.getState();
      return state.document === document
        ? lintCountsOf(analysisOf(document, state.problems).findings)
        : undefined;
    },
  });
  const autosave = createAutosave<Playbook>({
    write: (document) => writer.write(document),
    clock: systemClock,
  });
  const offStatus = autosave.subscribe((status) => {
    sessionStore.setState({ saveStatus: status });
    if (status.kind === 'not-saved') {
      const decision = decideOnWriteConflict(status.error, writer.version());
      if (decision.action === 'conflict') {
        sessionStore.setState({ conflict: { storedVersion: decision.storedVersion } });
      }
    }
  });
  const offEdits = documentStore.subscribe((state, previous) => {
    if (state.document === previous.document || applyingStored) return;
    // Review records are outside the undo history: undoing past an approval (or redoing an edit
    // made before it) must not drop it. The document keeps them; this runs again for the result.
    if (dropsReviewRecords(previous.document.review, state.document.review)) {
      documentStore.setState({
        document: {
          ...state.document,
          review: mergeReviews(state.document.review, previous.document.review),
        },
      });
      return;
    }
    autosave.edited(state.document);
  });
  const offTabs = tabs.watch(id, (message) => {
    if (message.type === 'saved') void onRemoteSave(id, message.version);
    else if (message.type === 'deleted') {
      sessionStore.setState({
        notice:
          'This playbook was deleted in another tab. Your work here is kept until you leave; export it to keep it.',
      });
    }
  });
  const flushNow = () => void autosave.flush();
  const onHidden = () => {
    if (document.visibilityState === 'hidden') flushNow();
  };
  window.addEventListener('pagehide', flushNow);
  document.addEventListener('visibilitychange', onHidden);
  return {
    id,
    writer,
    autosave,
    dispose() {
      offStatus();
      offEdits();
      offTabs();
      window.removeEventListener('pagehide', flushNow);
      document.removeEventListener('visibilitychange', onHidden);
      autosave.dispose();
    },
  };
}

/**
 * Opens a library playbook for editing: loads it into the document store (its quick read, the full
 * read to follow; or migrate → parse) and autosaves every later edit to IndexedDB. Opening the one
 * already open does nothing (designer and review share it); opening another first writes what is
 * pending of the previous one.
 */
export async function openPlaybook(id: string): Promise<void> {
  if (wiring?.id === id && sessionStore.getState().phase !== 'failed') return;
  await closePlaybook();
  sessionStore.setState({ playbookId: id, phase: 'loading', failure: null, conflict: null, notice: null });
  // The router may have started this read while the designer's chunk loaded (issue 20).
  const read = await (takeStoredRead(id) ?? repository.peek(id));
  if (sessionStore.getState().playbookId !== id) return;
  if (!read.ok) {
    sessionStore.setState({ phase: 'failed', failure: read.error.message });
    return;
  }
  const { stored, verify } = read.value;
  if (stored.status === 'damaged') {
    sessionStore.setState({ phase: 'failed', failure: DAMAGED });
    return;
  }
  applyStoredDocument(stored.playbook, { problems: stored.problems });
  wiring = wire(id, stored.version);
  sessionStore.setState({ phase: 'open', saveStatus: { kind: 'saved' } });
  void learnEarlierExports(id);
  if (verify) {
    const confirm = () => confirmQuickRead(id, stored.version, stored.playbook, verify);
    pendingRead = confirm;
    // The designer asks once its canvas is drawn; a page that does not (review) gets it shortly.
    setTimeout(() => {
      if (pendingRead === confirm) confirmStoredRead();
    }, CONFIRM_AFTER_MS);
  }
}

/** The full read still to run for the playbook drawn from its quick read, if any. */
let pendingRead: (() => void) | null = null;
const CONFIRM_AFTER_MS = 3_000;

/**
 * Runs the full read of a playbook drawn from its quick read, if it has not run yet. The designer
 * calls it once its first canvas is interactive, so the parse is not on the way to it (issue 20).
 */
export function confirmStoredRead(): void {
  const confirm = pendingRead;
  pendingRead = null;
  confirm?.();
}

const DAMAGED =
  'This stored playbook cannot be read. Go back to the library and download its raw JSON to recover it.';

/**
 * The full read of a playbook that was drawn from its quick read (`persistence/quickRead.ts`),
 * once the canvas is on screen. It agrees unless the row was changed behind the app's back; then
 * what it read wins: the problems or the corrected document are shown, or, when the row cannot be
 * read at all, the designer closes on the damaged message without writing anything back (an edit
 * made in the moment between and not yet saved is dropped: it was made to a document that is not
 * what is stored; one already saved stands, its save having judged what it wrote).
 */
function confirmQuickRead(id: string, version: number, shown: Playbook, verify: () => StoredPlaybook): void {
  const current = wiring;
  // Closed, another playbook open, or the row rewritten since (a save here, with a summary of its
  // own, or a reload from storage by the full read): the quick read has nothing left to answer for.
  if (!current || current.id !== id || current.writer.version() !== version) return;
  const full = verify();
  if (full.status === 'damaged') {
    current.dispose();
    wiring = null;
    sessionStore.setState({ phase: 'failed', failure: DAMAGED });
    return;
  }
  const agrees =
    full.problems.length === 0 &&
    full.migrations.length === 0 &&
    canonicalJson(full.playbook) === canonicalJson(shown);
  if (agrees) return;
  current.autosave.reset();
  applyStoredDocument(full.playbook, { problems: full.problems });
}

/** Writes what is pending and stops autosaving (back to the library). */
export async function closePlaybook(): Promise<void> {
  const current = wiring;
  if (!current) return;
  if (current.autosave.hasUnsavedEdits() && !sessionStore.getState().conflict) await current.autosave.flush();
  current.dispose();
  if (wiring === current) wiring = null;
  sessionStore.setState({ playbookId: null, phase: 'idle', conflict: null, notice: null });
}

/** Writes pending edits now; resolves with the status ("Save version" and review call it first). */
export async function flushAutosave(): Promise<SaveStatus> {
  return wiring ? wiring.autosave.flush() : { kind: 'saved' };
}

export const sessionActions = {
  noticeDismissed: () => sessionStore.setState({ notice: null }),
};

recordDrillsOf(() => sessionStore.getState().playbookId);
