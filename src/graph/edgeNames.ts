import type { Edge, EdgeKind } from '../domain/types';
import type { SourceHandleId } from './flowTypes';

/** How a person calls each edge kind (legend, accessible names, inspector). */
export const EDGE_KIND_WORDS: Record<EdgeKind, string> = {
  next: 'Next',
  failure: 'On failure',
  compensate: 'Undone by',
  branch: 'Branch',
};

/** The words on a branch edge: decisions read as questions, so yes / no. */
export function branchWord(when: boolean | undefined): string {
  if (when === undefined) return 'branch';
  return when ? 'yes' : 'no';
}

/** The handle an edge of this kind leaves from. */
export function sourceHandleOf(edge: Pick<Edge, 'kind' | 'when'>): SourceHandleId {
  switch (edge.kind) {
    case 'branch':
      return edge.when === false ? 'branch-false' : 'branch-true';
    case 'next':
    case 'failure':
    case 'compensate':
      return edge.kind;
  }
}

/** The edge kind (and branch value) a drag from this handle creates. */
export function edgeKindOfHandle(handle: string | null | undefined): Pick<Edge, 'kind' | 'when'> {
  switch (handle) {
    case 'failure':
      return { kind: 'failure' };
    case 'compensate':
      return { kind: 'compensate' };
    case 'branch-true':
      return { kind: 'branch', when: true };
    case 'branch-false':
      return { kind: 'branch', when: false };
    default:
      return { kind: 'next' };
  }
}

/**
 * The accessible name of an edge: "On failure from Reserve stock to Undo completed steps".
 *
 * @example edgeAccessibleName({ kind: 'branch', when: true }, 'Stock ok?', 'Ship') // 'Branch yes from Stock ok? to Ship'
 */
export function edgeAccessibleName(
  edge: Pick<Edge, 'kind' | 'when'>,
  sourceLabel: string,
  targetLabel: string,
): string {
  const word = edge.kind === 'branch' ? `Branch ${branchWord(edge.when)}` : EDGE_KIND_WORDS[edge.kind];
  return `${word} from ${sourceLabel} to ${targetLabel}`;
}
