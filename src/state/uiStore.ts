import { create } from 'zustand';

/** Tabs of the right panel. Other features (simulator, review) add theirs to `RIGHT_PANEL_TABS`. */
export type RightPanelTab = 'inspector' | 'playbook' | 'data-model' | 'dataset' | 'scenarios';

/** Panel state: never in the document, never in the undo history. */
export interface UiState {
  rightTab: RightPanelTab;
  helpOpen: boolean;
  searchOpen: boolean;
  /** Errors of the last import that failed; the document was left untouched. */
  importErrors: { file: string; errors: { path: string; message: string }[] } | null;
  /** Export is waiting for a yes because the document has problems. */
  confirmExport: boolean;
  layoutRunning: boolean;
  /** Raised when an auto-layout was applied, so the canvas brings the new arrangement into view. */
  layoutVersion: number;
  /** The node the keyboard link dialog links from (issue 15), or `null` when it is closed. */
  linkFrom: string | null;
  /** Whether the canvas legend is open; it folds itself away from a node the app points at. */
  legendOpen: boolean;
}

export const uiStore = create<UiState>(() => ({
  rightTab: 'inspector',
  helpOpen: false,
  searchOpen: false,
  importErrors: null,
  confirmExport: false,
  layoutRunning: false,
  layoutVersion: 0,
  linkFrom: null,
  legendOpen: true,
}));

export const uiActions = {
  tabChosen: (rightTab: RightPanelTab) => uiStore.setState({ rightTab }),
  helpToggled: (open?: boolean) => uiStore.setState((s) => ({ helpOpen: open ?? !s.helpOpen })),
  searchToggled: (open?: boolean) => uiStore.setState((s) => ({ searchOpen: open ?? !s.searchOpen })),
  importFailed: (file: string, errors: { path: string; message: string }[]) =>
    uiStore.setState({ importErrors: { file, errors } }),
  importErrorsClosed: () => uiStore.setState({ importErrors: null }),
  exportConfirmAsked: (confirmExport: boolean) => uiStore.setState({ confirmExport }),
  layoutStateChanged: (layoutRunning: boolean) => uiStore.setState({ layoutRunning }),
  layoutApplied: () => uiStore.setState((s) => ({ layoutVersion: s.layoutVersion + 1 })),
  linkDialogOpened: (linkFrom: string | null) => uiStore.setState({ linkFrom }),
  legendToggled: (legendOpen: boolean) => uiStore.setState({ legendOpen }),
};
