import { type ReactNode, useEffect, useId, useRef } from 'react';

/** A modal dialog with a title, focus moved into it, closed by its button or Escape. */
export function Dialog({
  title,
  onClose,
  children,
  actions,
  alert = false,
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
  actions?: ReactNode;
  alert?: boolean;
}) {
  const titleId = useId();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div className="dialog-backdrop">
      <dialog
        open
        ref={ref}
        role={alert ? 'alertdialog' : undefined}
        aria-labelledby={titleId}
        className="dialog"
        tabIndex={-1}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onClose();
        }}
      >
        <h2 id={titleId}>{title}</h2>
        <div className="dialog__body">{children}</div>
        <div className="dialog__actions">
          {actions}
          <button type="button" onClick={onClose}>
            Close
          </button>
        </div>
      </dialog>
    </div>
  );
}
