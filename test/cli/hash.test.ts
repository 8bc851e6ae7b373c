import { describe, expect, it } from 'vitest';
import { contentHash } from '../../src/review/contentHash';
import { examplePath } from '../fixtures/examples';
import { example } from '../review/examples';
import { rollbook } from './cliHarness';
import { workspace } from './reviewFixtures';

describe('rollbook hash', () => {
  it('prints the content hash of section 8, the same as the app computes', async () => {
    const expected = await contentHash(example('order-fulfilment-rollback'));
    const run = await rollbook('hash', examplePath('order-fulfilment-rollback'));
    expect(run).toMatchObject({ code: 0, stdout: `${expected}\n` });
    const json = await rollbook('hash', examplePath('order-fulfilment-rollback'), '--json');
    expect(JSON.parse(json.stdout)).toEqual({ contentHash: expected });
  });

  it('an invalid playbook has no content hash: exit 1 with its errors; a missing file exits 2', async () => {
    const ws = workspace('rollbook-hash-');
    const invalid = ws.write('invalid.json', {
      format: 'rollbook.playbook',
      schemaVersion: 1,
      id: 'x',
      name: 'x',
      nodes: 3,
      edges: [],
    });
    expect((await rollbook('hash', invalid)).code).toBe(1);
    const missing = await rollbook('hash', ws.path('nope.json'));
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
  });
});
