import { deflateSync, strFromU8, strToU8 } from 'fflate';
import { parseJsonText, parsePlaybook } from '../domain/parse';
import type { Playbook } from '../domain/types';
import { fromBase64Url, inflateBounded, toBase64Url } from './fragmentCodec';
import { MAX_SHARE_PAYLOAD_CHARS } from './shareLink';

/**
 * A review request (issue 16): the playbook to review and, when it was approved before, the last
 * approved version, so the reviewer's Rollbook shows what changed. `libraryId` is the author's
 * library entry, echoed back in the decision so the author's Rollbook knows where it belongs.
 */
export interface ReviewRequest {
  rollbookReview: 'request';
  version: 1;
  libraryId: string;
  requestedBy: string;
  playbook: Playbook;
  base?: { revision: number; playbook: Playbook };
}

/** A reviewer's signed decision on its way back; `record` is checked by the author's Rollbook. */
export interface ReviewDecisionMessage {
  rollbookReview: 'decision';
  version: 1;
  libraryId: string;
  /** The playbook's own `id` and name, to say which playbook it is about when it does not fit. */
  playbookId: string;
  playbookName: string;
  record: unknown;
}

export type ReviewMessage = ReviewRequest | ReviewDecisionMessage;

export const REVIEW_REQUEST_KEY = 'review-request';
export const REVIEW_DECISION_KEY = 'review-decision';
const FORMAT_TAG = 'v1.';

export type ReviewLinkResult<T> = { ok: true; value: T } | { ok: false; message: string };

const keyOf = (message: ReviewMessage) =>
  message.rollbookReview === 'request' ? REVIEW_REQUEST_KEY : REVIEW_DECISION_KEY;

/**
 * The URL fragment carrying a review message, compressed like a share link, or `null` when it is
 * too long for a link (then send {@link reviewFileText} as a file). Nothing is uploaded anywhere.
 */
export function encodeReviewFragment(message: ReviewMessage): string | null {
  const payload = FORMAT_TAG + toBase64Url(deflateSync(strToU8(JSON.stringify(message)), { level: 9 }));
  return payload.length > MAX_SHARE_PAYLOAD_CHARS ? null : `#${keyOf(message)}=${payload}`;
}

/** The same message as a file's text, for requests too large for a link (and for mail). */
export function reviewFileText(message: ReviewMessage): string {
  return `${JSON.stringify(message, null, 2)}\n`;
}

/** Reads a review link (a whole URL or its fragment). Every failure is a sentence. */
export function decodeReviewFragment(urlOrFragment: string): ReviewLinkResult<ReviewMessage> {
  const hashAt = urlOrFragment.indexOf('#');
  const params = new URLSearchParams(hashAt >= 0 ? urlOrFragment.slice(hashAt + 1) : urlOrFragment);
  const field = params.get(REVIEW_REQUEST_KEY) ?? params.get(REVIEW_DECISION_KEY);
  if (field === null) return { ok: false, message: 'This address holds no review request or decision.' };
  if (!field.startsWith(FORMAT_TAG))
    return { ok: false, message: 'This link was made by another version of Rollbook. Ask for it as a file.' };
  const bytes = fromBase64Url(field.slice(FORMAT_TAG.length));
  const inflated = bytes === null ? null : inflateBounded(bytes);
  if (inflated === 'too-large') return { ok: false, message: 'This link expands to more than 5 MB.' };
  if (inflated === null)
    return {
      ok: false,
      message: 'This link is damaged or cut off. Copy the whole link again, or ask for a file.',
    };
  return readReviewText(strFromU8(inflated));
}

/** Reads a review message from a file's (or a link's) JSON text, checking each playbook it holds. */
export function readReviewText(text: string): ReviewLinkResult<ReviewMessage> {
  const json = parseJsonText(text);
  if (!json.ok) return { ok: false, message: `This is not a review file: ${json.message}.` };
  const value = json.value as Partial<Record<string, unknown>> | null;
  if (
    typeof value !== 'object' ||
    value === null ||
    value.version !== 1 ||
    typeof value.libraryId !== 'string'
  )
    return { ok: false, message: 'This is not a Rollbook review request or decision.' };
  if (value.rollbookReview === 'decision') {
    if (typeof value.playbookId !== 'string' || typeof value.playbookName !== 'string')
      return { ok: false, message: 'This decision does not say which playbook it is about.' };
    return {
      ok: true,
      value: {
        rollbookReview: 'decision',
        version: 1,
        libraryId: value.libraryId,
        playbookId: value.playbookId,
        playbookName: value.playbookName,
        record: value.record,
      },
    };
  }
  if (value.rollbookReview !== 'request')
    return { ok: false, message: 'This is not a Rollbook review request or decision.' };
  const playbook = parsePlaybook(value.playbook);
  if (!playbook.ok) return { ok: false, message: 'The playbook in this review request is not valid.' };
  const base = value.base as { revision?: unknown; playbook?: unknown } | undefined;
  const basePlaybook = base ? parsePlaybook(base.playbook) : null;
  if (base && (!basePlaybook?.ok || typeof base.revision !== 'number'))
    return { ok: false, message: 'The approved version in this review request is not valid.' };
  return {
    ok: true,
    value: {
      rollbookReview: 'request',
      version: 1,
      libraryId: value.libraryId,
      requestedBy: typeof value.requestedBy === 'string' ? value.requestedBy : 'someone',
      playbook: playbook.playbook,
      ...(base && basePlaybook?.ok
        ? { base: { revision: base.revision as number, playbook: basePlaybook.playbook } }
        : {}),
    },
  };
}
