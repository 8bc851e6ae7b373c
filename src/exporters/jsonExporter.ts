import type { Playbook } from '../domain/types';
import type { Exporter } from './types';

/**
 * An export target whose file is one JSON document (Step Functions, n8n): printed with two-space
 * indentation and a final newline, as the platforms' own "export" buttons write them.
 */
export function jsonExporter(
  target: Omit<Exporter, 'export' | 'mediaType'>,
  build: (playbook: Playbook) => { document: unknown; losses: string[] },
): Exporter {
  return {
    ...target,
    mediaType: 'application/json',
    export: (playbook) => {
      const { document, losses } = build(playbook);
      return { output: `${JSON.stringify(document, null, 2)}\n`, losses };
    },
  };
}
