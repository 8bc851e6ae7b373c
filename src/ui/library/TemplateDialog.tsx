import { useEffect, useState } from 'react';
import { parsePlaybook } from '../../domain/parse';
import { type PlaybookTemplate, TEMPLATES } from '../../templates';
import { findingCounts, type LintStatus, lintStatusOf } from '../../viewModels/lintStatus';
import { Dialog } from '../components/Dialog';

/** Each template's checks, worded as the library will show its copy (the linter loads with this dialog). */
function useTemplateStatuses(): ReadonlyMap<string, LintStatus> | null {
  const [statuses, setStatuses] = useState<ReadonlyMap<string, LintStatus> | null>(null);
  useEffect(() => {
    let live = true;
    void import('../../analysis/lint').then(({ lintPlaybook }) => {
      const entries = TEMPLATES.map((template): [string, LintStatus] => {
        const parsed = parsePlaybook(template.json);
        if (!parsed.ok)
          return [template.id, lintStatusOf({ valid: false, problemCount: parsed.errors.length })];
        const lint = findingCounts(lintPlaybook(parsed.playbook));
        return [template.id, lintStatusOf({ valid: true, problemCount: 0, lint })];
      });
      if (live) setStatuses(new Map(entries));
    });
    return () => {
      live = false;
    };
  }, []);
  return statuses;
}

/** The templates, each with what it is for and its checks, to start a new playbook from. */
export function TemplateDialog({
  onChoose,
  onClose,
}: {
  onChoose: (template: PlaybookTemplate) => void;
  onClose: () => void;
}) {
  const statuses = useTemplateStatuses();
  return (
    <Dialog title="New playbook from a template" onClose={onClose}>
      <p>
        Each template is a complete playbook that validates; beside it, its lint findings as your library will
        show them. You get your own copy to change.
      </p>
      <ul className="template-list">
        {TEMPLATES.map((template) => {
          const status = statuses?.get(template.id);
          return (
            <li key={template.id}>
              <button
                type="button"
                onClick={() => onChoose(template)}
                aria-label={`Use template: ${template.name}`}
              >
                {template.name}
              </button>{' '}
              <span className={`badge badge--${status?.tone ?? 'ok'}`}>{status?.text ?? 'Checking…'}</span>
              <p>{template.description}</p>
            </li>
          );
        })}
      </ul>
    </Dialog>
  );
}
