/**
 * Saves text as a file: a Blob behind a temporary `<a download>`, as the browser's own save does.
 * The one way the app hands a file to the user (export, Export JSON, a library entry's raw JSON).
 */
export function downloadText(text: string, fileName: string, mediaType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${mediaType};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The click has handed the Blob to the download by then; revoking frees it.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
