import type { Playbook } from '../domain/types';
import { type ApprovalStatus, approvalStatus } from './approvalStatus';
import { contentHash } from './contentHash';
import { checkDecisionSignatures } from './decisionSignatures';
import type { TeamFile } from './team/teamSchema';

/**
 * Hashes the playbook, checks its decisions' signatures against `team` when one is given, and
 * judges its approvals, in one call: what `rollbook review verify`, the runbook export and (with
 * the team file the user opened) the app show. Without `team`, the same as section 8 alone, with
 * `verified: false`. `team` must be a team file that passed `readTeamFile`.
 */
export async function reviewStatus(
  playbook: Playbook,
  options: { team?: TeamFile } = {},
): Promise<ApprovalStatus> {
  const hash = await contentHash(playbook);
  const checks = options.team
    ? await checkDecisionSignatures(playbook.review.approvals, options.team)
    : undefined;
  return approvalStatus(playbook, hash, checks);
}
