import type { Playbook } from '../domain/types';

/** An empty playbook with every default of the format applied: a blank canvas to draw on. */
export function blankPlaybook(): Playbook {
  return {
    format: 'rollbook.playbook',
    schemaVersion: 1,
    id: 'untitled',
    name: 'Untitled playbook',
    revision: 1,
    metadata: {},
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
}
