/** The largest playbook file anything reads, in MB: larger than any playbook a person draws. */
export const MAX_PLAYBOOK_FILE_MB = 20;

/**
 * The same limit in bytes. The CLI, the library's import and the designer's import all refuse a
 * larger file before reading it, so memory and time stay bounded and every entry point agrees.
 */
export const MAX_PLAYBOOK_FILE_BYTES = MAX_PLAYBOOK_FILE_MB * 1024 * 1024;

/** Why a file of that size is refused, in the words the app shows; `null` when it may be read. */
export function fileSizeProblem(bytes: number): string | null {
  return bytes > MAX_PLAYBOOK_FILE_BYTES ? `The file is larger than ${MAX_PLAYBOOK_FILE_MB} MB` : null;
}
