import './skipLink.css';

/**
 * Moves the keyboard focus from the toolbar to the canvas: the selected node, else the first node,
 * else the canvas itself (issue 15). A button, not a `#fragment` link: the app's routes live in the hash.
 */
function focusCanvas() {
  const canvas = window.document.querySelector<HTMLElement>('.react-flow');
  if (!canvas) return;
  const node =
    canvas.querySelector<HTMLElement>('.react-flow__node.selected') ??
    canvas.querySelector<HTMLElement>('.react-flow__node');
  if (node) {
    node.focus();
    return;
  }
  canvas.setAttribute('tabindex', '-1');
  canvas.focus();
}

/** The skip link: the first stop of the Tab order in the designer, shown when focused. */
export function SkipToCanvas() {
  return (
    <button type="button" className="skip-link" onClick={focusCanvas}>
      Skip to the canvas
    </button>
  );
}
