import type { NodeKind } from '../../domain/types';

/**
 * The colour of each node kind. Forward work is blue, undo work orange, data safety teal,
 * verification green, people amber, ends slate: a glance tells the main path from the recovery.
 */
export const KIND_COLOURS: Record<NodeKind, string> = {
  trigger: '#6d28d9',
  step: '#1d4ed8',
  compensation: '#c2410c',
  checkpoint: '#0f766e',
  restore: '#0e7490',
  rollback: '#b91c1c',
  check: '#15803d',
  approval: '#b45309',
  notify: '#0369a1',
  decision: '#7e22ce',
  failsafe: '#a16207',
  end: '#334155',
};
