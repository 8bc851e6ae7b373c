import { type ReactNode, useRef } from 'react';

/**
 * A button that opens the browser's file picker for one JSON file and hands the file over. The
 * input is hidden (the button is what people see and tab to) but keeps its own accessible name,
 * and is emptied after each pick so choosing the same file again still fires.
 */
export function FilePickerButton({
  children,
  inputLabel,
  onFile,
}: {
  children: ReactNode;
  /** The hidden input's accessible name, e.g. "Open a team file". */
  inputLabel: string;
  onFile: (file: File) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        {children}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        aria-label={inputLabel}
        hidden
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
