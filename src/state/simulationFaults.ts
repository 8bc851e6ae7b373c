import { FAULT_APPLIES_TO } from '../domain/schema/scenario';
import type { Fault, FaultType, NodeKind, PlaybookNode } from '../domain/types';
import { durationMs, formatHumanDuration } from '../lib/duration';
import { FAULT_WORDS } from '../simulator/faultBuilder';

/**
 * What can be injected into a node from the canvas menu: a fault of spec section 5 (only the
 * types that apply to the node's kind), or an approval decision for an approval node.
 */
export type Injection =
  | { kind: 'fault'; fault: Fault }
  | { kind: 'approval'; node: string; decision: 'reject' | 'timeout' };

/** The fault types that apply to a node, in the spec's order. */
export function applicableFaults(node: PlaybookNode): FaultType[] {
  return (Object.keys(FAULT_APPLIES_TO) as FaultType[]).filter((type) => {
    const kinds = FAULT_APPLIES_TO[type];
    return kinds === 'any' || kinds.includes(node.kind);
  });
}

/** A short label of an injection, as the marker on the node and the list in the panel show it. */
export function injectionLabel(injection: Injection): string {
  if (injection.kind === 'approval')
    return injection.decision === 'reject' ? 'Rejected' : 'Approval times out';
  const { fault } = injection;
  const title = FAULT_WORDS[fault.type].title;
  switch (fault.type) {
    case 'fail':
    case 'timeout':
      return fault.attempts === undefined ? title : `${title} (first ${fault.attempts})`;
    case 'partial':
      return `${title} (${Math.round(fault.fraction * 100)}%)`;
    case 'outage':
      return `${title} (${formatHumanDuration(durationMs(fault.duration))})`;
    case 'corrupt':
      return `${title} (${fault.mutation.entity})`;
    case 'duplicate':
      return title;
  }
}

/** The node an injection is on. */
export const injectionNode = (injection: Injection): string =>
  injection.kind === 'fault' ? injection.fault.node : injection.node;
