import { REVIEW_DECISIONS } from '../../domain/schema/review';
import type { ApprovalRecord } from '../../domain/types';
import { approvalStatus } from '../../review/approvalStatus';
import { signedDecisionFor } from '../../review/signedDecision';
import { option } from '../args';
import type { CliCommand } from '../command';
import { CliUsageError, EXIT, printJson } from '../io';
import { formatErrors, overPlaybook } from '../loadPlaybook';
import { readKeyArg } from '../reviewFiles';
import { writeOutputFile } from '../writeOutputFile';

type Decision = ApprovalRecord['decision'];

function required(args: { values: Map<string, string> }, name: string, valueName: string): string {
  const value = args.values.get(name);
  if (value === undefined) throw new CliUsageError(`missing --${name} ${valueName}`);
  return value;
}

function decisionOf(text: string): Decision {
  const found = REVIEW_DECISIONS.find((decision) => decision === text);
  if (!found)
    throw new CliUsageError(`--decision must be one of ${REVIEW_DECISIONS.join(', ')}, not "${text}"`);
  return found;
}

/**
 * The file as it was read, with the record appended to `review.approvals`: every other byte of
 * meaning is kept (key order, spelled-out or omitted defaults, `x-` keys), so the change in the
 * repository is the one new decision.
 */
function appendRecord(document: unknown, record: ApprovalRecord): Record<string, unknown> {
  const file = document as Record<string, unknown>;
  const review = (file.review ?? {}) as Record<string, unknown>;
  const approvals = (review.approvals ?? []) as unknown[];
  return { ...file, review: { ...review, approvals: [...approvals, record] } };
}

/** Seconds are enough for a decision, and read better in the file. */
const now = () => `${new Date().toISOString().slice(0, 19)}Z`;

/**
 * `rollbook review sign FILE --key KEY --reviewer NAME --role ROLE --decision D [--comment TEXT]
 * [-o OUT] [--json]` (spec 8.1, 9): appends a decision on the current content, signed with the
 * private JWK in KEY, and writes FILE (or OUT). Exit 0 written, 1 invalid playbook, 2 bad usage,
 * or an unreadable playbook or key file.
 */
export const reviewSignCommand: CliCommand = {
  name: 'review sign',
  summary: 'append a decision on the current content, signed with your private key (exit 0 written)',
  usage:
    'rollbook review sign FILE --key KEY --reviewer NAME --role ROLE --decision D [--comment TEXT] [-o OUT] [--json]',
  options: [
    option.value('key', 'KEY', 'your private key file (JWK), from "rollbook review keygen"'),
    option.value('reviewer', 'NAME', 'your name, as the team file lists it'),
    option.value('role', 'ROLE', 'the role you review in (a role id of the playbook)'),
    option.value('decision', 'D', `one of: ${REVIEW_DECISIONS.join(', ')}`),
    option.value('comment', 'TEXT', 'why (signed with the rest of the decision)'),
    option.value('output', 'OUT', 'write here instead of replacing FILE', 'o'),
  ],
  run: overPlaybook(
    async (args, io) => ({
      reviewer: required(args, 'reviewer', 'NAME'),
      role: required(args, 'role', 'ROLE'),
      decision: decisionOf(required(args, 'decision', 'D')),
      key: await readKeyArg(required(args, 'key', 'KEY'), io.cwd),
    }),
    async ({ playbook, document, options: { reviewer, role, decision, key }, args, io, json }) => {
      const comment = args.values.get('comment');
      const signed = await signedDecisionFor(
        playbook,
        { reviewer, role, decision, at: now(), ...(comment === undefined ? {} : { comment }) },
        key,
      );
      if (!signed.ok)
        throw new CliUsageError(`the decision is not valid: ${formatErrors(signed.errors).trim()}`);
      const { record } = signed;
      const file = args.values.get('output') ?? args.positionals[0]!;
      const path = writeOutputFile(file, `${JSON.stringify(appendRecord(document, record), null, 2)}\n`, io);
      if (json) {
        printJson(io, { file: path, record });
        return EXIT.ok;
      }
      // Section 8 alone (no team file here) already tells the signer when the decision cannot count.
      const after = {
        ...playbook,
        review: { approvals: [...playbook.review.approvals, record] },
      };
      const verdict = approvalStatus(after, record.contentHash).verdicts.at(-1)!;
      const note = verdict.reasons.some((reason) => reason !== 'superseded')
        ? `\nNote: ${verdict.message}.`
        : '';
      const what = decision === 'approved' ? 'approval' : 'request for changes';
      io.stdout(
        `Signed ${reviewer}'s ${what} (key ${key.kid}) of ${record.contentHash}; wrote ${file}.${note}\n`,
      );
      return EXIT.ok;
    },
  ),
};
