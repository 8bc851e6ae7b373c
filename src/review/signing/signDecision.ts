import type { ApprovalRecord } from '../../domain/types';
import { canonicalJson } from '../canonicalJson';
import { base64urlDecode, base64urlEncode } from './base64url';
import type { SigningKey } from './keys';
import { type CryptoKeyHandle, ES256, subtle, utf8 } from './webCrypto';

/** A review decision before it is signed: every member but `signature`. */
export type UnsignedDecision = Omit<ApprovalRecord, 'signature'>;
export type DecisionSignature = NonNullable<ApprovalRecord['signature']>;

/**
 * The bytes a signature covers (spec 8.1): the UTF-8 RFC 8785 JSON of the record without
 * `signature`. Every other member is covered, `comment` included, and so is any member a later
 * version of the format adds, because nothing is listed: the record is taken whole.
 */
export function signedBytes(record: ApprovalRecord | UnsignedDecision): Uint8Array {
  const { signature: _signature, ...covered } = record as ApprovalRecord;
  return utf8(canonicalJson(covered));
}

/**
 * Signs a decision with the reviewer's key: the record, unchanged, with `signature` added.
 *
 * @example await signDecision({ reviewer: 'sam', role: 'ops-lead', decision: 'approved', at, contentHash }, key)
 */
export async function signDecision(record: UnsignedDecision, key: SigningKey): Promise<ApprovalRecord> {
  const value = await subtle().sign(ES256, key.privateKey, signedBytes(record));
  const signature: DecisionSignature = {
    alg: 'ES256',
    kid: key.kid,
    value: base64urlEncode(new Uint8Array(value)),
  };
  return { ...stripSignature(record), signature };
}

/**
 * Whether `signature.value` is a valid ES256 signature over the record by this key (a
 * `CryptoKeyHandle` from `importVerifyingKey`). Does not look at `kid`: which key to use is the
 * team file's question (`checkDecisionSignatures`).
 */
export async function signatureMatches(record: ApprovalRecord, key: CryptoKeyHandle): Promise<boolean> {
  const { signature } = record;
  if (signature?.alg !== 'ES256') return false;
  const value = base64urlDecode(signature.value);
  if (value?.length !== 64) return false;
  return subtle().verify(ES256, key, value, signedBytes(record));
}

function stripSignature(record: UnsignedDecision): UnsignedDecision {
  const { signature: _signature, ...rest } = record as ApprovalRecord;
  return rest;
}
