import { describe, expect, it } from 'vitest';
import { DescribeNode, describeNode } from '../../src/analysis/describe';
import type { PlaybookNode } from '../../src/domain/types';

const node = (kind: unknown, id = 's1', label = 'Reserve stock') =>
  ({ kind, id, label }) as unknown as PlaybookNode;

describe('how lint messages name a node', () => {
  it('names kind, id and label, capitalised at the start of a sentence', () => {
    expect(describeNode(node('step'))).toBe('step "s1" (Reserve stock)');
    expect(DescribeNode(node('step'))).toBe('Step "s1" (Reserve stock)');
    expect(DescribeNode(node('compensation', 'c1', 'Undo'))).toBe('Compensation "c1" (Undo)');
    // The capitalised kind is remembered per kind: a second node of the kind gets its own id and label.
    expect(DescribeNode(node('step', 's2', 'Book'))).toBe('Step "s2" (Book)');
  });

  it('does not throw for a draft whose kind is missing or not text (the canvas lints invalid drafts)', () => {
    expect(DescribeNode(node(undefined))).toBe('Undefined "s1" (Reserve stock)');
    expect(DescribeNode(node(7))).toBe('7 "s1" (Reserve stock)');
  });
});
