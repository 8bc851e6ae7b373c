import { describe, expect, it } from 'vitest';
import { generateSigningKey } from '../../src/review/signing/keys';
import { parseTeamFile, readTeamFile } from '../../src/review/team/parseTeam';
import { teamJsonSchema } from '../../src/review/team/teamJsonSchema';
import { teamEntry } from '../../src/review/team/teamSchema';

const key = async () => (await generateSigningKey({ extractable: false })).publicJwk;

async function teamWith(people: unknown[]): Promise<Record<string, unknown>> {
  return { rollbookTeam: 1, name: 'Payments operations', people };
}

describe('the team file (spec 8.1)', () => {
  it('reads people, roles and keys; roles and keys default to empty lists', async () => {
    const sam = await key();
    const result = await readTeamFile(await teamWith([teamEntry('sam', ['ops-lead'], sam), { name: 'kim' }]));
    expect(result).toEqual({
      ok: true,
      team: {
        rollbookTeam: 1,
        name: 'Payments operations',
        people: [
          { name: 'sam', roles: ['ops-lead'], keys: [{ kty: 'EC', crv: 'P-256', x: sam.x, y: sam.y }] },
          { name: 'kim', roles: [], keys: [] },
        ],
      },
    });
  });

  it('accepts a $schema member for editors', async () => {
    const document = { $schema: 'https://example.org/team.v1.schema.json', ...(await teamWith([])) };
    expect((await readTeamFile(document)).ok).toBe(true);
  });

  it('accepts a public key exactly as a browser exports it (key_ops, ext)', async () => {
    const sam = await key();
    const exported = { key_ops: ['verify'], ext: true, ...sam };
    expect((await readTeamFile(await teamWith([{ name: 'sam', roles: [], keys: [exported] }]))).ok).toBe(
      true,
    );
  });

  const BAD: [string, (k: Record<string, string>) => unknown, string, RegExp][] = [
    ['not a team file', () => ({ format: 'rollbook.playbook' }), '/rollbookTeam', /"rollbookTeam" must be 1/],
    ['a typo in a member', (k) => ({ ...base(k), peopel: [] }), '/peopel', /Unknown field "peopel"/],
    ['a private key', (k) => base(k, { ...k, d: k.x! }), '/people/0/keys/0/d', /This is a private key/],
    ['another curve', (k) => base(k, { ...k, crv: 'P-384' }), '/people/0/keys/0/crv', /P-256/],
    [
      'an RSA key',
      () => base({}, { kty: 'RSA', n: 'x', e: 'AQAB' }),
      '/people/0/keys/0/kty',
      /"kty" must be "EC"/,
    ],
    ['a short coordinate', (k) => base(k, { ...k, x: 'abc' }), '/people/0/keys/0/x', /43 base64url/],
    [
      'an empty name',
      (k) => ({ ...base(k), people: [{ name: '  ', roles: [], keys: [] }] }),
      '/people/0/name',
      /empty/,
    ],
    [
      'a role that is not an id',
      (k) => ({ ...base(k), people: [{ name: 'sam', roles: ['ops lead'] }] }),
      '/people/0/roles/0',
      /Must be an id/,
    ],
  ];
  function base(k: Record<string, string>, override?: unknown) {
    return {
      rollbookTeam: 1,
      name: 'Ops',
      people: [{ name: 'sam', roles: ['ops-lead'], keys: [override ?? k] }],
    };
  }

  it.each(BAD)('refuses %s with a JSON Pointer and plain words', async (_what, make, path, message) => {
    const document = make({ ...(await key()) });
    const result = parseTeamFile(document);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatchObject({ path, message: expect.stringMatching(message) });
  });

  it('refuses one person listed twice (names compared trimmed, any case)', async () => {
    const result = parseTeamFile(await teamWith([{ name: 'sam' }, { name: ' Sam ' }]));
    expect(result).toEqual({
      ok: false,
      errors: [{ path: '/people/1/name', message: expect.stringContaining('listed twice') }],
    });
  });

  it('refuses a key whose point is not on the curve (only WebCrypto can tell)', async () => {
    const sam = await key();
    const offCurve = { ...sam, y: sam.x };
    const document = await teamWith([{ name: 'sam', keys: [offCurve] }]);
    expect(parseTeamFile(document).ok).toBe(true);
    expect(await readTeamFile(document)).toEqual({
      ok: false,
      errors: [{ path: '/people/0/keys/0', message: "sam's key 1 is not a valid P-256 public key" }],
    });
  });

  it('refuses one key listed for two people: it could not say who signed', async () => {
    const shared = await key();
    const result = await readTeamFile(
      await teamWith([
        { name: 'sam', keys: [shared] },
        { name: 'kim', keys: [shared] },
      ]),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      { path: '/people/1/keys/0', message: expect.stringContaining('is also listed for sam') },
    ]);
  });
});

describe('the team file JSON Schema', () => {
  it('is current with the zod schema (the checked-in file: run this test with -u to regenerate)', async () => {
    await expect(`${JSON.stringify(teamJsonSchema(), null, 2)}\n`).toMatchFileSnapshot(
      '../../public/schema/team.v1.schema.json',
    );
  });

  it('refuses a private key member and unknown members, as the parser does', () => {
    const schema = JSON.stringify(teamJsonSchema());
    expect(schema).toContain('"d":false');
    expect(schema.match(/"additionalProperties":false/g)).toHaveLength(3);
  });
});
