import type { LibraryEntry } from '../persistence';
import { reviewStatus } from '../review';
import type { VerifiedApproval } from './libraryVerification';
import { repository } from './persistenceContext';
import { teamFor } from './reviewIdentity';

/** Each readable entry with a usable team file, opened and judged with its decisions' signatures. */
export async function verifyLibrary(
  entries: readonly LibraryEntry[],
): Promise<Map<string, VerifiedApproval>> {
  const verified = new Map<string, VerifiedApproval>();
  for (const entry of entries) {
    if (entry.status !== 'ok') continue;
    const team = await teamFor(entry.id);
    if (team.status !== 'ok') continue;
    const stored = await repository.get(entry.id);
    if (!stored.ok || stored.value.status !== 'ok') continue;
    const status = await reviewStatus(stored.value.playbook, { team: team.team });
    verified.set(entry.id, {
      approved: status.approved,
      counting: status.counting,
      required: status.required,
      teamName: team.team.name,
    });
  }
  return verified;
}
