import type { PlaybookNode } from '../domain/types';

/** How messages name a node: its kind, id and label, e.g. `step "s1" (Reserve stock)`. */
export function describeNode(node: PlaybookNode): string {
  return `${node.kind} "${node.id}" (${node.label})`;
}

// Each kind capitalised once: capitalising the whole text flattened and copied one message per
// finding, and a 5,000-node playbook can have ten thousand findings (issue 20).
const capitalised = new Map<string, string>();

/** Capitalised {@link describeNode} for the start of a sentence. */
export function DescribeNode(node: PlaybookNode): string {
  // `String`: the canvas lints drafts that may not be valid, with any value as the kind.
  const name = String(node.kind);
  let kind = capitalised.get(name);
  if (kind === undefined) {
    kind = name.charAt(0).toUpperCase() + name.slice(1);
    capitalised.set(name, kind);
  }
  return `${kind} "${node.id}" (${node.label})`;
}
