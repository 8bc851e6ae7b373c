import type { ApprovalStatus, ReviewRecordVerdict } from '../../review/approvalStatus';
import { reviewStatus } from '../../review/reviewStatus';
import { option } from '../args';
import type { CliCommand } from '../command';
import { EXIT, printJson } from '../io';
import { overPlaybook } from '../loadPlaybook';
import { readTeamArg } from '../reviewFiles';

/** The `--json` document of spec section 9, exactly: nothing more, in the order of `review.approvals`. */
export function verifyReport(status: ApprovalStatus) {
  return {
    approved: status.approved,
    contentHash: status.contentHash,
    verified: status.verified,
    decisions: status.verdicts.map((verdict) => ({
      reviewer: verdict.record.reviewer,
      role: verdict.record.role,
      decision: verdict.record.decision,
      counts: verdict.effective,
      reasons: verdict.reasons,
    })),
  };
}

function verdictLine(verdict: ReviewRecordVerdict): string {
  const mark = verdict.effective ? (verdict.record.decision === 'approved' ? 'counts' : 'stands') : 'no';
  const why = verdict.reasons.length > 0 ? ` (${verdict.reasons.join(', ')})` : '';
  return `  ${mark.padEnd(7)} ${verdict.message}${why}`;
}

/**
 * `rollbook review verify FILE [--team TEAM] [--json]` (spec sections 8, 8.1, 9): exit 0 when the
 * playbook is approved, 1 when not (or it is invalid), 2 when the playbook or team file is
 * unreadable. With `--team`, only decisions verified against the team file count.
 */
export const reviewVerifyCommand: CliCommand = {
  name: 'review verify',
  summary: 'the approval status; with --team only signed, verified decisions count (exit 0 approved, 1 not)',
  usage: 'rollbook review verify FILE [--team TEAM] [--json]',
  options: [
    option.value(
      'team',
      'TEAM',
      'a team file (spec 8.1): who may sign, in which roles, with which public keys',
    ),
  ],
  // The team file first: when it is unusable the answer is exit 2, whatever the playbook holds.
  run: overPlaybook(
    (args, io) => {
      const teamFile = args.values.get('team');
      return teamFile === undefined ? undefined : readTeamArg(teamFile, io.cwd);
    },
    async ({ playbook, options: team, io, json }) => {
      const status = await reviewStatus(playbook, team ? { team } : {});
      if (json) printJson(io, verifyReport(status));
      else {
        const lines = [status.summary, status.verification, ...status.verdicts.map(verdictLine)];
        io.stdout(`${lines.join('\n')}\n`);
      }
      return status.approved ? EXIT.ok : EXIT.failed;
    },
  ),
};
