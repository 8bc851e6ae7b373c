import { attr, childrenOf, eventKind, isBpmn } from './model';
import type { XmlElement } from './xmlReader';

const ACTIVITIES = new Set([
  'task',
  'serviceTask',
  'userTask',
  'manualTask',
  'scriptTask',
  'businessRuleTask',
  'sendTask',
  'receiveTask',
  'callActivity',
  'subProcess',
  'transaction',
  'adHocSubProcess',
]);
const EVENTS = new Set(['startEvent', 'endEvent', 'intermediateCatchEvent', 'intermediateThrowEvent']);
const GATEWAYS = new Set([
  'exclusiveGateway',
  'parallelGateway',
  'inclusiveGateway',
  'eventBasedGateway',
  'complexGateway',
]);
export const SUB_PROCESSES = new Set(['subProcess', 'transaction', 'adHocSubProcess']);

export interface FlowNode {
  id: string;
  element: XmlElement;
  /** The sub-process it is inside, if any. */
  parent?: string;
}

export interface SequenceFlow {
  id: string;
  source: string;
  target: string;
  name?: string;
  condition?: string;
}

/** Everything of one process the importer reads, flattened through sub-processes, in file order. */
export interface ProcessParts {
  nodes: FlowNode[];
  byId: Map<string, FlowNode>;
  boundaries: FlowNode[];
  flows: SequenceFlow[];
  outgoing: Map<string, SequenceFlow[]>;
  incoming: Map<string, SequenceFlow[]>;
  associations: { source: string; target: string }[];
  /** Elements that are neither flow node nor flow (annotations, data, lanes, event sub-processes). */
  others: { element: XmlElement; parent?: string }[];
}

export const isActivity = (element: XmlElement) => isBpmn(element) && ACTIVITIES.has(element.local);
export const isGateway = (element: XmlElement) => isBpmn(element) && GATEWAYS.has(element.local);

export function collectProcess(process: XmlElement): ProcessParts {
  const parts: ProcessParts = {
    nodes: [],
    byId: new Map(),
    boundaries: [],
    flows: [],
    outgoing: new Map(),
    incoming: new Map(),
    associations: [],
    others: [],
  };
  const walk = (container: XmlElement, parent: string | undefined) => {
    for (const element of container.children) {
      if (!isBpmn(element)) continue;
      const id = attr(element, 'id');
      const local = element.local;
      if (local === 'sequenceFlow') {
        const source = attr(element, 'sourceRef');
        const target = attr(element, 'targetRef');
        if (!id || !source || !target) {
          parts.others.push({ element, ...(parent ? { parent } : {}) });
          continue;
        }
        const condition = childrenOf(element, 'conditionExpression')[0]?.text;
        const flow: SequenceFlow = {
          id,
          source,
          target,
          ...(attr(element, 'name') ? { name: attr(element, 'name')! } : {}),
          ...(condition ? { condition } : {}),
        };
        parts.flows.push(flow);
        parts.outgoing.set(source, [...(parts.outgoing.get(source) ?? []), flow]);
        parts.incoming.set(target, [...(parts.incoming.get(target) ?? []), flow]);
      } else if (local === 'association') {
        const source = attr(element, 'sourceRef');
        const target = attr(element, 'targetRef');
        if (source && target) parts.associations.push({ source, target });
      } else if (local === 'boundaryEvent' && id) {
        parts.boundaries.push({ id, element, ...(parent ? { parent } : {}) });
      } else if (
        id &&
        (ACTIVITIES.has(local) || EVENTS.has(local) || GATEWAYS.has(local)) &&
        !(SUB_PROCESSES.has(local) && attr(element, 'triggeredByEvent') === 'true')
      ) {
        const node: FlowNode = { id, element, ...(parent ? { parent } : {}) };
        parts.nodes.push(node);
        parts.byId.set(id, node);
        if (SUB_PROCESSES.has(local)) walk(element, id);
      } else if (!['documentation', 'extensionElements', 'incoming', 'outgoing'].includes(local)) {
        parts.others.push({ element, ...(parent ? { parent } : {}) });
      }
    }
  };
  walk(process, undefined);
  return parts;
}

/** The compensation event a throw or end event carries, or undefined. */
export const throwsCompensation = (element: XmlElement) =>
  ((element.local === 'intermediateThrowEvent' || element.local === 'endEvent') &&
    eventKind(element) === 'compensate') ||
  // Rollbook's export draws a rollback with nothing in its scope as a plain throw event so named.
  (element.local === 'intermediateThrowEvent' && /\(nothing to undo\)$/.test(element.attributes.name ?? ''));
