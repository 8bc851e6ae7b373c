import { deflateSync, strFromU8, strToU8 } from 'fflate';
import { parseJsonText, parsePlaybook } from '../domain/parse';
import type { Playbook } from '../domain/types';
import type { ValidationError } from '../domain/validationError';
import { fromBase64Url, inflateBounded, toBase64Url } from './fragmentCodec';

/** The fragment key: `#share=v1.<base64url of raw DEFLATE of the playbook's JSON>`. */
export const SHARE_FRAGMENT_KEY = 'share';
const FORMAT_TAG = 'v1.';

/**
 * Longest fragment payload we create or accept: 32,000 characters (about 24 KB compressed). Links
 * pasted into chats, tickets and mail survive at this size; beyond it, a file is the right
 * vehicle, and the message says so.
 */
export const MAX_SHARE_PAYLOAD_CHARS = 32_000;

export { MAX_SHARED_JSON_BYTES } from './fragmentCodec';

export type ShareLinkError =
  | { kind: 'not-a-share-link'; message: string }
  | { kind: 'too-large'; message: string }
  | { kind: 'unsupported-version'; message: string }
  | { kind: 'damaged'; message: string }
  | { kind: 'invalid'; message: string; errors: ValidationError[] };

export type ShareLinkResult<T> = { ok: true; value: T } | { ok: false; error: ShareLinkError };

/**
 * The URL fragment carrying `playbook` (to append to the app's URL), or `too-large` with advice to
 * export a file. Compressed with fflate's raw DEFLATE at the highest level.
 *
 * @example encodeShareFragment(playbook) // { ok: true, value: '#share=v1.q1YqzsxLz…' }
 */
export function encodeShareFragment(playbook: Playbook): ShareLinkResult<string> {
  const compressed = deflateSync(strToU8(JSON.stringify(playbook)), { level: 9 });
  const payload = FORMAT_TAG + toBase64Url(compressed);
  if (payload.length > MAX_SHARE_PAYLOAD_CHARS) {
    return {
      ok: false,
      error: {
        kind: 'too-large',
        message: `This playbook is too large for a link (${kb(payload.length)} KB; a link holds up to ${kb(MAX_SHARE_PAYLOAD_CHARS)} KB). Export it to a file and share the file instead.`,
      },
    };
  }
  return { ok: true, value: `#${SHARE_FRAGMENT_KEY}=${payload}` };
}

/**
 * Reads a share link (a whole URL, or just its fragment) through the same path as import:
 * base64url → inflate → JSON → migrate → parse. Every failure is a value with a message.
 */
export function decodeShareFragment(urlOrFragment: string): ShareLinkResult<Playbook> {
  const hashAt = urlOrFragment.indexOf('#');
  const fragment = hashAt >= 0 ? urlOrFragment.slice(hashAt + 1) : urlOrFragment;
  const field = new URLSearchParams(fragment).get(SHARE_FRAGMENT_KEY);
  if (field === null) return failure('not-a-share-link', 'This address does not contain a shared playbook.');
  if (field.length > MAX_SHARE_PAYLOAD_CHARS + FORMAT_TAG.length) {
    return failure(
      'too-large',
      'This link is longer than any Rollbook creates. Ask for the playbook as a file.',
    );
  }
  if (!field.startsWith(FORMAT_TAG)) {
    return failure(
      'unsupported-version',
      'This link was made by a different version of Rollbook and cannot be read here. Ask for the playbook as a file.',
    );
  }
  const bytes = fromBase64Url(field.slice(FORMAT_TAG.length));
  if (bytes === null) {
    return failure(
      'damaged',
      'This link is damaged: it contains characters a share link never has. Copy the whole link again.',
    );
  }
  const inflated = inflateBounded(bytes);
  if (inflated === 'too-large')
    return failure('too-large', 'This link expands to more than 5 MB. Ask for the playbook as a file.');
  if (inflated === null) {
    return failure(
      'damaged',
      'This link is damaged or cut off. Copy the whole link again, or ask for the playbook as a file.',
    );
  }
  const json = parseJsonText(strFromU8(inflated));
  if (!json.ok) return failure('damaged', `This link is damaged: ${json.message}.`);
  const parsed = parsePlaybook(json.value);
  if (!parsed.ok) {
    const first = parsed.errors[0];
    return {
      ok: false,
      error: {
        kind: 'invalid',
        errors: parsed.errors,
        message: `The shared playbook is not valid${first ? ` at ${first.path || '/'}: ${first.message}` : ''}.`,
      },
    };
  }
  return { ok: true, value: parsed.playbook };
}

function failure(kind: Exclude<ShareLinkError['kind'], 'invalid'>, message: string): ShareLinkResult<never> {
  return { ok: false, error: { kind, message } };
}

const kb = (chars: number) => Math.ceil(chars / 1024);
