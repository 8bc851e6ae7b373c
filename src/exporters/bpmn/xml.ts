import type { Bounds, Diagram, FlowElement, SequenceFlow } from './diagram';

/** Escapes text for an XML attribute or element body. */
export function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

const attr = (name: string, value: string | undefined): string =>
  value === undefined ? '' : ` ${name}="${escapeXml(value)}"`;

export const ERROR_ID = 'Error_rollbook_failure';

function elementXml(element: FlowElement, flows: SequenceFlow[]): string {
  const incoming = flows
    .filter((flow) => flow.target === element.id)
    .map((flow) => `      <bpmn:incoming>${flow.id}</bpmn:incoming>`);
  const outgoing = flows
    .filter((flow) => flow.source === element.id)
    .map((flow) => `      <bpmn:outgoing>${flow.id}</bpmn:outgoing>`);
  const documentation = element.documentation
    ? [`      <bpmn:documentation>${escapeXml(element.documentation)}</bpmn:documentation>`]
    : [];
  const event = element.event
    ? element.event.kind === 'error'
      ? [`      <bpmn:errorEventDefinition errorRef="${ERROR_ID}" />`]
      : [
          `      <bpmn:compensateEventDefinition${attr('activityRef', element.event.activityRef)} waitForCompletion="true" />`,
        ]
    : [];
  const attrs = [
    attr('id', element.id),
    attr('name', element.name),
    element.isForCompensation ? ' isForCompensation="true"' : '',
    attr('attachedToRef', element.attachedToRef),
    element.type === 'boundaryEvent' && element.event?.kind === 'error' ? ' cancelActivity="true"' : '',
    attr('default', element.defaultFlow),
  ].join('');
  const body = [...documentation, ...incoming, ...outgoing, ...event];
  return body.length === 0
    ? `    <bpmn:${element.type}${attrs} />`
    : `    <bpmn:${element.type}${attrs}>\n${body.join('\n')}\n    </bpmn:${element.type}>`;
}

function flowXml(flow: SequenceFlow): string {
  const attrs = `${attr('id', flow.id)}${attr('name', flow.name)}${attr('sourceRef', flow.source)}${attr('targetRef', flow.target)}`;
  if (flow.condition === undefined) return `    <bpmn:sequenceFlow${attrs} />`;
  return `    <bpmn:sequenceFlow${attrs}>\n      <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="cel">${escapeXml(flow.condition)}</bpmn:conditionExpression>\n    </bpmn:sequenceFlow>`;
}

const boundsXml = (bounds: Bounds): string =>
  `<dc:Bounds x="${bounds.x}" y="${bounds.y}" width="${bounds.width}" height="${bounds.height}" />`;

const center = (bounds: Bounds) => ({ x: bounds.x + bounds.width / 2, y: bounds.y + bounds.height / 2 });

/** Orthogonal waypoints from the source's exit to the target's entry. */
function waypoints(source: FlowElement, target: FlowElement): { x: number; y: number }[] {
  const from =
    source.type === 'boundaryEvent'
      ? { x: center(source.bounds).x, y: source.bounds.y + source.bounds.height }
      : { x: source.bounds.x + source.bounds.width, y: center(source.bounds).y };
  const to = { x: target.bounds.x, y: center(target.bounds).y };
  if (from.y === to.y) return [from, to];
  if (source.type === 'boundaryEvent') return [from, { x: from.x, y: to.y }, to];
  const middle = Math.round((from.x + to.x) / 2);
  return [from, { x: middle, y: from.y }, { x: middle, y: to.y }, to];
}

/** The whole document: definitions, one process, and its diagram interchange. */
export function diagramXml(
  diagram: Diagram,
  process: { id: string; name: string; documentation?: string },
): string {
  const byId = new Map(diagram.elements.map((element) => [element.id, element]));
  const processBody = [
    ...(process.documentation
      ? [`    <bpmn:documentation>${escapeXml(process.documentation)}</bpmn:documentation>`]
      : []),
    ...diagram.elements.map((element) => elementXml(element, diagram.flows)),
    ...diagram.flows.map(flowXml),
    ...diagram.associations.map(
      (association) =>
        `    <bpmn:association id="${association.id}" associationDirection="One" sourceRef="${association.source}" targetRef="${association.target}" />`,
    ),
  ];
  const shapes = diagram.elements.map(
    (element) =>
      `      <bpmndi:BPMNShape id="${element.id}_di" bpmnElement="${element.id}"${element.type === 'exclusiveGateway' ? ' isMarkerVisible="true"' : ''}>\n        ${boundsXml(element.bounds)}\n      </bpmndi:BPMNShape>`,
  );
  const edges = [
    ...diagram.flows.map((flow) => ({
      id: flow.id,
      source: byId.get(flow.source)!,
      target: byId.get(flow.target)!,
    })),
    ...diagram.associations.map((association) => ({
      id: association.id,
      source: byId.get(association.source)!,
      target: byId.get(association.target)!,
    })),
  ].map(
    (edge) =>
      `      <bpmndi:BPMNEdge id="${edge.id}_di" bpmnElement="${edge.id}">\n${waypoints(
        edge.source,
        edge.target,
      )
        .map((point) => `        <di:waypoint x="${point.x}" y="${point.y}" />`)
        .join('\n')}\n      </bpmndi:BPMNEdge>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="Definitions_${process.id}" targetNamespace="https://rollbook.dev/bpmn" exporter="Rollbook" exporterVersion="1">
  <bpmn:error id="${ERROR_ID}" name="Rollbook node failed" errorCode="rollbook.failure" />
  <bpmn:process id="${process.id}"${attr('name', process.name)} isExecutable="false">
${processBody.join('\n')}
  </bpmn:process>
  <bpmndi:BPMNDiagram id="Diagram_${process.id}">
    <bpmndi:BPMNPlane id="Plane_${process.id}" bpmnElement="${process.id}">
${[...shapes, ...edges].join('\n')}
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>
`;
}
