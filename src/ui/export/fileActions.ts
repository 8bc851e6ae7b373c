import type { Exporter } from '../../exporters';

/** The file name of an export: the playbook id and a suffix that says which target it is. */
export function exportFileName(playbookId: string, exporter: Exporter): string {
  const suffix: Record<string, string> = {
    'serverless-workflow-yaml': 'sw.yaml',
    'serverless-workflow-json': 'sw.json',
    'step-functions': 'asl.json',
    'rollbook-json': 'rollbook.json',
    'runbook-md': 'runbook.md',
    'runbook-html': 'runbook.html',
  };
  const safeId = playbookId.replace(/[^A-Za-z0-9._-]+/g, '-') || 'playbook';
  return `${safeId}.${suffix[exporter.id] ?? exporter.extension}`;
}

/**
 * Opens the runbook's HTML in a new tab to read or print. The exporter escapes every user text and
 * writes no script (`runbook/html.ts`), and the tab is opened without a link back to the app
 * (`noopener`), so the page can neither run code nor reach the editor.
 */
export function openPrintView(html: string): void {
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
  window.open(url, '_blank', 'noopener');
  // The new tab has read the Blob long before a minute is up.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
