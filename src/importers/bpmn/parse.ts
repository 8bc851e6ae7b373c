import type { IrLink, IrNote, IrRemark, IrStep, IrUndo, IrWorkflow } from '../ir';
import type { ParseOutcome } from '../registry';
import { collectProcess, type ProcessParts, throwsCompensation } from './collect';
import { extensionMessages, retryOfTask, sourceOf, stepOfNode, timeoutOfTask } from './elementSteps';
import { linkProcess } from './links';
import { attr, BPMN_NS, childrenOf, diagramPositions, documentationOf, eventKind, isBpmn } from './model';
import type { XmlDocument, XmlElement } from './xmlReader';

const IMPLICIT = /^Implicit rollback/;

/** How the parse classified the flow nodes: what the links and the steps must know. */
export interface Classified {
  parts: ProcessParts;
  /** Compensation handler id → the activity it undoes. */
  undoOf: Map<string, string>;
  /** Compensation throw events that start a rollback; `implicit`: Rollbook's implicit rollback. */
  rollbacks: Map<string, { implicit: boolean }>;
  /** Throw and end events after a rollback's first event: part of that rollback. */
  folded: Map<string, string>;
}

export const findProcesses = (root: XmlElement): XmlElement[] =>
  root.ns === BPMN_NS && root.local === 'definitions' ? childrenOf(root, 'process') : [];

/**
 * A BPMN 2.0 process as the neutral workflow: tasks and sub-processes are actions, user tasks
 * approvals, gateways decisions (a parallel fork several next links, joins left out), events
 * triggers, waits and ends; error boundary events failure links, timer boundaries timeouts,
 * compensation boundary events with their `isForCompensation` handlers the steps' undos, and
 * compensation throw events rollbacks. Positions come from BPMNDI.
 */
export function parseBpmn(document: XmlDocument): ParseOutcome {
  const processes = findProcesses(document.root);
  const process =
    processes.find((candidate) =>
      candidate.children.some((child) => isBpmn(child) && child.local !== 'documentation'),
    ) ?? processes[0];
  if (!process)
    return { ok: false, error: { kind: 'empty', message: 'The BPMN file has no process to import' } };
  const parts = collectProcess(process);
  const positions = diagramPositions(document.root);
  const classified = classify(parts);
  const remarks: IrRemark[] = [];
  const steps: IrStep[] = [];
  const undos = new Map<string, IrUndo>();
  for (const [handler, host] of classified.undoOf) {
    const element = parts.byId.get(handler)!.element;
    const retry = retryOfTask(element);
    const timeoutMs = timeoutOfTask(element);
    const documentation = documentationOf(element);
    const position = positions.get(handler);
    undos.set(host, {
      source: sourceOf(element),
      ...(retry ? { retry } : {}),
      ...(timeoutMs ? { timeoutMs } : {}),
      ...(position ? { position } : {}),
      ...(documentation ? { notes: [documentation] } : {}),
      messages: extensionMessages(element),
    });
  }
  const links = linkProcess(classified, remarks);
  for (const node of parts.nodes) {
    const { element } = node;
    if (classified.undoOf.has(node.id)) continue;
    const foldedInto = classified.folded.get(node.id);
    if (foldedInto) {
      remarks.push({
        level: 'info',
        source: sourceOf(element),
        message: 'Part of the rollback before it.',
        attachedTo: foldedInto,
      });
      continue;
    }
    if (links.passThrough.has(node.id)) {
      remarks.push({ level: 'info', source: sourceOf(element), message: links.passThrough.get(node.id)! });
      continue;
    }
    if (element.attributes.isForCompensation === 'true') {
      remarks.push({
        level: 'warning',
        source: sourceOf(element),
        message: 'A compensation handler no compensation boundary event points at: left out.',
      });
      continue;
    }
    if (classified.rollbacks.has(node.id)) {
      steps.push({
        key: node.id,
        role: 'end',
        outcome: 'rolled_back',
        source: sourceOf(element),
        ...(positions.get(node.id) ? { position: positions.get(node.id)! } : {}),
      });
      continue;
    }
    const step = stepOfNode(node, positions.get(node.id));
    if (step.role === 'decision') step.branches = links.branches.get(node.id) ?? [];
    if (step.role === 'action') {
      const undo = undos.get(node.id);
      if (undo) step.undo = undo;
      const timeout = links.timeouts.get(node.id);
      if (timeout && !step.timeoutMs) step.timeoutMs = timeout;
    }
    steps.push(step);
  }
  const notes: IrNote[] = [];
  for (const { element } of parts.others) {
    if (element.local === 'textAnnotation') {
      const text = childrenOf(element, 'text')[0]?.text ?? '';
      const position = positions.get(attr(element, 'id') ?? '');
      notes.push({
        source: sourceOf(element),
        text,
        ...(position ? { area: { ...position, width: 100, height: 30 } } : {}),
      });
    } else
      remarks.push({
        level: element.local.startsWith('data') ? 'info' : 'warning',
        source: sourceOf(element),
        message: otherMessage(element),
      });
  }
  for (const element of document.root.children) {
    if (element === process || !isBpmn(element) || element.local === 'documentation') continue;
    remarks.push({
      level: element.local === 'process' ? 'warning' : 'info',
      source: sourceOf(element),
      message:
        element.local === 'process'
          ? 'Another process of the file: import it on its own.'
          : 'A definition the process refers to: nothing to draw.',
    });
  }
  const name = attr(process, 'name') ?? attr(document.root, 'name') ?? attr(process, 'id') ?? 'BPMN process';
  const description = documentationOf(process);
  return {
    ok: true,
    workflow: {
      format: 'bpmn',
      name,
      ...(attr(process, 'id') ? { sourceId: attr(process, 'id')! } : {}),
      ...(description ? { description } : {}),
      steps,
      links: links.links,
      notes,
      remarks,
    } satisfies IrWorkflow,
  };
}

