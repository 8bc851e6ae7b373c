import type { Playbook, PlaybookNode } from '../../domain/types';
import { playbookGraph, startTrigger } from '../plan/playbookGraph';
import {
  type Diagram,
  type ElementType,
  type FlowElement,
  IdAllocator,
  type SequenceFlow,
  sizeOf,
} from './diagram';

/** Horizontal spacing of elements the export adds (throw events of a rollback chain). */
const CHAIN_STEP = 50;

/**
 * Builds the BPMN elements of a playbook: one element per node (a rollback becomes a chain of
 * compensation throw events, one per step in reverse completion order, so the order does not
 * depend on the engine), error boundary events for failure paths, compensation boundary events
 * with their handlers, and exclusive join gateways wherever flows meet.
 */
export function buildDiagram(playbook: Playbook): { diagram: Diagram; losses: string[] } {
  const graph = playbookGraph(playbook);
  const ids = new IdAllocator(playbook.nodes.map((node) => node.id));
  const elements: FlowElement[] = [];
  const flows: SequenceFlow[] = [];
  const associations: Diagram['associations'] = [];
  const losses: string[] = [];
  const positions = placeNodes(playbook);
  /** For each node, the element a flow into it enters and the element a flow out of it leaves. */
  const entry = new Map<string, string>();
  const exit = new Map<string, string>();
  const bottomRow = { x: 0, y: Math.max(0, ...[...positions.values()].map((p) => p.y)) + 240 };

  const add = (element: Omit<FlowElement, 'bounds'> & { at: { x: number; y: number } }): FlowElement => {
    const size = sizeOf(element.type);
    const { at, ...rest } = element;
    // Canvas positions are the top-left of a 100 × 80 box; smaller shapes are centred in it.
    const full: FlowElement = {
      ...rest,
      bounds: { x: at.x + (100 - size.width) / 2, y: at.y + (80 - size.height) / 2, ...size },
    };
    elements.push(full);
    return full;
  };
  const flow = (source: string, target: string, extra: Partial<SequenceFlow> = {}): SequenceFlow => {
    const created = { id: ids.next(`Flow_${source}_${target}`), source, target, ...extra };
    flows.push(created);
    return created;
  };
  const nextBottom = (): { x: number; y: number } => {
    const at = { ...bottomRow };
    bottomRow.x += 160;
    return at;
  };

  /** Throw events that compensate each step in scope, most recent first; returns [first, last]. */
  const compensationChain = (
    scope: string[] | 'all',
    name: string,
    id: string,
    at: { x: number; y: number },
  ) => {
    const steps = [...graph.stepOrder]
      .reverse()
      .filter((step) => (scope === 'all' || scope.includes(step)) && graph.compensationOf(step));
    if (steps.length === 0) {
      const only = add({ id, type: 'intermediateThrowEvent', name: `${name} (nothing to undo)`, at });
      return [only.id, only.id] as const;
    }
    let previous: string | null = null;
    let first = id;
    steps.forEach((step, index) => {
      const eventId = index === 0 ? id : ids.next(`${id}_undo_${step}`);
      const label =
        index === 0 ? `${name}: undo ${graph.node(step).label}` : `Undo ${graph.node(step).label}`;
      add({
        id: eventId,
        type: 'intermediateThrowEvent',
        name: label,
        event: { kind: 'compensate', activityRef: step },
        at: { x: at.x + index * CHAIN_STEP, y: at.y },
      });
      if (previous) flow(previous, eventId);
      else first = eventId;
      previous = eventId;
    });
    return [first, previous!] as const;
  };

  // 1. One element (or chain) per node.
  const trigger = startTrigger(playbook);
  for (const node of playbook.nodes) {
    const at = positions.get(node.id)!;
    if (node.kind === 'trigger' && node !== trigger) {
      losses.push(`"${node.label}" is left out: the BPMN process starts one way only.`);
      continue;
    }
    if (node.kind === 'rollback') {
      const [first, last] = compensationChain(node.scope, node.label, node.id, at);
      entry.set(node.id, first);
      exit.set(node.id, last);
      continue;
    }
    add({
      id: node.id,
      type: elementType(node),
      name: node.label,
      at,
      documentation: documentationOf(node),
      ...(node.kind === 'compensation' ? { isForCompensation: true } : {}),
    });
    entry.set(node.id, node.id);
    exit.set(node.id, node.id);
  }

  // 2. Compensation boundary events, associated with their handlers.
  for (const edge of playbook.edges.filter((candidate) => candidate.kind === 'compensate')) {
    const host = elements.find((element) => element.id === edge.source)!;
    const boundary = add({
      id: ids.next(`${edge.source}_compensation`),
      type: 'boundaryEvent',
      name: 'Undo',
      attachedToRef: edge.source,
      event: { kind: 'compensate' },
      at: { x: host.bounds.x + 32, y: host.bounds.y + 40 },
    });
    associations.push({ id: ids.next(`Association_${edge.id}`), source: boundary.id, target: edge.target });
  }

  // 3. Next and branch edges.
  const deadEnd = (source: string): void => {
    const end = add({
      id: ids.next(`${source}_dead_end`),
      type: 'endEvent',
      name: `Dead end after ${graph.node(source).label}: failed`,
      at: nextBottom(),
    });
    flow(exit.get(source)!, end.id);
    losses.push(
      `"${graph.node(source).label}" has nowhere to go next; the export ends the run there as failed, as a rehearsal would.`,
    );
  };
  for (const node of playbook.nodes) {
    if (!exit.has(node.id) || node.kind === 'end' || node.kind === 'compensation') continue;
    if (node.kind === 'decision') {
      const yes = graph.branch(node.id, true);
      const no = graph.branch(node.id, false);
      if (yes) flow(node.id, entry.get(yes.target)!, { name: yes.label ?? 'yes', condition: node.condition });
      else losses.push(`"${node.label}" has no "yes" branch; BPMN shows only its other path.`);
      const otherwise = no ? flow(node.id, entry.get(no.target)!, { name: no.label ?? 'no' }) : null;
      if (otherwise) elements.find((element) => element.id === node.id)!.defaultFlow = otherwise.id;
      else deadEnd(node.id);
      continue;
    }
    const next = graph.edge(node.id, 'next');
    if (next && entry.has(next.target))
      flow(exit.get(node.id)!, entry.get(next.target)!, next.label ? { name: next.label } : {});
    else deadEnd(node.id);
  }

  // 4. Failure paths: error boundary events; steps without one roll back implicitly.
  let implicitEntry: string | null = null;
  for (const node of playbook.nodes) {
    const failure = graph.edge(node.id, 'failure');
    if (node.kind === 'rollback' || node.kind === 'compensation') {
      if (failure) losses.push(failureLoss(node, graph.node(failure.target).label));
      continue;
    }
    if (!failure && node.kind !== 'step') continue;
    const host = elements.find((element) => element.id === node.id)!;
    const boundary = add({
      id: ids.next(`${node.id}_failed`),
      type: 'boundaryEvent',
      name: 'Failed',
      attachedToRef: node.id,
      event: { kind: 'error' },
      at: { x: host.bounds.x - 14, y: host.bounds.y + 40 },
    });
    if (failure) {
      flow(boundary.id, entry.get(failure.target)!);
      continue;
    }
    if (!implicitEntry) {
      const at = nextBottom();
      const [first, last] = compensationChain('all', 'Implicit rollback', ids.next('implicit_rollback'), at);
      // The end sits one step after the chain's last event, and the bottom row moves past both.
      const chainLength = graph.stepOrder.filter((step) => graph.compensationOf(step)).length;
      const endX = at.x + Math.max(1, chainLength) * CHAIN_STEP + 30;
      const end = add({
        id: ids.next('implicit_rollback_end'),
        type: 'endEvent',
        name: 'Rolled back',
        at: { x: endX, y: at.y },
      });
      bottomRow.x = endX + 160;
      flow(last, end.id);
      implicitEntry = first;
    }
    flow(boundary.id, implicitEntry);
  }

  insertJoins(elements, flows, ids);
  return { diagram: { elements, flows, associations }, losses };
}

