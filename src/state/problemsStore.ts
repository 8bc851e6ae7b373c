import { createContext, useContext } from 'react';
import { create, useStore } from 'zustand';
import type { Playbook } from '../domain/types';
import { type Analysis, analysisOf, type Problem } from '../viewModels/problemsAnalysis';
import { documentStore } from './documentStore';

/** The Problems panel and export dialog state: never in the document, never in the undo history. */
interface ProblemsUiState {
  panelOpen: boolean;
  /** The RTO budget's critical path is highlighted on the canvas. */
  criticalPathShown: boolean;
  exportOpen: boolean;
}

const problemsUiStore = create<ProblemsUiState>(() => ({
  panelOpen: false,
  criticalPathShown: false,
  exportOpen: false,
}));

/** Actions named as events, as the other stores do. */
export const problemsActions = {
  panelToggled: (open?: boolean) => problemsUiStore.setState((s) => ({ panelOpen: open ?? !s.panelOpen })),
  criticalPathToggled: (shown?: boolean) =>
    problemsUiStore.setState((s) => ({ criticalPathShown: shown ?? !s.criticalPathShown })),
  exportDialogToggled: (open: boolean) => problemsUiStore.setState({ exportOpen: open }),
};

export const useProblemsPanelOpen = (): boolean => useStore(problemsUiStore, (s) => s.panelOpen);
export const useCriticalPathShown = (): boolean => useStore(problemsUiStore, (s) => s.criticalPathShown);
export const useExportDialogOpen = (): boolean => useStore(problemsUiStore, (s) => s.exportOpen);

const analysisOfState = (s: { document: Playbook; problems: Parameters<typeof analysisOf>[1] }) =>
  analysisOf(s.document, s.problems);

/** Validation errors, lint findings and the RTO budget of the document being edited; live. */
export const useAnalysis = (): Analysis => useStore(documentStore, analysisOfState);

/** The analysis right now, for event handlers (export, download). */
export const currentAnalysis = (): Analysis => analysisOfState(documentStore.getState());

/**
 * True inside the designer's canvas, whose nodes are the document being edited. The node and edge
 * components are shared with read-only canvases (a saved revision, review, a share link) that draw
 * another version: there the live findings and critical path of the edited document must not show.
 */
export const LiveAnalysisContext = createContext(false);

const NO_PROBLEMS: readonly Problem[] = [];

/** The lint findings that point at one node (its badge adds them to the validation count). */
export function useNodeLintProblems(nodeId: string): readonly Problem[] {
  const live = useContext(LiveAnalysisContext);
  return useStore(documentStore, (s) =>
    live ? (analysisOfState(s).lintByNode.get(nodeId) ?? NO_PROBLEMS) : NO_PROBLEMS,
  );
}

const EMPTY_PATH: readonly string[] = [];

/** The critical recovery path while it is shown on the canvas, else an empty list. */
function useShownCriticalPath(): readonly string[] {
  const live = useContext(LiveAnalysisContext);
  const shown = useCriticalPathShown() && live;
  return useStore(documentStore, (s) => (shown ? (analysisOfState(s).rto?.path ?? EMPTY_PATH) : EMPTY_PATH));
}

/** Whether a node is on the shown critical path. */
export const useOnCriticalPath = (nodeId: string): boolean => useShownCriticalPath().includes(nodeId);

/** Whether an edge joins two consecutive nodes of the shown critical path. */
export function useEdgeOnCriticalPath(source: string, target: string): boolean {
  const path = useShownCriticalPath();
  for (let index = 1; index < path.length; index += 1) {
    if (path[index - 1] === source && path[index] === target) return true;
  }
  return false;
}
