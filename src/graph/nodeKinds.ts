import type { NodeKind } from '../domain/types';

/** What a citizen developer calls each node kind, and what it is for, in one line (palette, legend). */
export const NODE_KIND_INFO: Record<NodeKind, { title: string; description: string }> = {
  trigger: { title: 'Trigger', description: 'Where a run starts: the incident that opens the playbook' },
  step: { title: 'Step', description: 'A forward action: a data change or a call to another system' },
  compensation: { title: 'Compensation', description: 'Undoes one step when a rollback runs' },
  checkpoint: { title: 'Checkpoint', description: 'Takes a snapshot of the data to restore later' },
  restore: { title: 'Restore', description: 'Puts data back to a checkpoint snapshot' },
  rollback: { title: 'Rollback', description: 'Runs the compensations of completed steps, newest first' },
  check: { title: 'Check', description: 'Verifies the data with invariants' },
  approval: { title: 'Approval', description: 'A person must approve before the run goes on' },
  notify: { title: 'Notify', description: 'Tells people what is happening' },
  decision: { title: 'Decision', description: 'Branches yes / no on a condition over the data' },
  failsafe: { title: 'Failsafe', description: 'Keeps critical work running in a degraded mode' },
  end: { title: 'End', description: 'Where a run ends, with its outcome' },
};

/** The accessible name of a node: "Step: Reserve stock". */
export function nodeAccessibleName(kind: NodeKind, label: string): string {
  return `${NODE_KIND_INFO[kind].title}: ${label}`;
}