function failureLoss(node: PlaybookNode, target: string): string {
  return `What happens when "${node.label}" fails (go on to "${target}") is not drawn: BPMN cannot send a failed undo anywhere; the engine stops and reports an incident instead.`;
}

function elementType(node: PlaybookNode): ElementType {
  switch (node.kind) {
    case 'trigger':
      return 'startEvent';
    case 'end':
      return 'endEvent';
    case 'approval':
      return 'userTask';
    case 'notify':
      return 'sendTask';
    case 'decision':
      return 'exclusiveGateway';
    default:
      return 'serviceTask';
  }
}

/** What BPMN has no attribute for, in words, so the diagram still tells the whole story. */
function documentationOf(node: PlaybookNode): string | undefined {
  const lines: string[] = [];
  if (node.description) lines.push(node.description);
  if (node.owner) lines.push(`Owner: ${node.owner}`);
  switch (node.kind) {
    case 'step':
    case 'compensation':
      if (node.system) lines.push(`System: ${node.system}`);
      if (node.timeout) lines.push(`Timeout: ${node.timeout}`);
      if (node.retry.maxAttempts > 1)
        lines.push(
          `Retry: ${node.retry.maxAttempts} attempts, backoff ${node.retry.backoff} × ${node.retry.multiplier}`,
        );
      if (node.kind === 'step' && node.irreversible) lines.push(`Irreversible: ${node.irreversible.reason}`);
      break;
    case 'approval':
      lines.push(`Approvers: ${node.approvers.join(', ')} (quorum ${node.quorum})`);
      if (node.timeout) lines.push(`Timeout: ${node.timeout}`);
      break;
    case 'end':
      lines.push(`Outcome: ${node.outcome}`);
      break;
    case 'notify':
      lines.push(`${node.channel} to ${node.audience} (tier ${node.tier}): ${node.message}`);
      break;
    case 'check':
      lines.push(`Checks: ${node.invariants.map((invariant) => invariant.type).join(', ')}`);
      break;
    default:
      break;
  }
  return lines.length > 0 ? lines.join('\n') : undefined;
}

