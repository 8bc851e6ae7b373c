import { Inflate } from 'fflate';

// The byte-level helpers of links that carry a document in their fragment (share links, review
// requests and decisions): raw DEFLATE, base64url, and an inflate that stops a "zip bomb".

/** Guard against a small link that inflates to something huge (a "zip bomb"). */
export const MAX_SHARED_JSON_BYTES = 5 * 1024 * 1024;

/** Inflates in slices so a bomb is stopped at the limit; `null` for damaged or cut-off data. */
export function inflateBounded(bytes: Uint8Array): Uint8Array | 'too-large' | null {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let finished = false;
  try {
    const inflater = new Inflate((chunk, final) => {
      chunks.push(chunk);
      total += chunk.length;
      if (final) finished = true;
    });
    const slice = 1024;
    for (let at = 0; at < bytes.length; at += slice) {
      inflater.push(bytes.subarray(at, at + slice), at + slice >= bytes.length);
      if (total > MAX_SHARED_JSON_BYTES) return 'too-large';
    }
  } catch {
    return null;
  }
  if (!finished) return null;
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  const step = 0x8000;
  for (let at = 0; at < bytes.length; at += step) {
    binary += String.fromCharCode(...bytes.subarray(at, at + step));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}
