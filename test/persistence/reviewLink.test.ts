import { describe, expect, it } from 'vitest';
import {
  decodeReviewFragment,
  encodeReviewFragment,
  type ReviewRequest,
  readReviewText,
  reviewFileText,
} from '../../src/persistence/reviewLink';
import { example } from './helpers';

const request = (): ReviewRequest => ({
  rollbookReview: 'request',
  version: 1,
  libraryId: 'pb-1',
  requestedBy: 'dana',
  playbook: example('order-fulfilment-rollback'),
  base: { revision: 2, playbook: example('order-fulfilment-rollback') },
});

describe('review links', () => {
  it('a review request survives the link: the playbook and the approved version come back equal', () => {
    const fragment = encodeReviewFragment(request());
    expect(fragment).toMatch(/^#review-request=v1\./);
    const read = decodeReviewFragment(`https://rollbook.example/${fragment}`);
    expect(read).toEqual({ ok: true, value: request() });
  });

  it('a decision link carries the record untouched, for the author to check', () => {
    const record = { reviewer: 'sam', role: 'ops-lead', decision: 'approved', signature: { alg: 'ES256' } };
    const fragment = encodeReviewFragment({
      rollbookReview: 'decision',
      version: 1,
      libraryId: 'pb-1',
      playbookId: 'order-fulfillment',
      playbookName: 'Order fulfilment',
      record,
    });
    expect(fragment).toMatch(/^#review-decision=v1\./);
    const read = decodeReviewFragment(fragment ?? '');
    expect(read.ok && read.value.rollbookReview === 'decision' && read.value.record).toEqual(record);
  });

  it('a request too large for a link gives no link; its file reads back the same', () => {
    const big = request();
    big.playbook = {
      ...big.playbook,
      description: Array.from({ length: 40_000 }, (_, i) => `${i * 7919}`).join(' '),
    };
    expect(encodeReviewFragment(big)).toBeNull();
    expect(readReviewText(reviewFileText(big))).toEqual({ ok: true, value: big });
  });

  it('a cut-off, foreign or invalid link is refused with a sentence, never thrown', () => {
    const fragment = encodeReviewFragment(request()) ?? '';
    expect(decodeReviewFragment(fragment.slice(0, fragment.length / 2))).toMatchObject({ ok: false });
    expect(decodeReviewFragment('#share=v1.abc')).toEqual({
      ok: false,
      message: 'This address holds no review request or decision.',
    });
    expect(decodeReviewFragment('#review-request=v9.abc')).toMatchObject({
      ok: false,
      message: /another version/,
    });
    const invalid = { ...request(), playbook: { ...request().playbook, nodes: 'none' } };
    expect(readReviewText(JSON.stringify(invalid))).toEqual({
      ok: false,
      message: 'The playbook in this review request is not valid.',
    });
    expect(readReviewText('{"rollbookReview":"decision","version":1,"libraryId":"x"}')).toMatchObject({
      ok: false,
      message: /which playbook/,
    });
  });
});
