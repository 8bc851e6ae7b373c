import type { Playbook } from '../domain/types';
import { type ApprovalStatus, approvalStatus } from './approvalStatus';
import { contentHash } from './contentHash';

/**
 * Hashes the playbook and judges its approvals in one call: what `rollbook review`, `validate`,
 * `lint` and the library show.
 */
export async function reviewStatus(playbook: Playbook): Promise<ApprovalStatus> {
  return approvalStatus(playbook, await contentHash(playbook));
}
