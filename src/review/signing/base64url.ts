/**
 * Base64url without padding (RFC 4648 section 5), the encoding of JWK members, thumbprints and
 * signature values. Written out because the pure core has neither `Buffer` nor a typed `btoa`.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE_OF = new Map([...ALPHABET].map((char, index) => [char, index]));

/** @example base64urlEncode(new Uint8Array([0xfb, 0xff])) // '-_8' */
export function base64urlEncode(bytes: Uint8Array): string {
  let text = '';
  for (let index = 0; index < bytes.length; index += 3) {
    const chunk = (bytes[index]! << 16) | ((bytes[index + 1] ?? 0) << 8) | (bytes[index + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - index) * 8) / 6));
    for (let char = 0; char < chars; char += 1) text += ALPHABET[(chunk >> (18 - 6 * char)) & 63];
  }
  return text;
}

/**
 * The bytes of unpadded base64url text, or `null` when it is not that: a character outside the
 * alphabet, padding, an impossible length, or stray bits in the last character (a value has one
 * spelling, so a signature cannot be altered into another text that decodes alike).
 */
export function base64urlDecode(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const bytes = new Uint8Array(Math.floor((text.length * 6) / 8));
  let buffer = 0;
  let bits = 0;
  let at = 0;
  for (const char of text) {
    const value = VALUE_OF.get(char);
    if (value === undefined) return null;
    buffer = ((buffer << 6) | value) & 0xffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[at++] = (buffer >> bits) & 0xff;
    }
  }
  if ((buffer & ((1 << bits) - 1)) !== 0) return null;
  return bytes;
}
