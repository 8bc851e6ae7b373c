import { createHash, webcrypto } from 'node:crypto';
import canonicalize from 'canonicalize';
import { describe, expect, it } from 'vitest';
import { rollbook } from './cliHarness';
import { approvalsIn, keygen, reviewSign, team, workspace } from './reviewFixtures';

/**
 * Keys and signatures made with plain WebCrypto calls, as a browser makes them, without Rollbook's
 * own helpers: the CLI must accept them as they are, and what the CLI signs must verify there.
 */
const subtle = webcrypto.subtle;
const P256 = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const ES256 = { name: 'ECDSA', hash: 'SHA-256' } as const;

const thumbprint = (jwk: webcrypto.JsonWebKey) =>
  createHash('sha256')
    .update(`{"crv":"${jwk.crv}","kty":"${jwk.kty}","x":"${jwk.x}","y":"${jwk.y}"}`)
    .digest('base64url');

describe('browser keys and the command line (spec 8.1)', () => {
  it('a decision signed with a browser-made key verifies in rollbook review verify --team', async () => {
    const ws = workspace('rollbook-browser-');
    const file = ws.playbook();
    const pair = await subtle.generateKey(P256, false, ['sign', 'verify']);
    const publicJwk = await subtle.exportKey('jwk', pair.publicKey); // with key_ops and ext, pasted as is
    const hash = JSON.parse((await rollbook('hash', file, '--json')).stdout).contentHash;
    const record = {
      reviewer: 'Sam',
      role: 'ops-lead',
      decision: 'approved',
      at: '2025-07-04T10:00:00.250Z',
      contentHash: hash,
      comment: 'ok ✓',
    };
    const value = await subtle.sign(ES256, pair.privateKey, new TextEncoder().encode(canonicalize(record)));
    const signature = {
      alg: 'ES256',
      kid: thumbprint(publicJwk),
      value: Buffer.from(value).toString('base64url'),
    };
    const document = ws.read('playbook.json');
    approvalsIn(document).push({ ...record, signature });
    ws.write('playbook.json', document);
    const teamFile = ws.write('team.json', team({ name: 'sam', roles: ['ops-lead'], keys: [publicJwk] }));

    const verify = await rollbook('review', 'verify', file, '--team', teamFile, '--json');
    expect(JSON.parse(verify.stdout).decisions).toEqual([
      { reviewer: 'Sam', role: 'ops-lead', decision: 'approved', counts: true, reasons: [] },
    ]);
    expect(verify.code).toBe(0);
  });

  it('a record signed by rollbook review sign verifies with plain WebCrypto', async () => {
    const ws = workspace('rollbook-browser-');
    const file = ws.playbook();
    const sam = await keygen(ws, 'sam', ['ops-lead']);
    await reviewSign(file, sam.file, 'sam', 'ops-lead', 'changes-requested', '--comment', 'Add a check.');
    const { signature, ...record } = approvalsIn(ws.read('playbook.json'))[0] as Record<string, unknown> & {
      signature: { kid: string; value: string };
    };
    const publicJwk = (sam.entry.keys as webcrypto.JsonWebKey[])[0]!;
    expect(signature.kid).toBe(thumbprint(publicJwk));
    const key = await subtle.importKey('jwk', publicJwk, P256, false, ['verify']);
    const bytes = new TextEncoder().encode(canonicalize(record));
    expect(await subtle.verify(ES256, key, Buffer.from(signature.value, 'base64url'), bytes)).toBe(true);
  });

  it('review sign accepts a private key exported from a browser (with key_ops and ext)', async () => {
    const ws = workspace('rollbook-browser-');
    const file = ws.playbook();
    const pair = await subtle.generateKey(P256, true, ['sign', 'verify']);
    const keyFile = ws.write('browser.jwk', await subtle.exportKey('jwk', pair.privateKey));
    const publicJwk = await subtle.exportKey('jwk', pair.publicKey);
    const teamFile = ws.write('team.json', team({ name: 'sam', roles: ['ops-lead'], keys: [publicJwk] }));
    const signed = await reviewSign(file, keyFile, 'sam', 'ops-lead', 'approved');
    expect(signed.code).toBe(0);
    expect((await rollbook('review', 'verify', file, '--team', teamFile)).code).toBe(0);
  });
});
