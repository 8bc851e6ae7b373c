import { useStore } from 'zustand';
import { useDocumentActions } from '../../state/documentActions';
import { useCanRedo, useCanUndo, usePlaybookName } from '../../state/documentSelectors';
import { uiActions, uiStore } from '../../state/uiStore';
import { runAutoLayout } from '../canvas/autoLayout';
import { FilePickerButton } from '../components/FilePickerButton';
import { ExportButton } from '../export/ExportButton';
import { LibraryLink, SaveStatus, VersionButtons } from '../library/SaveControls';
import { ProblemsButton } from '../problems/ProblemsButton';
import { SimulateButton } from '../simulator/SimulateButton';
import { importFile, requestExport } from './fileIo';
import { SkipToCanvas } from './SkipToCanvas';

/** The top bar: name, undo/redo, import/export, layout, help, save state and problem count. */
export function Toolbar() {
  const name = usePlaybookName();
  const canUndo = useCanUndo();
  const canRedo = useCanRedo();
  const actions = useDocumentActions();
  const layoutRunning = useStore(uiStore, (s) => s.layoutRunning);

  return (
    <header className="toolbar">
      <SkipToCanvas />
      <LibraryLink />
      <span className="toolbar__brand">Rollbook</span>
      <h1 className="toolbar__name">{name}</h1>
      <button type="button" onClick={actions.undoRequested} disabled={!canUndo} title="Undo (Ctrl+Z)">
        Undo
      </button>
      <button type="button" onClick={actions.redoRequested} disabled={!canRedo} title="Redo (Ctrl+Shift+Z)">
        Redo
      </button>
      <button
        type="button"
        onClick={() => void runAutoLayout()}
        disabled={layoutRunning}
        title="Arrange the nodes (Shift+L)"
      >
        {layoutRunning ? 'Arranging…' : 'Auto-layout'}
      </button>
      <button
        type="button"
        onClick={() => uiActions.searchToggled(true)}
        title="Find a node by label (Ctrl+F)"
      >
        Search
      </button>
      <FilePickerButton inputLabel="Import JSON file" onFile={(file) => void importFile(file, actions)}>
        Import JSON
      </FilePickerButton>
      <button type="button" onClick={requestExport}>
        Export JSON
      </button>
      <ExportButton />
      <button
        type="button"
        onClick={() => uiActions.helpToggled(true)}
        aria-label="Keyboard shortcuts"
        title="Keyboard shortcuts (?)"
      >
        ?
      </button>
      <SimulateButton />
      <VersionButtons />
      <SaveStatus />
      <ProblemsButton />
    </header>
  );
}
