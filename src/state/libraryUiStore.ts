import { create, useStore } from 'zustand';

/** Which persistence dialog of the open playbook is showing; never in the document. */
export type LibraryDialog = 'save-version' | 'history' | 'share' | null;

export const libraryUiStore = create<{ dialog: LibraryDialog; message: string | null }>(() => ({
  dialog: null,
  message: null,
}));

export const useLibraryDialog = (): LibraryDialog => useStore(libraryUiStore, (s) => s.dialog);
export const useLibraryMessage = (): string | null => useStore(libraryUiStore, (s) => s.message);

export const libraryUiActions = {
  dialogOpened: (dialog: LibraryDialog) => libraryUiStore.setState({ dialog }),
  dialogClosed: () => libraryUiStore.setState({ dialog: null }),
  messageShown: (message: string | null) => libraryUiStore.setState({ message }),
};
