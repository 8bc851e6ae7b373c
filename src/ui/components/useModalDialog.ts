import { type SyntheticEvent, useEffect, useRef } from 'react';

/**
 * A native `<dialog>` shown modal on mount (focus trapped, page inert), whose Escape goes through
 * `onEscape` so React stays the one that unmounts it: the browser would otherwise close the
 * element itself and leave the component mounted. `onOpened` runs once it is open (move focus,
 * mount a canvas that needs the dialog's size). Spread the result on the `<dialog>`.
 */
export function useModalDialog(onEscape: () => void, onOpened?: (dialog: HTMLDialogElement) => void) {
  const ref = useRef<HTMLDialogElement>(null);
  // The first render's callback is the one wanted: opening happens once.
  const opened = useRef(onOpened);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    opened.current?.(dialog);
  }, []);
  return {
    ref,
    onCancel: (event: SyntheticEvent<HTMLDialogElement>) => {
      event.preventDefault();
      onEscape();
    },
  };
}
