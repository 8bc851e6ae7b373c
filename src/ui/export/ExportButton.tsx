import { problemsActions } from '../../state/problemsStore';

/** The toolbar's way into the export dialog. */
export function ExportButton() {
  return (
    <button
      type="button"
      aria-haspopup="dialog"
      title="Export to Serverless Workflow, Step Functions, BPMN, a runbook or JSON"
      onClick={() => problemsActions.exportDialogToggled(true)}
    >
      Export…
    </button>
  );
}
