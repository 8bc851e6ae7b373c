import { type EcPublicKey, jwkThumbprint, type PrivateJwk, publicMembers } from './jwk';
import { type CryptoKeyHandle, ECDSA_P256, ES256, type JsonWebKeyMembers, subtle, utf8 } from './webCrypto';

/** A person's signing key: the private half to sign with, the public half to list in a team file. */
export interface SigningKey {
  /** Non-extractable unless generated with `{ extractable: true }` (the CLI's key files). */
  privateKey: CryptoKeyHandle;
  /** `{ kty, crv, x, y }`: what goes into the team file. */
  publicJwk: EcPublicKey;
  /** The RFC 7638 thumbprint of `publicJwk`: the key's fingerprint, and `signature.kid`. */
  kid: string;
}

/**
 * Makes a new ES256 key pair. In the browser, keep `extractable` false: the private key can then
 * sign but never be read, not even by the app, and it is stored in IndexedDB as the key object
 * itself. The CLI passes `true` to write the private JWK to a file (`rollbook review keygen`).
 */
export async function generateSigningKey(options: { extractable: boolean }): Promise<SigningKey> {
  const pair = await subtle().generateKey(ECDSA_P256, options.extractable, ['sign', 'verify']);
  const exported = await subtle().exportKey('jwk', pair.publicKey);
  const publicJwk = publicMembers(exported as EcPublicKey);
  return { privateKey: pair.privateKey, publicJwk, kid: await jwkThumbprint(publicJwk) };
}

/** The private JWK of an extractable key, `{ kty, crv, x, y, d }`: a key file's content. */
export async function exportPrivateJwk(key: SigningKey): Promise<PrivateJwk> {
  const { d } = await subtle().exportKey('jwk', key.privateKey);
  if (typeof d !== 'string') throw new Error('This private key cannot be exported');
  return { ...key.publicJwk, d };
}

/**
 * A signing key from a private JWK (already checked by `PrivateJwkSchema`), or a plain reason when
 * WebCrypto refuses it (a point not on the curve, `d` not matching `x`/`y`).
 */
export async function importSigningKey(
  jwk: PrivateJwk,
): Promise<{ ok: true; key: SigningKey } | { ok: false; message: string }> {
  const publicJwk = publicMembers(jwk);
  const members: JsonWebKeyMembers = { ...publicJwk, d: jwk.d };
  try {
    const privateKey = await subtle().importKey('jwk', members, ECDSA_P256, false, ['sign']);
    if (!(await halvesMatch(privateKey, publicJwk)))
      return { ok: false, message: 'its private part "d" does not belong to its public key (x, y)' };
    const kid = await jwkThumbprint(publicJwk);
    if (jwk.kid !== undefined && jwk.kid !== kid)
      return { ok: false, message: `its "kid" is not the thumbprint of its public key (${kid})` };
    return { ok: true, key: { privateKey, publicJwk, kid } };
  } catch {
    return { ok: false, message: 'it is not a valid P-256 private key' };
  }
}

/** Signs a probe and verifies it with the public half: a key file edited by hand can mix two keys. */
async function halvesMatch(privateKey: CryptoKeyHandle, publicJwk: EcPublicKey): Promise<boolean> {
  const verifying = await importVerifyingKey(publicJwk);
  if (!verifying) return false;
  const probe = utf8('rollbook key check');
  const signature = await subtle().sign(ES256, privateKey, probe);
  return subtle().verify(ES256, verifying, new Uint8Array(signature), probe);
}

/** A public key ready to verify with, or `null` when its point is not on the P-256 curve. */
export async function importVerifyingKey(jwk: EcPublicKey): Promise<CryptoKeyHandle | null> {
  try {
    return await subtle().importKey('jwk', { ...publicMembers(jwk) }, ECDSA_P256, false, ['verify']);
  } catch {
    return null;
  }
}
