import type { NodeKind, Playbook } from '../domain/types';

/** Short id prefixes per kind, as the examples spell them (s1, c1, cp1, rb1, …). */
export const ID_PREFIXES: Record<NodeKind, string> = {
  trigger: 't',
  step: 's',
  compensation: 'c',
  checkpoint: 'cp',
  restore: 'r',
  rollback: 'rb',
  check: 'k',
  approval: 'a',
  notify: 'n',
  decision: 'd',
  failsafe: 'f',
  end: 'end',
};

/** Every id in the node-and-edge namespace of a playbook (spec section 1). */
export function idsInUse(playbook: Playbook): Set<string> {
  return new Set([...playbook.nodes.map((node) => node.id), ...playbook.edges.map((edge) => edge.id)]);
}

/**
 * The first free id `prefix1`, `prefix2`, …; `taken` is updated so several calls in a row
 * (a paste) never hand out the same id twice.
 */
export function freshId(prefix: string, taken: Set<string>): string {
  let counter = 1;
  while (taken.has(`${prefix}${counter}`)) counter += 1;
  const id = `${prefix}${counter}`;
  taken.add(id);
  return id;
}
