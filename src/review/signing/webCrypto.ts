/**
 * The part of WebCrypto (`globalThis.crypto.subtle`) that signing uses. Browsers and Node >= 20
 * provide the same API, so one implementation signs in the app and verifies in the CLI. The pure
 * core is typechecked without DOM or Node types (tsconfig.core.json), so the little we call is
 * described here; `CryptoKeyHandle` stands for WebCrypto's opaque `CryptoKey`.
 */

/** An opaque WebCrypto key; a browser can keep one (non-extractable) in IndexedDB as it is. */
export interface CryptoKeyHandle {
  readonly type: string;
  readonly extractable: boolean;
}

/** A JSON Web Key as WebCrypto reads and writes it (RFC 7517); only EC members matter here. */
export interface JsonWebKeyMembers {
  kty?: string;
  crv?: string;
  x?: string;
  y?: string;
  d?: string;
}

export const ECDSA_P256 = { name: 'ECDSA', namedCurve: 'P-256' } as const;
export const ES256 = { name: 'ECDSA', hash: 'SHA-256' } as const;

interface SubtleSigning {
  digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer>;
  generateKey(
    algorithm: typeof ECDSA_P256,
    extractable: boolean,
    usages: readonly ('sign' | 'verify')[],
  ): Promise<{ privateKey: CryptoKeyHandle; publicKey: CryptoKeyHandle }>;
  exportKey(format: 'jwk', key: CryptoKeyHandle): Promise<JsonWebKeyMembers>;
  importKey(
    format: 'jwk',
    keyData: JsonWebKeyMembers,
    algorithm: typeof ECDSA_P256,
    extractable: boolean,
    usages: readonly ('sign' | 'verify')[],
  ): Promise<CryptoKeyHandle>;
  sign(algorithm: typeof ES256, key: CryptoKeyHandle, data: Uint8Array): Promise<ArrayBuffer>;
  verify(
    algorithm: typeof ES256,
    key: CryptoKeyHandle,
    signature: Uint8Array,
    data: Uint8Array,
  ): Promise<boolean>;
}

interface WebCryptoGlobals {
  crypto?: { readonly subtle?: SubtleSigning };
  TextEncoder?: new () => { encode(text: string): Uint8Array };
}

// DOM and Node type `crypto` in their own, richer ways; only our subset is relied on.
const globals = globalThis as unknown as WebCryptoGlobals;

/** WebCrypto's `subtle`. Present in every supported runtime; its absence is a setup fault. */
export function subtle(): SubtleSigning {
  const found = globals.crypto?.subtle;
  if (!found) throw new Error('WebCrypto (crypto.subtle) is not available in this runtime');
  return found;
}

/** The UTF-8 bytes of `text`. */
export function utf8(text: string): Uint8Array {
  const Encoder = globals.TextEncoder;
  if (!Encoder) throw new Error('TextEncoder is not available in this runtime');
  return new Encoder().encode(text);
}
