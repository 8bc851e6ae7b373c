import { subtle, utf8 } from './signing/webCrypto';

/**
 * SHA-256 through WebCrypto, the one digest both the browser and Node 20 (the CLI) provide as
 * `globalThis.crypto.subtle`, so the app and the command line compute identical hashes with one
 * function (`signing/webCrypto.ts` describes the part of WebCrypto the pure core uses).
 */

/** The prefix every hash in Rollbook carries, so the algorithm is part of the value (spec section 8). */
export const SHA256_PREFIX = 'sha256:';

/**
 * `sha256:` and the lower-case hex SHA-256 of the UTF-8 bytes of `text`.
 *
 * @example await sha256Hex('abc') // 'sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
 */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await subtle().digest('SHA-256', utf8(text));
  return SHA256_PREFIX + toHex(new Uint8Array(digest));
}

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

function toHex(bytes: Uint8Array): string {
  let hex = '';
  for (const byte of bytes) hex += HEX[byte];
  return hex;
}