function otherMessage(element: XmlElement): string {
  if (element.local === 'laneSet')
    return 'Lanes say who does what: the import gives every step one role, rename it per lane.';
  if (element.local.startsWith('data'))
    return 'Data the process reads or writes: not drawn (the data model is guessed from the steps).';
  if (element.local === 'subProcess')
    return 'An event sub-process: it runs on an event, outside the main flow, so it is not imported.';
  return `A ${element.local} element: not part of the flow, not imported.`;
}

/** Compensation handlers, their activities, and the throw events that run them. */
function classify(parts: ProcessParts): Classified {
  const undoOf = new Map<string, string>();
  for (const boundary of parts.boundaries) {
    if (eventKind(boundary.element) !== 'compensate') continue;
    const host = attr(boundary.element, 'attachedToRef');
    const handler = parts.associations.find((a) => a.source === boundary.id || a.target === boundary.id);
    const handlerId = handler
      ? handler.source === boundary.id
        ? handler.target
        : handler.source
      : undefined;
    const element = handlerId ? parts.byId.get(handlerId)?.element : undefined;
    if (
      host &&
      handlerId &&
      element?.attributes.isForCompensation === 'true' &&
      ![...undoOf.values()].includes(host)
    )
      undoOf.set(handlerId, host);
  }
  const rollbacks = new Map<string, { implicit: boolean }>();
  const folded = new Map<string, string>();
  for (const node of parts.nodes) {
    if (!throwsCompensation(node.element) || folded.has(node.id)) continue;
    // A throw entered only from another throw continues that rollback's chain.
    const incoming = parts.incoming.get(node.id) ?? [];
    const fromThrow = (source: string) => {
      const element = parts.byId.get(source)?.element;
      return element !== undefined && source !== node.id && throwsCompensation(element);
    };
    if (incoming.length > 0 && incoming.every((flow) => fromThrow(flow.source))) continue;
    rollbacks.set(node.id, { implicit: IMPLICIT.test(attr(node.element, 'name') ?? '') });
    let at = parts.outgoing.get(node.id)?.[0]?.target;
    const seen = new Set([node.id]);
    while (at && !seen.has(at)) {
      seen.add(at);
      const next = parts.byId.get(at)?.element;
      if (!next || !(throwsCompensation(next) || next.local === 'endEvent')) break;
      folded.set(at, node.id);
      if (next.local === 'endEvent') break;
      at = parts.outgoing.get(at)?.[0]?.target;
    }
  }
  return { parts, undoOf, rollbacks, folded };
}

export type { IrLink };
