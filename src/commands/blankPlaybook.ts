import type { Playbook } from '../domain/types';

export interface BlankPlaybookOptions {
  name?: string;
  metadata?: Playbook['metadata'];
  /**
   * Start with one manual trigger wired to one end, as a new library entry does, so it is valid
   * and runs at once; without it the canvas is empty (the designer's "New blank").
   */
  withStartAndEnd?: boolean;
}

/**
 * A playbook with every default of the format applied: a blank canvas to draw on. The one place a
 * new playbook's shape is written; the document store, "New blank" and the library start from it.
 */
export function blankPlaybook(options: BlankPlaybookOptions = {}): Playbook {
  const blank: Playbook = {
    format: 'rollbook.playbook',
    schemaVersion: 1,
    id: 'untitled',
    name: options.name ?? 'Untitled playbook',
    revision: 1,
    metadata: options.metadata ?? {},
    objectives: {},
    roles: [],
    governance: { requiredApprovals: 1, approverRoles: [] },
    dataModel: { entities: [] },
    dataset: {},
    nodes: [],
    edges: [],
    scenarios: [],
    review: { approvals: [] },
  };
  if (!options.withStartAndEnd) return blank;
  return {
    ...blank,
    id: 'untitled-playbook',
    nodes: [
      {
        id: 't1',
        kind: 'trigger',
        label: 'Start',
        signal: 'manual',
        initiators: [],
        position: { x: 0, y: 0 },
      },
      { id: 'end', kind: 'end', label: 'Done', outcome: 'completed', position: { x: 320, y: 0 } },
    ],
    edges: [{ id: 'e1', source: 't1', target: 'end', kind: 'next' }],
  };
}
