import { execFileSync, spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { team, workspace } from './reviewFixtures';

/** The real `rollbook` process (built JavaScript): WebCrypto must be there for keygen, sign and verify. */
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['bin/rollbook.mjs', ...args], { encoding: 'utf8' });

describe('review in the built command line', () => {
  beforeAll(() => {
    execFileSync(process.execPath, ['bin/rollbook.mjs', 'schema'], { stdio: 'ignore' });
  }, 120_000);

  it('keygen, sign and verify --team in real processes: exit 1 before the approval, 0 after', () => {
    const ws = workspace('rollbook-built-review-');
    const file = ws.playbook();
    const keygen = run(
      'review',
      'keygen',
      '-o',
      ws.path('sam.jwk'),
      '--name',
      'sam',
      '--role',
      'ops-lead',
      '--json',
    );
    expect(keygen.status).toBe(0);
    const teamFile = ws.write('team.json', team(JSON.parse(keygen.stdout).teamEntry));
    expect(run('review', 'verify', file, '--team', teamFile).status).toBe(1);
    const signArgs = [
      '--key',
      ws.path('sam.jwk'),
      '--reviewer',
      'sam',
      '--role',
      'ops-lead',
      '--decision',
      'approved',
    ];
    expect(run('review', 'sign', file, ...signArgs).status).toBe(0);
    const verify = run('review', 'verify', file, '--team', teamFile, '--json');
    expect(verify.status).toBe(0);
    expect(JSON.parse(verify.stdout)).toMatchObject({ approved: true, verified: true });
  });
});
