import { parseDuration } from '../../lib/duration';
import type { XmlElement } from './xmlReader';

/** The BPMN 2.0 model namespace; elements of other namespaces are vendor extensions. */
export const BPMN_NS = 'http://www.omg.org/spec/BPMN/20100524/MODEL';
const DI_NS = 'http://www.omg.org/spec/BPMN/20100524/DI';
const DC_NS = 'http://www.omg.org/spec/DD/20100524/DC';

export const isBpmn = (element: XmlElement, local?: string) =>
  element.ns === BPMN_NS && (local === undefined || element.local === local);

export const childrenOf = (element: XmlElement, local: string) =>
  element.children.filter((child) => isBpmn(child, local));

export const attr = (element: XmlElement, name: string): string | undefined => {
  const value = element.attributes[name];
  return value !== undefined && value.trim() !== '' ? value : undefined;
};

/** The kind of event definition an event carries (`error`, `timer`, `compensate`…), or `none`. */
export function eventKind(element: XmlElement): string {
  const definition = element.children.find(
    (child) => isBpmn(child) && child.local.endsWith('EventDefinition'),
  );
  return definition ? definition.local.replace(/EventDefinition$/, '') : 'none';
}

export const eventDefinition = (element: XmlElement) =>
  element.children.find((child) => isBpmn(child) && child.local.endsWith('EventDefinition'));

/** Text of the first `<documentation>`. */
export const documentationOf = (element: XmlElement): string | undefined =>
  childrenOf(element, 'documentation')[0]?.text || undefined;

/** Top-left positions of shapes by the id of the element they draw (BPMNDI). */
export function diagramPositions(root: XmlElement): Map<string, { x: number; y: number }> {
  const positions = new Map<string, { x: number; y: number }>();
  const walk = (element: XmlElement) => {
    if (element.ns === DI_NS && element.local === 'BPMNShape') {
      const target = attr(element, 'bpmnElement');
      const bounds = element.children.find((child) => child.ns === DC_NS && child.local === 'Bounds');
      const x = Number(bounds?.attributes.x);
      const y = Number(bounds?.attributes.y);
      if (target && Number.isFinite(x) && Number.isFinite(y)) positions.set(target, { x, y });
      return;
    }
    for (const child of element.children) walk(child);
  };
  walk(root);
  return positions;
}

/** Vendor extensions on an element (Camunda, Zeebe, Flowable… attributes and extension elements). */
export function vendorExtensions(element: XmlElement): string[] {
  const found = new Set<string>();
  for (const [name, ns] of Object.entries(element.attributeNs)) if (ns !== BPMN_NS) found.add(name);
  for (const extensions of childrenOf(element, 'extensionElements'))
    for (const child of extensions.children) found.add(child.name);
  return [...found];
}

/** An ISO 8601 duration (PT30S, P1DT2H) in milliseconds; dates, cycles and expressions are none. */
export const isoDurationMs = (text: string | undefined): number | undefined =>
  text === undefined ? undefined : (parseDuration(text.trim()) ?? undefined);
