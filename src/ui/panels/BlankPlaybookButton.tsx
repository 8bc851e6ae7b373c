import { useState } from 'react';
import { useDocumentActions } from '../../state/documentActions';
import { useDocument } from '../../state/documentSelectors';
import { Dialog } from '../components/Dialog';

/**
 * "Start a blank playbook": at once on an empty canvas; on a playbook with content it asks first
 * (issue 15), since it replaces this playbook in place. Undo still brings it back.
 */
export function BlankPlaybookButton() {
  const actions = useDocumentActions();
  const document = useDocument();
  const [asking, setAsking] = useState(false);
  const nodes = document.nodes.length;
  const hasContent = nodes > 0 || document.dataModel.entities.length > 0 || document.scenarios.length > 0;
  const start = () => {
    setAsking(false);
    actions.blankPlaybookStarted();
  };
  return (
    <>
      <button
        type="button"
        onClick={() => (hasContent ? setAsking(true) : start())}
        title="Replaces this playbook with an empty canvas; Undo brings it back"
      >
        Start a blank playbook
      </button>
      {asking && (
        <Dialog
          title="Replace this playbook with a blank one?"
          alert
          onClose={() => setAsking(false)}
          actions={
            <button type="button" className="danger" onClick={start}>
              Replace with a blank playbook
            </button>
          }
        >
          <p>
            “{document.name}” ({nodes} {nodes === 1 ? 'node' : 'nodes'}) is replaced in place by an empty
            canvas. Undo (Ctrl+Z) brings it back.
          </p>
          <p>To keep this playbook and start another one, use “New blank playbook” in the library.</p>
        </Dialog>
      )}
    </>
  );
}