/** Canvas positions; nodes without one are placed in a row under the drawn ones. */
function placeNodes(playbook: Playbook): Map<string, { x: number; y: number }> {
  const placed = playbook.nodes.filter((node) => node.position);
  const baseY = placed.length === 0 ? 0 : Math.max(...placed.map((node) => node.position!.y)) + 160;
  let column = 0;
  return new Map(
    playbook.nodes.map((node) => {
      if (node.position) return [node.id, { x: node.position.x, y: node.position.y }];
      const at = { x: column * 220, y: baseY };
      column += 1;
      return [node.id, at];
    }),
  );
}

/** Where several flows enter one element, an exclusive gateway joins them first (BPMN: no implicit joins). */
function insertJoins(elements: FlowElement[], flows: SequenceFlow[], ids: IdAllocator): void {
  for (const target of [...elements]) {
    const incoming = flows.filter((flow) => flow.target === target.id);
    if (incoming.length < 2) continue;
    const size = sizeOf('exclusiveGateway');
    const join: FlowElement = {
      id: ids.next(`${target.id}_join`),
      type: 'exclusiveGateway',
      name: '',
      bounds: {
        x: target.bounds.x - size.width - 20,
        y: target.bounds.y + target.bounds.height / 2 - size.height / 2,
        ...size,
      },
    };
    elements.push(join);
    for (const flow of incoming) flow.target = join.id;
    flows.push({ id: ids.next(`Flow_${join.id}_${target.id}`), source: join.id, target: target.id });
  }
}
