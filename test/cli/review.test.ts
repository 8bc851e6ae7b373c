import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rollbook } from './cliHarness';
import { approvalsIn, keygen, reviewSign, team, workspace } from './reviewFixtures';

const sign = (file: string, key: string, ...rest: string[]) =>
  reviewSign(file, key, 'sam', 'ops-lead', 'approved', ...rest);

describe('rollbook review keygen', () => {
  it('writes a private JWK readable by its owner only and prints the team file entry', async () => {
    const ws = workspace('rollbook-keygen-');
    const run = await rollbook(
      'review',
      'keygen',
      '-o',
      ws.path('sam.jwk'),
      '--name',
      'sam',
      '--role',
      'ops-lead',
    );
    expect(run.code).toBe(0);
    const key = ws.read('sam.jwk');
    expect(Object.keys(key).sort()).toEqual(['crv', 'd', 'kty', 'x', 'y']);
    expect(statSync(ws.path('sam.jwk')).mode & 0o777).toBe(0o600);
    expect(run.stdout).toContain('"name": "sam"');
    expect(run.stdout).toContain(`"x": "${key.x}"`);
    expect(run.stdout).not.toContain(key.d as string);
  });

  it('never replaces an existing key file, and needs -o and --name', async () => {
    const ws = workspace('rollbook-keygen-');
    await keygen(ws, 'sam', []);
    const again = await rollbook('review', 'keygen', '-o', ws.path('sam.jwk'), '--name', 'sam');
    expect(again).toMatchObject({ code: 2, stderr: expect.stringContaining('already exists') });
    expect((await rollbook('review', 'keygen', '--name', 'sam')).code).toBe(2);
    expect((await rollbook('review', 'keygen', '-o', ws.path('k.jwk'))).code).toBe(2);
  });
});

