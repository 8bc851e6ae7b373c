import { useEffect, useState } from 'react';
import type { Playbook } from '../../domain/types';
import {
  type ApprovalStatus,
  approvalStatus,
  checkDecisionSignatures,
  contentHash,
  type TeamVerification,
} from '../../review';
import { type TeamState, useTeamFor } from '../../state/reviewIdentity';

/**
 * The approval status of the open playbook, verified against its team file when there is one
 * (spec 8.1). The content hash and the signature checks are asynchronous (WebCrypto); they run
 * again only when the playbook or its review records or the team change, and `approvalStatus`
 * (synchronous) judges on every render. `null` until the hash is known; with a team file, until
 * its signatures were checked, so an unverified status never flashes before the verified one.
 */
export function useVerifiedStatus(
  id: string | null,
  playbook: Playbook,
): { status: ApprovalStatus | null; hash: string | null; team: TeamState } {
  const team = useTeamFor(id);
  const [hash, setHash] = useState<{ of: Playbook; value: string } | null>(null);
  const [checks, setChecks] = useState<{ of: object; value: TeamVerification } | null>(null);
  const records = playbook.review.approvals;
  const teamFile = team.status === 'ok' ? team.team : null;
  useEffect(() => {
    let live = true;
    void contentHash(playbook).then((value) => live && setHash({ of: playbook, value }));
    return () => {
      live = false;
    };
  }, [playbook]);
  useEffect(() => {
    if (!teamFile) return;
    let live = true;
    void checkDecisionSignatures(records, teamFile).then(
      (value) => live && setChecks({ of: records, value }),
    );
    return () => {
      live = false;
    };
  }, [records, teamFile]);
  if (!hash) return { status: null, hash: null, team };
  const known = { hash: hash.value, team };
  if (team.status === 'loading') return { status: null, ...known };
  if (teamFile) {
    // Checks of earlier records (before a decision was added) would misalign by index.
    if (!checks || checks.of !== records) return { status: null, ...known };
    return { status: approvalStatus(playbook, hash.value, checks.value), ...known };
  }
  return { status: approvalStatus(playbook, hash.value), ...known };
}
