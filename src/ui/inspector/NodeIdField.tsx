import { useId, useState } from 'react';
import { useStore } from 'zustand';
import { renameRefusal } from '../../commands/renameNode';
import { useDocumentActions } from '../../state/documentActions';
import { documentStore } from '../../state/documentStore';

/**
 * A node's id. Links, scenarios and other nodes name it, so a new id is checked as it is typed
 * and applied on Enter or when leaving the field, everywhere at once (one undo step).
 */
export function NodeIdField({ id }: { id: string }) {
  const actions = useDocumentActions();
  const [draft, setDraft] = useState(id);
  const inputId = useId();
  // A text, compared by value: the field re-renders when the answer changes, not on every edit.
  const problem = useStore(documentStore, (s) =>
    draft === id ? null : renameRefusal(s.document, id, draft),
  );
  const commit = () => {
    if (draft !== id && !problem) actions.nodeRenamed(id, draft);
  };
  return (
    <div className={`field${problem ? ' has-error' : ''}`}>
      <label htmlFor={inputId}>Id</label>
      <input
        id={inputId}
        value={draft}
        aria-invalid={Boolean(problem)}
        aria-describedby={`${inputId}-note`}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
      />
      <p id={`${inputId}-note`} className={problem ? 'field__error' : 'field__hint'}>
        {problem ?? 'Links and scenarios follow a new id. Press Enter to apply.'}
      </p>
    </div>
  );
}
