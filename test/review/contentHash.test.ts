import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/review/canonicalJson';
import { canonicalContent, contentHash } from '../../src/review/contentHash';
import { sha256Hex } from '../../src/review/sha256';
import { EXAMPLES, edited, example, exampleJson, parse, SEMANTIC_EDITS } from './examples';

const nodeSha256 = (text: string) => `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;

describe('canonical JSON (RFC 8785)', () => {
  it('matches the RFC 8785 section 3.2.2 test vector for numbers, strings and literals', () => {
    const input = JSON.parse(
      '{"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],' +
        '"string": "\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/",' +
        '"literals": [null, true, false]}',
    );
    expect(canonicalJson(input)).toBe(
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],' +
        '"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    );
  });

  it('sorts keys by UTF-16 code units as in RFC 8785 section 3.2.3', () => {
    const input = JSON.parse(
      '{"\\u20ac":"Euro Sign","\\r":"Carriage Return","\\ufb33":"Hebrew Letter Dalet With Dagesh",' +
        '"1":"One","\\ud83d\\ude00":"Emoji: Grinning Face","\\u0080":"Control",' +
        '"\\u00f6":"Latin Small Letter O With Diaeresis"}',
    );
    const values = Object.values(JSON.parse(canonicalJson(input)) as Record<string, string>);
    // Object.values reorders integer-like keys ("1") first, so read the order from the text instead.
    const order = [...canonicalJson(input).matchAll(/:"([^"]+)"/g)].map((match) => match[1]);
    expect(order).toEqual([
      'Carriage Return',
      'One',
      'Control',
      'Latin Small Letter O With Diaeresis',
      'Euro Sign',
      'Emoji: Grinning Face',
      'Hebrew Letter Dalet With Dagesh',
    ]);
    expect(values).toHaveLength(7);
  });

  it('leaves out object members whose value is undefined', () => {
    expect(canonicalJson({ b: 1, a: undefined })).toBe('{"b":1}');
  });
});

describe('sha256Hex', () => {
  it('gives the FIPS 180-2 digest of "abc" with the sha256: prefix', async () => {
    expect(await sha256Hex('abc')).toBe(
      'sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('hashes the UTF-8 bytes, as node:crypto does', async () => {
    const text = 'Zoë → 💾';
    expect(await sha256Hex(text)).toBe(nodeSha256(text));
  });
});

describe('contentHash', () => {
  it.each(EXAMPLES)(
    '%s hashes to sha256: and 64 lower-case hex digits, the digest of its canonical content',
    async (name) => {
      const playbook = example(name);
      const hash = await contentHash(playbook);
      expect(hash).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(hash).toBe(nodeSha256(canonicalContent(playbook)));
    },
  );

  it('is the same for the same content parsed twice', async () => {
    expect(await contentHash(example('crm-merge-duplicates'))).toBe(
      await contentHash(example('crm-merge-duplicates')),
    );
  });

  it.each(EXAMPLES)('moving every node of %s never changes the hash', async (name) => {
    const moved = edited(name, (document) => {
      document.nodes.forEach((node, index) => {
        node.position = { x: index * 37.5 - 1000, y: (index % 3) * 91 };
      });
    });
    const unplaced = edited(name, (document) => {
      for (const node of document.nodes) delete node.position;
    });
    const original = await contentHash(example(name));
    expect(await contentHash(moved)).toBe(original);
    expect(await contentHash(unplaced)).toBe(original);
  });

  it('ignores the review section: recording an approval does not change the hash', async () => {
    const playbook = example('order-fulfilment-rollback');
    const hash = await contentHash(playbook);
    const reviewed = edited('order-fulfilment-rollback', (document) => {
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
    });
    expect(await contentHash(reviewed)).toBe(hash);
  });

  it.each(EXAMPLES)(
    '%s spelled out with every default hashes like the file that omits them',
    async (name) => {
      const parsed = example(name);
      // The parser's output is the file with every default written out; parse it again as a file.
      const spelledOut = parse(JSON.parse(JSON.stringify(parsed)));
      expect(JSON.stringify(exampleJson(name)).length).toBeLessThan(JSON.stringify(parsed).length);
      expect(await contentHash(spelledOut)).toBe(await contentHash(parsed));
    },
  );

  it('a hand-written file with defaults spelled out hashes like the minimal one', async () => {
    const explicit = edited('minimal-saga', (document) => {
      Object.assign(document, {
        revision: 1,
        metadata: {},
        roles: [],
        governance: { requiredApprovals: 1, approverRoles: [] },
        review: { approvals: [] },
      });
      const credit = document.nodes.find((node) => node.id === 'credit')!;
      Object.assign(credit, { retry: { maxAttempts: 1, backoff: 'PT0S', multiplier: 1 }, idempotent: false });
      const start = document.nodes.find((node) => node.id === 'start')!;
      start.initiators = [];
    });
    expect(await contentHash(explicit)).toBe(await contentHash(example('minimal-saga')));
  });

  it.each(SEMANTIC_EDITS)('changes when %s changes', async (_what, edit) => {
    const before = await contentHash(example('order-fulfilment-rollback'));
    expect(await contentHash(edited('order-fulfilment-rollback', edit))).not.toBe(before);
  });

  it('ignores the save stamps: raising revision and updatedAt on a save keeps approvals valid', async () => {
    const saved = await contentHash(edited('order-fulfilment-rollback', () => {}));
    const resaved = await contentHash(
      edited('order-fulfilment-rollback', (document) => {
        Object.assign(document, { revision: 9 });
        Object.assign(document.metadata as object, { updatedAt: '2026-11-26T10:00:00Z' });
      }),
    );
    expect(resaved).toBe(saved);
  });

  it('still counts the rest of metadata: a changed author changes the hash', async () => {
    const before = await contentHash(edited('order-fulfilment-rollback', () => {}));
    const after = await contentHash(
      edited('order-fulfilment-rollback', (document) => {
        Object.assign(document.metadata as object, { author: 'sam' });
      }),
    );
    expect(after).not.toBe(before);
  });

  it('counts top-level x- keys: an extension value edited changes the hash', async () => {
    const one = edited('minimal-saga', (document) => {
      document['x-acme-ticket'] = 'OPS-12';
    });
    const other = edited('minimal-saga', (document) => {
      document['x-acme-ticket'] = 'OPS-13';
    });
    expect(await contentHash(one)).not.toBe(await contentHash(other));
  });
});
