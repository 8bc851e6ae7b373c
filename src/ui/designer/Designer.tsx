import { useNodesInitialized, useReactFlow } from '@xyflow/react';
import { type DragEvent, lazy, Suspense, startTransition, useCallback, useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { useShortcuts } from '../../app/useShortcuts';
import { NODE_KINDS } from '../../domain/schema/nodes';
import type { NodeKind } from '../../domain/types';
import { canvasStore } from '../../state/canvasStore';
import { confirmStoredRead } from '../../state/persistenceSession';
import { AnalysisShownContext, LiveAnalysisContext } from '../../state/problemsStore';
import { Canvas } from '../canvas/Canvas';
import { PALETTE_MIME, Palette } from './Palette';
import { edgeAtPoint, paletteDropped } from './paletteAdd';
import { RightPanel } from './RightPanel';
import { SearchBox } from './SearchBox';
import { Toolbar } from './Toolbar';

/**
 * The parts drawn after the first draw (`drawnLater.ts`): one chunk, asked for when they are. A
 * chunk that cannot be fetched (offline, a new deployment) leaves the designer working without
 * them, and says so where the Problems panel goes, rather than taking the page down.
 */
const loadLater = () =>
  import('./drawnLater').catch(() => ({
    ProblemsPanel: LaterPartsUnavailable,
    SimulatorDock: Nothing,
    HelpOverlay: Nothing,
    FileDialogs: Nothing,
    ExportDialog: Nothing,
    LinkDialog: Nothing,
  }));
const laterPart = (name: keyof Awaited<ReturnType<typeof loadLater>>) =>
  lazy(() => loadLater().then((parts) => ({ default: parts[name] })));
const ProblemsPanel = laterPart('ProblemsPanel');
const SimulatorDock = laterPart('SimulatorDock');
const HelpOverlay = laterPart('HelpOverlay');
const FileDialogs = laterPart('FileDialogs');
const ExportDialog = laterPart('ExportDialog');
const LinkDialog = laterPart('LinkDialog');

function Nothing() {
  return null;
}

function LaterPartsUnavailable() {
  return (
    <p role="alert" className="banner banner--bad">
      The Problems panel, the simulator and the dialogs could not be loaded (is the network down?). Your
      playbook is saved as you edit; reload the page to get them back.
    </p>
  );
}

const isKind = (value: string): value is NodeKind => (NODE_KINDS as readonly string[]).includes(value);

/**
 * Waits for the designer's first draw: once its nodes are measured (the canvas is interactive) and
 * the browser is next idle, `onDrawn` runs, in a transition. Then lint and the RTO budget run (the
 * Problems panel and node badges fill in) and the rest of the designer is drawn: the Problems and
 * simulator docks, dialogs, and the canvas's zoom controls, overview map and legend. The first
 * draw is what the bare canvas needs plus the toolbar, palette and side panel, which take the
 * room the canvas is fitted into (issue 20, open fast). A playbook without nodes has nothing to
 * measure and little to draw: it shows everything at once; a measure that never comes (a hidden
 * canvas) is given a second. A component of its own, drawing nothing: React Flow's measure
 * redraws only it, not the whole designer.
 */
function AfterFirstDraw({ onDrawn }: { onDrawn: () => void }) {
  const measured = useNodesInitialized();
  const empty = useStore(canvasStore, (s) => s.nodes.length === 0);
  useEffect(() => {
    performance.mark('rollbook:first-canvas-render');
  }, []);
  useEffect(() => {
    const show = () => startTransition(onDrawn);
    if (!measured || typeof requestIdleCallback !== 'function') {
      const timer = window.setTimeout(show, measured ? 50 : empty ? 0 : 1000);
      return () => window.clearTimeout(timer);
    }
    performance.mark('rollbook:nodes-measured');
    const idle = requestIdleCallback(show, { timeout: 200 });
    return () => cancelIdleCallback(idle);
  }, [measured, empty, onDrawn]);
  return null;
}

/**
 * The designer's layout: toolbar on top, palette left, canvas centre, the right panel with tabs
 * (inspector and playbook panels; later simulator, review) and a bottom dock, empty for now,
 * where the Problems panel goes (`.designer__dock`).
 */
export function Designer() {
  useShortcuts();
  const [analysisShown, setAnalysisShown] = useState(false);
  const drawn = useCallback(() => setAnalysisShown(true), []);
  // The stored playbook's full read, once the canvas drawn from its quick read is interactive.
  useEffect(() => {
    if (analysisShown) confirmStoredRead();
  }, [analysisShown]);
  const flow = useReactFlow();
  const onDrop = (event: DragEvent) => {
    const kind = event.dataTransfer.getData(PALETTE_MIME);
    if (!isKind(kind)) return;
    event.preventDefault();
    const at = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
    paletteDropped(kind, { x: at.x - 86, y: at.y - 20 }, edgeAtPoint(event.clientX, event.clientY));
  };
  return (
    <AnalysisShownContext value={analysisShown}>
      <div className="designer">
        {!analysisShown && <AfterFirstDraw onDrawn={drawn} />}
        <Toolbar />
        <div className="designer__body">
          <Palette />
          <main className="designer__centre">
            <SearchBox />
            <LiveAnalysisContext value={true}>
              <Canvas onDropKind={onDrop} chromeShown={analysisShown} />
            </LiveAnalysisContext>
            {analysisShown && (
              <Suspense fallback={null}>
                <ProblemsPanel />
              </Suspense>
            )}
            <section className="designer__dock" aria-label="Bottom dock" hidden />
            {analysisShown && (
              <Suspense fallback={null}>
                <SimulatorDock />
              </Suspense>
            )}
          </main>
          {/* Drawn at once: it sets the canvas's width, which the first view is fitted to. */}
          <RightPanel />
        </div>
        {analysisShown && (
          <Suspense fallback={null}>
            <HelpOverlay />
            <FileDialogs />
            <ExportDialog />
            <LinkDialog />
          </Suspense>
        )}
      </div>
    </AnalysisShownContext>
  );
}
