import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Playbook } from '../../src/domain/types';
import {
  decodeShareFragment,
  encodeShareFragment,
  MAX_SHARE_PAYLOAD_CHARS,
} from '../../src/persistence/shareLink';
import { example } from './helpers';

function fragmentOf(playbook: Playbook): string {
  const encoded = encodeShareFragment(playbook);
  if (!encoded.ok) throw new Error(encoded.error.message);
  return encoded.value;
}

const base64url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

describe('share links', () => {
  it('a playbook round-trips through a link, whole URL or fragment alone', () => {
    for (const name of ['minimal-saga', 'order-fulfilment-rollback', 'crm-merge-duplicates']) {
      const playbook = example(name);
      const fragment = fragmentOf(playbook);
      expect(fragment).toMatch(/^#share=v1\.[A-Za-z0-9_-]+$/);
      expect(decodeShareFragment(`https://rollbook.example/#${fragment.slice(1)}`)).toEqual({
        ok: true,
        value: playbook,
      });
      expect(decodeShareFragment(fragment)).toEqual({ ok: true, value: playbook });
    }
  });

  it('the link is compressed: much shorter than the JSON', () => {
    const playbook = example('order-fulfilment-rollback');
    expect(fragmentOf(playbook).length).toBeLessThan(JSON.stringify(playbook).length / 2);
  });

  it('a playbook too large for a link is refused with advice to export a file', () => {
    // Random labels do not compress, so the link outgrows the limit.
    const noise = (index: number) =>
      `${index}-${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`;
    const big: Playbook = {
      ...example(),
      nodes: example().nodes.map((node) => ({
        ...node,
        description: Array.from({ length: 400 }, (_, i) => noise(i)).join(' '),
      })),
    };
    const encoded = encodeShareFragment(big);
    expect(encoded.ok).toBe(false);
    expect(!encoded.ok && encoded.error.kind).toBe('too-large');
    expect(!encoded.ok && encoded.error.message).toMatch(/Export it to a file/);
  });

  it('a link cut off when copied is reported as damaged', () => {
    const fragment = fragmentOf(example('order-fulfilment-rollback'));
    const cut = decodeShareFragment(fragment.slice(0, Math.floor(fragment.length / 2)));
    expect(cut).toMatchObject({ ok: false, error: { kind: 'damaged' } });
  });

  it('a link with characters base64url never has is reported as damaged', () => {
    expect(decodeShareFragment('#share=v1.abc$def')).toMatchObject({ ok: false, error: { kind: 'damaged' } });
  });

  it('a link from an unknown format version is refused as such', () => {
    expect(decodeShareFragment('#share=v9.AAAA')).toMatchObject({
      ok: false,
      error: { kind: 'unsupported-version' },
    });
  });

  it('an address without a shared playbook says so', () => {
    expect(decodeShareFragment('https://rollbook.example/#/library')).toMatchObject({
      ok: false,
      error: { kind: 'not-a-share-link' },
    });
  });

  it('a link holding JSON that is not a valid playbook is refused with a JSON Pointer', () => {
    const payload = base64url(deflateSync(strToU8(JSON.stringify({ ...example(), nodes: 3 }))));
    const decoded = decodeShareFragment(`#share=v1.${payload}`);
    expect(decoded).toMatchObject({ ok: false, error: { kind: 'invalid' } });
    expect(!decoded.ok && decoded.error.kind === 'invalid' && decoded.error.errors[0]?.path).toBe('/nodes');
  });

  it('a small link that expands past 5 MB is refused before it is read', () => {
    const bomb = deflateSync(new Uint8Array(6 * 1024 * 1024).fill(32), { level: 9 });
    const payload = base64url(bomb);
    expect(payload.length).toBeLessThan(MAX_SHARE_PAYLOAD_CHARS);
    expect(decodeShareFragment(`#share=v1.${payload}`)).toMatchObject({
      ok: false,
      error: { kind: 'too-large' },
    });
  });
});