describe('rollbook review sign and verify', () => {
  it('a record signed by review sign verifies against the team file: exit 0 and the JSON of section 9', async () => {
    const ws = workspace('rollbook-review-');
    const file = ws.playbook();
    const sam = await keygen(ws, 'sam', ['ops-lead']);
    const teamFile = ws.write('team.json', team(sam.entry));
    const signed = await sign(file, sam.file, '--comment', 'Drilled it.');
    expect(signed.code).toBe(0);
    expect(signed.stdout).toMatch(/^Signed sam's approval \(key [\w-]{43}\) of sha256:[0-9a-f]{64}; wrote /);

    const hash = JSON.parse((await rollbook('hash', file, '--json')).stdout).contentHash;
    const verify = await rollbook('review', 'verify', file, '--team', teamFile, '--json');
    expect(verify.code).toBe(0);
    expect(JSON.parse(verify.stdout)).toEqual({
      approved: true,
      contentHash: hash,
      verified: true,
      decisions: [{ reviewer: 'sam', role: 'ops-lead', decision: 'approved', counts: true, reasons: [] }],
    });
    const record = approvalsIn(ws.read('playbook.json'))[0]!;
    expect(record).toMatchObject({ comment: 'Drilled it.', contentHash: hash, signature: { alg: 'ES256' } });
  });

  it('keeps every other member of the file, and with -o leaves FILE as it was', async () => {
    const ws = workspace('rollbook-review-');
    ws.playbook();
    const original = ws.read('playbook.json');
    const sam = await keygen(ws, 'sam', ['ops-lead']);
    expect((await sign(ws.path('playbook.json'), sam.file, '-o', ws.path('signed.json'))).code).toBe(0);
    expect(ws.read('playbook.json')).toEqual(original);
    const signed = ws.read('signed.json');
    const { review, ...rest } = signed;
    const { review: _before, ...originalRest } = original;
    expect(rest).toEqual(originalRest);
    expect(Object.keys(signed)).toEqual(Object.keys(original));
    expect((review as { approvals: unknown[] }).approvals).toHaveLength(1);
  });

  it('a signed record altered in the file afterwards does not count: exit 1, bad-signature', async () => {
    const ws = workspace('rollbook-review-');
    const file = ws.playbook();
    const sam = await keygen(ws, 'sam', ['ops-lead']);
    const teamFile = ws.write('team.json', team(sam.entry));
    await sign(file, sam.file, '--comment', 'Drilled it.');
    const document = ws.read('playbook.json');
    approvalsIn(document)[0]!.comment = 'Drilled it, twice.';
    ws.write('playbook.json', document);
    const verify = await rollbook('review', 'verify', file, '--team', teamFile, '--json');
    expect(verify.code).toBe(1);
    expect(JSON.parse(verify.stdout).decisions[0]).toMatchObject({
      counts: false,
      reasons: ['bad-signature'],
    });
  });

  it('an unsigned approval counts without a team file (unverified) and not with one', async () => {
    const ws = workspace('rollbook-review-');
    const file = ws.playbook();
    const hash = JSON.parse((await rollbook('hash', file, '--json')).stdout).contentHash;
    const document = ws.read('playbook.json');
    document.review = {
      approvals: [
        {
          reviewer: 'sam',
          role: 'ops-lead',
          decision: 'approved',
          at: '2025-07-04T10:00:00Z',
          contentHash: hash,
        },
      ],
    };
    ws.write('playbook.json', document);
    const sam = await keygen(ws, 'sam', ['ops-lead']);
    const teamFile = ws.write('team.json', team(sam.entry));

    const without = await rollbook('review', 'verify', file);
    expect(without.code).toBe(0);
    expect(without.stdout).toContain('Decisions are unverified: no team file');
    const withTeam = await rollbook('review', 'verify', file, '--team', teamFile);
    expect(withTeam.code).toBe(1);
    expect(withTeam.stdout).toContain("sam's approval is not signed (unsigned)");
  });

  it('a decision signed in a role the team file does not give the signer does not count', async () => {
    const ws = workspace('rollbook-review-');
    const file = ws.playbook();
    const kim = await keygen(ws, 'kim', ['support-lead']);
    const teamFile = ws.write('team.json', team(kim.entry));
    const run = await reviewSign(file, kim.file, 'kim', 'ops-lead', 'approved');
    expect(run.code).toBe(0);
    const verify = await rollbook('review', 'verify', file, '--team', teamFile, '--json');
    expect(JSON.parse(verify.stdout).decisions[0].reasons).toEqual(['role-not-held']);
    expect(verify.code).toBe(1);
  });

  it("the author's signed approval is written, with a note that it cannot count", async () => {
    const ws = workspace('rollbook-review-');
    const file = ws.playbook();
    const dana = await keygen(ws, 'dana', ['ops-lead']);
    const run = await reviewSign(file, dana.file, 'dana', 'ops-lead', 'approved');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Note: dana is the author and cannot review their own playbook.');
    const teamFile = ws.write('team.json', team(dana.entry));
    const verify = await rollbook('review', 'verify', file, '--team', teamFile, '--json');
    expect(JSON.parse(verify.stdout).decisions[0].reasons).toEqual(['author']);
  });
});

describe('review: unusable input exits 2 with one line', () => {
  it.each([
    [
      'a missing team file',
      (ws: ReturnType<typeof workspace>) => ws.path('nope.json'),
      /nope\.json: no such file/,
    ],
    [
      'a team file that is not JSON',
      (ws: ReturnType<typeof workspace>) => ws.write('t.json', 'people: sam'),
      /Not valid JSON/,
    ],
    [
      'a team file listing a private key',
      (ws: ReturnType<typeof workspace>) =>
        ws.write('t.json', team({ name: 'sam', keys: [ws.read('sam.jwk')] })),
      /is not a valid team file: \/people\/0\/keys\/0\/d: This is a private key/,
    ],
  ])('verify with %s', async (_what, teamPath, message) => {
    const ws = workspace('rollbook-review-');
    await keygen(ws, 'sam', []);
    const run = await rollbook('review', 'verify', ws.playbook(), '--team', teamPath(ws));
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(message)]);
  });

  it('sign without --key, with a public key as --key, or with an unknown --decision', async () => {
    const ws = workspace('rollbook-review-');
    const file = ws.playbook();
    const sam = await keygen(ws, 'sam', []);
    const publicOnly = ws.write('public.jwk', (sam.entry.keys as unknown[])[0]);
    const runs = [
      await rollbook(
        'review',
        'sign',
        file,
        '--reviewer',
        'sam',
        '--role',
        'ops-lead',
        '--decision',
        'approved',
      ),
      await sign(file, publicOnly),
      await reviewSign(file, sam.file, 'sam', 'ops-lead', 'lgtm'),
    ];
    expect(runs.map((run) => run.code)).toEqual([2, 2, 2]);
    expect(runs.map((run) => run.stderr)).toEqual([
      expect.stringContaining('missing --key KEY'),
      expect.stringContaining('is not a valid private key (JWK): /d: "d" is required'),
      expect.stringContaining('--decision must be one of approved, changes-requested, not "lgtm"'),
    ]);
    expect(approvalsIn(ws.read('playbook.json'))).toEqual([]);
  });
});
