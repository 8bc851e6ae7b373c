import { z } from 'zod';
import { canonicalJson } from '../canonicalJson';
import { base64urlEncode } from './base64url';
import { subtle, utf8 } from './webCrypto';

/** A P-256 coordinate or private scalar: 32 bytes, 43 base64url characters without padding. */
const coordinate = (what: string) =>
  z
    .string({ error: `Must be the key's ${what}: 43 base64url characters` })
    .regex(/^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$/, {
      error: `Must be the key's ${what}: 43 base64url characters (32 bytes, no padding)`,
    });

/**
 * Members WebCrypto and other tools add to an exported JWK. They are accepted, so a key exported
 * by a browser can be pasted as it is, and ignored: only `crv`, `kty`, `x`, `y` (and `d`) are used.
 */
const optionalMembers = {
  alg: z.literal('ES256').optional(),
  use: z.literal('sig').optional(),
  key_ops: z.array(z.string()).optional(),
  ext: z.boolean().optional(),
  kid: z.string().optional(),
};

const curveMembers = {
  // Rollbook signs with ES256 only: ECDSA on P-256.
  kty: z.literal('EC'),
  crv: z.literal('P-256'),
  x: coordinate('x coordinate'),
  y: coordinate('y coordinate'),
};

/** A public signing key as a team file lists it (spec 8.1). */
export const PublicJwkSchema = z
  .strictObject({
    ...curveMembers,
    ...optionalMembers,
    // Named only to refuse it with a message that says what went wrong.
    d: z
      .unknown()
      .refine((d) => d === undefined, {
        error: 'This is a private key ("d"): list only public keys; the private part stays with its owner',
      })
      .optional(),
  })
  .transform(({ d: _d, ...key }) => key);

/** A private signing key file, as `rollbook review keygen` writes and `review sign --key` reads. */
export const PrivateJwkSchema = z.strictObject({
  ...curveMembers,
  ...optionalMembers,
  d: coordinate('private part "d"'),
});

export type PublicJwk = z.output<typeof PublicJwkSchema>;
export type PrivateJwk = z.output<typeof PrivateJwkSchema>;

/** The required members of an EC key, the only ones a thumbprint or an import looks at. */
export interface EcPublicKey {
  kty: 'EC';
  crv: 'P-256';
  x: string;
  y: string;
}

/** Just the required public members (drops `d`, `key_ops`, `ext`…). */
export function publicMembers(key: EcPublicKey): EcPublicKey {
  return { kty: 'EC', crv: 'P-256', x: key.x, y: key.y };
}

/**
 * The RFC 7638 thumbprint of a P-256 key, the `kid` of spec 8.1: SHA-256 over the JSON of `crv`,
 * `kty`, `x`, `y` in that order with no whitespace (exactly RFC 8785's output for those four
 * members), base64url without padding.
 *
 * @example await jwkThumbprint(publicJwk) // 'NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs' (43 chars)
 */
export async function jwkThumbprint(key: EcPublicKey): Promise<string> {
  const digest = await subtle().digest('SHA-256', utf8(canonicalJson(publicMembers(key))));
  return base64urlEncode(new Uint8Array(digest));
}
