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

let firstAnalysisMeasured = false;

function analysisOfState(s: { document: Playbook; problems: Parameters<typeof analysisOf>[1] }): Analysis {
  if (firstAnalysisMeasured) return analysisOf(s.document, s.problems);
  // The page's first analysis is measured for the open trace (bench/canvas/open-trace.bench.spec.ts).
  firstAnalysisMeasured = true;
  const start = performance.now();
  const analysis = analysisOf(s.document, s.problems);
  performance.measure('rollbook:analysis', { start });
  return analysis;
}

/**
 * False while the designer draws an opened playbook for the first time: lint and the RTO budget
 * are not run in that render, so the canvas appears as fast as bare React Flow draws it, and the
 * Problems panel, the toolbar count and the node badges fill in a moment later (issue 20). True
 * everywhere else, so edits and other pages show their analysis in the same render as before.
 */
export const AnalysisShownContext = createContext(true);

/** True until the designer's first draw is done and the analysis is shown ("Checking…"). */
export const useAnalysisPending = (): boolean => !useContext(AnalysisShownContext);

const PENDING_ANALYSIS: Analysis = {
  problems: [],
  errorCount: 0,
  warningCount: 0,
  findings: [],
  lintByNode: new Map(),
  rto: null,
  lintFailure: null,
  rulesChecked: [],
};

/** Validation errors, lint findings and the RTO budget of the document being edited; live. */
export function useAnalysis(): Analysis {
  const shown = useContext(AnalysisShownContext);
  return useStore(documentStore, (s) => (shown ? analysisOfState(s) : PENDING_ANALYSIS));
}

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
  const shownNow = useContext(AnalysisShownContext);
  const live = useContext(LiveAnalysisContext) && shownNow;
  return useStore(documentStore, (s) =>
    live ? (analysisOfState(s).lintByNode.get(nodeId) ?? NO_PROBLEMS) : NO_PROBLEMS,
  );
}

const EMPTY_PATH: readonly string[] = [];

/** The critical recovery path while it is shown on the canvas, else an empty list. */
function useShownCriticalPath(): readonly string[] {
  const shownNow = useContext(AnalysisShownContext);
  const live = useContext(LiveAnalysisContext) && shownNow;
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
