import { useId, useMemo, useState } from 'react';
import { maskPersonalData, personalSampleCount } from '../../domain/maskPersonalData';
import type { Playbook } from '../../domain/types';
import { EXPORTERS, type ExportOptions, type ExportOutcome, exportPlaybook } from '../../exporters';
import { useDocument } from '../../state/documentSelectors';
import { problemsActions, useAnalysis, useExportDialogOpen } from '../../state/problemsStore';
import { useModalDialog } from '../components/useModalDialog';
import { PersonalDataWarning } from '../personal/PersonalDataWarning';
import { usePlaceWords } from '../problems/usePlaceWords';
import { ExportPreview } from './ExportPreview';
import { ExportRefusal } from './ExportRefusal';
import { exportFileName } from './fileActions';
import { useExportContext } from './useExportContext';
import './export.css';

/**
 * `exportPlaybook`, with a document the editor let go malformed (format errors) turned into an
 * outcome: the exporters expect a parsed playbook, and the dialog must not take the designer down.
 */
function tryExport(
  playbook: Playbook,
  format: string,
  options: ExportOptions,
): ExportOutcome | { ok: false; reason: 'failed' } {
  try {
    return exportPlaybook(playbook, format, options);
  } catch {
    return { ok: false, reason: 'failed' };
  }
}

/** The export dialog, mounted only while open so each opening starts unforced. */
export function ExportDialog() {
  const open = useExportDialogOpen();
  return open ? <ExportDialogContent /> : null;
}

/**
 * Export (issue 9): the targets, each with a preview and its losses, Download and Copy. A modal
 * `<dialog>` (focus kept inside, Escape closes). A playbook with error-level lint findings is
 * refused with the reasons until the person chooses "Export anyway".
 */
function ExportDialogContent() {
  const titleId = useId();
  const document = useDocument();
  const analysis = useAnalysis();
  const context = useExportContext(document);
  const [targetId, setTargetId] = useState(EXPORTERS[0]!.id);
  const [forced, setForced] = useState(false);
  const close = () => problemsActions.exportDialogToggled(false);

  // Start on the format list, so the arrow keys move between targets straight away.
  const modal = useModalDialog(close, (dialog) =>
    dialog.querySelector<HTMLInputElement>('input[name="export-target"]:checked')?.focus(),
  );

  const { describePlace } = usePlaceWords();
  const errors = analysis.problems.filter(
    (problem) => problem.severity === 'error' && problem.rule !== 'format',
  );
  const [masked, setMasked] = useState(true);
  const personalCount = useMemo(() => personalSampleCount(document), [document]);
  // The target carries personal data when masking the dataset changes what it writes.
  const { outcome, carriesPersonalData } = useMemo(() => {
    if (context === null) return { outcome: null, carriesPersonalData: false };
    const options = { findings: analysis.findings, force: forced, context };
    const plain = tryExport(document, targetId, options);
    if (personalCount === 0 || !plain.ok) return { outcome: plain, carriesPersonalData: false };
    const maskedOutcome = tryExport(maskPersonalData(document), targetId, options);
    const carries = maskedOutcome.ok && maskedOutcome.output !== plain.output;
    return { outcome: carries && masked ? maskedOutcome : plain, carriesPersonalData: carries };
  }, [document, targetId, analysis.findings, forced, context, personalCount, masked]);
  const formatErrors = analysis.problems.filter((problem) => problem.rule === 'format').length;

  return (
    <dialog {...modal} className="export-dialog" aria-labelledby={titleId}>
      <header className="export-dialog__header">
        <h2 id={titleId}>Export</h2>
        <button type="button" onClick={close}>
          Close
        </button>
      </header>
      <div className="export-dialog__body">
        <fieldset className="export-targets">
          <legend>Format</legend>
          {EXPORTERS.map((exporter) => (
            <label key={exporter.id} className="export-target">
              <input
                type="radio"
                name="export-target"
                value={exporter.id}
                checked={exporter.id === targetId}
                onChange={() => setTargetId(exporter.id)}
                aria-labelledby={`${titleId}-${exporter.id}`}
                aria-describedby={`${titleId}-${exporter.id}-about`}
              />
              <span id={`${titleId}-${exporter.id}`} className="export-target__label">
                {exporter.label}
              </span>
              <span id={`${titleId}-${exporter.id}-about`} className="export-target__description">
                {exporter.description}
              </span>
            </label>
          ))}
        </fieldset>
        <div className="export-dialog__result">
          {formatErrors > 0 && (
            <p className="export-dialog__note">
              The playbook has {formatErrors} format {formatErrors === 1 ? 'error' : 'errors'} (see Problems);
              the export may not be accepted by the target platform.
            </p>
          )}
          {outcome === null && <p aria-live="polite">Preparing the export…</p>}
          {outcome && !outcome.ok && outcome.reason === 'refused' && (
            <ExportRefusal
              errors={errors}
              describePlace={describePlace}
              onForce={() => setForced(true)}
              onShowProblems={() => {
                close();
                problemsActions.panelToggled(true);
              }}
            />
          )}
          {outcome && !outcome.ok && outcome.reason === 'failed' && (
            <p role="alert">
              This format cannot be produced from the playbook as it is. Fix the format errors listed in
              Problems, then try again.
            </p>
          )}
          {outcome && !outcome.ok && outcome.reason === 'unknown-format' && (
            <p role="alert">{outcome.reasons.join(' ')}</p>
          )}
          {outcome?.ok && carriesPersonalData && (
            <PersonalDataWarning
              count={personalCount}
              vehicle="file"
              masked={masked}
              onMaskedChange={setMasked}
            />
          )}
          {outcome?.ok && (
            <ExportPreview
              exporter={outcome.exporter}
              output={outcome.output}
              losses={outcome.losses}
              fileName={exportFileName(document.id, outcome.exporter)}
            />
          )}
        </div>
      </div>
    </dialog>
  );
}
