/**
 * SHA-256 through WebCrypto, the one digest both the browser and Node 20 (the CLI) provide as
 * `globalThis.crypto.subtle`, so the app and the command line compute identical hashes with one
 * function. The pure core is typechecked without DOM or Node types, so the two globals used here
 * are described locally by the little of them we call.
 */

interface SubtleDigest {
  digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer>;
}

interface WebCryptoGlobals {
  crypto?: { readonly subtle?: SubtleDigest };
  TextEncoder?: new () => { encode(text: string): Uint8Array };
}

const globals = globalThis as WebCryptoGlobals;

/** The prefix every hash in Rollbook carries, so the algorithm is part of the value (spec section 8). */
export const SHA256_PREFIX = 'sha256:';

/**
 * `sha256:` and the lower-case hex SHA-256 of the UTF-8 bytes of `text`.
 *
 * @example await sha256Hex('abc') // 'sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
 */
export async function sha256Hex(text: string): Promise<string> {
  const subtle = globals.crypto?.subtle;
  const Encoder = globals.TextEncoder;
  // Both exist in every supported runtime (browsers, Node >= 20); their absence is a setup fault.
  if (!subtle || !Encoder) throw new Error('WebCrypto (crypto.subtle) is not available in this runtime');
  const digest = await subtle.digest('SHA-256', new Encoder().encode(text));
  return SHA256_PREFIX + toHex(new Uint8Array(digest));
}

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

function toHex(bytes: Uint8Array): string {
  let hex = '';
  for (const byte of bytes) hex += HEX[byte];
  return hex;
}
