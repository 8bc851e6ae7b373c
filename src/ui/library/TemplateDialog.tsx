import { type PlaybookTemplate, TEMPLATES } from '../../templates';
import { Dialog } from '../components/Dialog';

/** The templates, each with what it is for, to start a new playbook from. */
export function TemplateDialog({
  onChoose,
  onClose,
}: {
  onChoose: (template: PlaybookTemplate) => void;
  onClose: () => void;
}) {
  return (
    <Dialog title="New playbook from a template" onClose={onClose}>
      <p>Each template is a complete, checked playbook. You get your own copy to change.</p>
      <ul className="template-list">
        {TEMPLATES.map((template) => (
          <li key={template.id}>
            <button
              type="button"
              onClick={() => onChoose(template)}
              aria-label={`Use template: ${template.name}`}
            >
              {template.name}
            </button>
            <p>{template.description}</p>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
