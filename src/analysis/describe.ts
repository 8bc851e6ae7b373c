import type { PlaybookNode } from '../domain/types';

/** How messages name a node: its kind, id and label, e.g. `step "s1" (Reserve stock)`. */
export function describeNode(node: PlaybookNode): string {
  return `${node.kind} "${node.id}" (${node.label})`;
}

/** Capitalised {@link describeNode} for the start of a sentence. */
export function DescribeNode(node: PlaybookNode): string {
  const text = describeNode(node);
  return text.charAt(0).toUpperCase() + text.slice(1);
}
