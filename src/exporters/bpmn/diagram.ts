/** BPMN elements as plain data, before they are written as XML with their diagram shapes. */
export type ElementType =
  | 'startEvent'
  | 'endEvent'
  | 'serviceTask'
  | 'userTask'
  | 'sendTask'
  | 'exclusiveGateway'
  | 'intermediateThrowEvent'
  | 'boundaryEvent';

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface FlowElement {
  id: string;
  type: ElementType;
  name: string;
  bounds: Bounds;
  documentation?: string;
  isForCompensation?: boolean;
  /** For boundary events. */
  attachedToRef?: string;
  event?: { kind: 'error' } | { kind: 'compensate'; activityRef?: string };
  /** Id of the default outgoing flow of a gateway. */
  defaultFlow?: string;
}

export interface SequenceFlow {
  id: string;
  source: string;
  target: string;
  name?: string;
  /** A CEL condition, written as a formal expression with language "cel". */
  condition?: string;
}

export interface Association {
  id: string;
  source: string;
  target: string;
}

export interface Diagram {
  elements: FlowElement[];
  flows: SequenceFlow[];
  associations: Association[];
}

export const SIZE = {
  task: { width: 100, height: 80 },
  event: { width: 36, height: 36 },
  gateway: { width: 50, height: 50 },
} as const;

export function sizeOf(type: ElementType): { width: number; height: number } {
  switch (type) {
    case 'serviceTask':
    case 'userTask':
    case 'sendTask':
      return SIZE.task;
    case 'exclusiveGateway':
      return SIZE.gateway;
    default:
      return SIZE.event;
  }
}

/** Ids unique across the document: node ids first, then synthetic ones with a suffix. */
export class IdAllocator {
  private readonly taken = new Set<string>();

  constructor(reserved: Iterable<string>) {
    for (const id of reserved) this.taken.add(id);
  }

  next(base: string): string {
    let id = base;
    for (let n = 2; this.taken.has(id); n += 1) id = `${base}_${n}`;
    this.taken.add(id);
    return id;
  }
}
