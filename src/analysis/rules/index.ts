import type { LintRule } from '../types';
import { approversHavePermission } from './approvers-have-permission';
import { checkpointBeforeDestructive } from './checkpoint-before-destructive';
import { compensationIdempotent } from './compensation-idempotent';
import { compensationRequired } from './compensation-required';
import { datasetConsistent } from './dataset-consistent';
import { decisionBranches } from './decision-branches';
import { endReachable } from './end-reachable';
import { failurePathExplicit } from './failure-path-explicit';
import { initiatorsHavePermission } from './initiators-have-permission';
import { irreversibleNeedsApproval } from './irreversible-needs-approval';
import { noUnreachable } from './no-unreachable';
import { notifyBeforeBadEnd } from './notify-before-bad-end';
import { ownerRequired } from './owner-required';
import { restoreResurrectsErased } from './restore-resurrects-erased';
import { retryDuplicates } from './retry-duplicates';
import { rollbackOfRollback } from './rollback-of-rollback';
import { rtoBudgetRule } from './rto-budget';
import { scenarioTargets } from './scenario-targets';
import { snapshotMinimal } from './snapshot-minimal';
import { snapshotRetention } from './snapshot-retention';
import { triggerRequired } from './trigger-required';
import { verifyAfterRecovery } from './verify-after-recovery';

/**
 * Every rule, in the order findings are listed: structure, undo, safety gates, people, data,
 * personal data, time.
 */
export const RULES: readonly LintRule[] = [
  triggerRequired,
  endReachable,
  noUnreachable,
  decisionBranches,
  compensationRequired,
  compensationIdempotent,
  rollbackOfRollback,
  failurePathExplicit,
  irreversibleNeedsApproval,
  checkpointBeforeDestructive,
  verifyAfterRecovery,
  retryDuplicates,
  ownerRequired,
  initiatorsHavePermission,
  approversHavePermission,
  notifyBeforeBadEnd,
  datasetConsistent,
  restoreResurrectsErased,
  snapshotRetention,
  snapshotMinimal,
  scenarioTargets,
  rtoBudgetRule,
];
