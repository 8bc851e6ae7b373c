import { describe, expect, it } from 'vitest';
import { generateSigningKey, type TeamFile, teamEntry } from '../../../src/review';
import { readEntry, rolesOf, withPerson } from '../../../src/ui/review/team/teamEdits';

const team = (): TeamFile => ({ rollbookTeam: 1, name: 'Payments', people: [] });

describe('team file editor edits', () => {
  it('an entry copied from a profile is read as that person, with their key', async () => {
    const key = await generateSigningKey({ extractable: false });
    const text = JSON.stringify(teamEntry('Sam', ['ops-lead'], key.publicJwk), null, 2);
    const read = readEntry(text);
    expect(read).toEqual({ ok: true, person: { name: 'Sam', roles: ['ops-lead'], keys: [key.publicJwk] } });
  });

  it('a pasted private key or text that is not JSON is refused with the reason', async () => {
    expect(readEntry('{ name: sam')).toEqual({
      ok: false,
      message: 'This is not JSON: paste the entry as the profile copies it.',
    });
    const key = await generateSigningKey({ extractable: true });
    const { d } = (await crypto.subtle.exportKey('jwk', key.privateKey as CryptoKey)) as { d: string };
    const read = readEntry(JSON.stringify({ name: 'sam', keys: [{ ...key.publicJwk, d }] }));
    expect(read.ok).toBe(false);
    expect(!read.ok && read.message).toMatch(/^\/keys\/0\/d: This is a private key/);
  });

  it('a person already listed (any case) gets the new key and roles added, not a second entry', async () => {
    const first = await generateSigningKey({ extractable: false });
    const second = await generateSigningKey({ extractable: false });
    let edited = withPerson(team(), teamEntry('Sam', ['ops-lead'], first.publicJwk));
    edited = withPerson(edited, teamEntry('sam ', ['dba'], second.publicJwk));
    edited = withPerson(edited, teamEntry('SAM', ['dba'], second.publicJwk));
    expect(edited.people).toEqual([
      { name: 'Sam', roles: ['ops-lead', 'dba'], keys: [first.publicJwk, second.publicJwk] },
    ]);
    expect(withPerson(edited, teamEntry('Kim', [], first.publicJwk)).people.map((p) => p.name)).toEqual([
      'Sam',
      'Kim',
    ]);
  });

  it('roles typed with commas or spaces become role ids', () => {
    expect(rolesOf(' ops-lead,dba  auditor, ')).toEqual(['ops-lead', 'dba', 'auditor']);
  });
});
