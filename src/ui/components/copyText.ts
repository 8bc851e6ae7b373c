/** The part of the Clipboard API a copy needs (passed in by tests, which run without a browser). */
export interface TextClipboard {
  writeText(text: string): Promise<void>;
}

/**
 * Copies text, and says whether the clipboard took it: false when the browser refuses (no
 * permission, page not focused) or has no clipboard at all (plain http), so every Copy button can
 * tell the user to select and copy by hand instead of failing silently.
 */
export async function copyText(
  text: string,
  clipboard: TextClipboard | undefined = globalThis.navigator?.clipboard,
): Promise<boolean> {
  if (!clipboard) return false;
  try {
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
