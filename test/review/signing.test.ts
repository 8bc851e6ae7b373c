import { createHash, createPublicKey, verify as nodeVerify } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64urlDecode, base64urlEncode } from '../../src/review/signing/base64url';
import { jwkThumbprint, PrivateJwkSchema, PublicJwkSchema } from '../../src/review/signing/jwk';
import { exportPrivateJwk, generateSigningKey, importSigningKey } from '../../src/review/signing/keys';
import { signDecision, signedBytes } from '../../src/review/signing/signDecision';

const RECORD = {
  reviewer: 'sam',
  role: 'ops-lead',
  decision: 'approved',
  at: '2025-07-02T10:00:00Z',
  contentHash: `sha256:${'9f'.repeat(32)}`,
  comment: 'Rollback order checked in drill.',
} as const;

describe('base64url without padding', () => {
  it('round-trips any bytes and matches Node', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 80 }), (bytes) => {
        const text = base64urlEncode(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64url'));
        expect(base64urlDecode(text)).toEqual(bytes);
      }),
    );
  });

  it('refuses padding, other alphabets, impossible lengths and stray bits (one spelling per value)', () => {
    expect(base64urlDecode('-_8=')).toBeNull();
    expect(base64urlDecode('+/8')).toBeNull();
    expect(base64urlDecode('abcde')).toBeNull();
    expect(base64urlDecode('-_9')).toBeNull(); // "-_8" with a stray low bit set
  });
});

describe('key thumbprint (RFC 7638)', () => {
  it('is SHA-256 over {"crv","kty","x","y"} in that order, base64url, whatever other members the JWK has', async () => {
    const key = await generateSigningKey({ extractable: false });
    const { x, y } = key.publicJwk;
    const expected = createHash('sha256')
      .update(`{"crv":"P-256","kty":"EC","x":"${x}","y":"${y}"}`)
      .digest('base64url');
    expect(key.kid).toBe(expected);
    expect(await jwkThumbprint({ kty: 'EC', crv: 'P-256', x, y })).toBe(expected);
    const exported = { key_ops: ['verify'], ext: true, y, x, crv: 'P-256', kty: 'EC' };
    expect(await jwkThumbprint(PublicJwkSchema.parse(exported))).toBe(expected);
  });
});

describe('keys', () => {
  it('a browser key is non-extractable; a CLI key exports a private JWK that imports to the same kid', async () => {
    const browser = await generateSigningKey({ extractable: false });
    expect(browser.privateKey.extractable).toBe(false);
    await expect(exportPrivateJwk(browser)).rejects.toThrow();

    const cli = await generateSigningKey({ extractable: true });
    const file = await exportPrivateJwk(cli);
    expect(Object.keys(file).sort()).toEqual(['crv', 'd', 'kty', 'x', 'y']);
    const imported = await importSigningKey(PrivateJwkSchema.parse(file));
    expect(imported.ok && imported.key.kid).toBe(cli.kid);
  });

  it('refuses a key file whose private part belongs to another key', async () => {
    const one = await exportPrivateJwk(await generateSigningKey({ extractable: true }));
    const other = await exportPrivateJwk(await generateSigningKey({ extractable: true }));
    const mixed = await importSigningKey({ ...one, d: other.d });
    // Node's WebCrypto refuses the mix on import; a browser that does not is caught by the probe.
    expect(mixed.ok).toBe(false);
  });

  it('a public key entry refuses a private key with a plain message', () => {
    const result = PublicJwkSchema.safeParse({
      kty: 'EC',
      crv: 'P-256',
      x: 'A'.repeat(43),
      y: 'A'.repeat(43),
      d: 'A'.repeat(43),
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('This is a private key');
  });
});

describe('signing a decision (spec 8.1)', () => {
  it('covers the RFC 8785 JSON of every member but signature', () => {
    const text = new TextDecoder().decode(
      signedBytes({ ...RECORD, signature: { alg: 'ES256', kid: 'k', value: 'v' } }),
    );
    expect(text).toBe(
      `{"at":"2025-07-02T10:00:00Z","comment":"Rollback order checked in drill.","contentHash":"${RECORD.contentHash}","decision":"approved","reviewer":"sam","role":"ops-lead"}`,
    );
  });

  it('adds { alg: ES256, kid, value } with a 64-byte r‖s value that Node verifies as IEEE P1363', async () => {
    const key = await generateSigningKey({ extractable: true });
    const signed = await signDecision(RECORD, key);
    expect(signed).toMatchObject({ ...RECORD, signature: { alg: 'ES256', kid: key.kid } });
    const value = Buffer.from(signed.signature!.value, 'base64url');
    expect(value.length).toBe(64);
    const publicKey = createPublicKey({ key: { ...key.publicJwk }, format: 'jwk' });
    const ok = nodeVerify(
      'sha256',
      Buffer.from(signedBytes(signed)),
      { key: publicKey, dsaEncoding: 'ieee-p1363' },
      value,
    );
    expect(ok).toBe(true);
  });
});
