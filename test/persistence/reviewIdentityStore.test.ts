import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { RollbookDatabase } from '../../src/persistence/database';
import { createReviewIdentityStore, LIBRARY_TEAM_SCOPE } from '../../src/persistence/reviewIdentityStore';
import { jwkThumbprint } from '../../src/review';
import { value } from './helpers';

let count = 0;
const freshStore = () => {
  count += 1;
  const db = new RollbookDatabase(`identity-${count}-${Math.random().toString(36).slice(2)}`);
  return { db, store: createReviewIdentityStore(db, { now: () => new Date('2025-07-01T09:00:00Z') }) };
};

describe('review identity store: the profile key', () => {
  it('has no key until one is made; the key made is non-extractable and its kid is its thumbprint', async () => {
    const { store } = freshStore();
    expect(value(await store.signingKey())).toBeNull();
    const made = value(await store.replaceSigningKey());
    expect(made.privateKey.extractable).toBe(false);
    expect(made.kid).toBe(await jwkThumbprint(made.publicJwk));
    const read = value(await store.signingKey());
    expect(read?.kid).toBe(made.kid);
    expect(read?.replacedKid).toBeUndefined();
  });

  it('replacing a key makes a new one and remembers which it replaced', async () => {
    const { store } = freshStore();
    const first = value(await store.replaceSigningKey());
    const second = value(await store.replaceSigningKey());
    expect(second.kid).not.toBe(first.kid);
    expect(value(await store.signingKey())).toMatchObject({ kid: second.kid, replacedKid: first.kid });
  });

  it('a stored key still signs after the database is closed and opened again', async () => {
    const { db, store } = freshStore();
    const made = value(await store.replaceSigningKey());
    db.close();
    const reopened = createReviewIdentityStore(new RollbookDatabase(db.name));
    const read = value(await reopened.signingKey());
    const data = new TextEncoder().encode('probe');
    const signature = await crypto.subtle.sign(
      { name: 'ECDSA', hash: 'SHA-256' },
      read!.privateKey as CryptoKey,
      data,
    );
    const publicKey = await crypto.subtle.importKey(
      'jwk',
      made.publicJwk,
      { name: 'ECDSA', namedCurve: 'P-256' },
      false,
      ['verify'],
    );
    expect(await crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, publicKey, signature, data)).toBe(
      true,
    );
  });
});

describe('review identity store: team files', () => {
  it('keeps one team file per scope, as the text given, and removes it', async () => {
    const { store } = freshStore();
    const text = '{"rollbookTeam":1,"name":"Payments","people":[]}';
    value(await store.saveTeamFile({ scope: LIBRARY_TEAM_SCOPE, text, fileName: 'team.json' }));
    value(await store.saveTeamFile({ scope: 'pb-1', text: text.replace('Payments', 'Other') }));
    expect(value(await store.teamFile(LIBRARY_TEAM_SCOPE))).toMatchObject({
      text,
      fileName: 'team.json',
      updatedAt: '2025-07-01T09:00:00.000Z',
    });
    value(await store.removeTeamFile(LIBRARY_TEAM_SCOPE));
    expect(value(await store.teamFile(LIBRARY_TEAM_SCOPE))).toBeNull();
    expect(value(await store.teamFile('pb-1'))?.text).toContain('Other');
  });
});
