import type { IrLink, IrRemark } from '../ir';
import { isGateway, SUB_PROCESSES } from './collect';
import { sourceOf } from './elementSteps';
import { attr, eventDefinition, eventKind, isoDurationMs } from './model';
import type { Classified } from './parse';

export interface ProcessLinks {
  links: IrLink[];
  /** Elements drawn as no node (joins, forks, a sub-process's own start and end), with why. */
  passThrough: Map<string, string>;
  /** A decision's branch labels, in the order of its branch links. */
  branches: Map<string, string[]>;
  /** Timer boundary durations by the activity they interrupt. */
  timeouts: Map<string, number>;
}

const FAILING_BOUNDARIES = new Set(['error', 'escalation', 'timer', 'cancel']);

/** The links between the steps, the failure links of boundary events, and the elements passed through. */
export function linkProcess(classified: Classified, remarks: IrRemark[]): ProcessLinks {
  const { parts } = classified;
  const passThrough = new Map<string, string>();
  for (const node of parts.nodes) {
    const { element } = node;
    const out = parts.outgoing.get(node.id) ?? [];
    if (isGateway(element) && out.length <= 1)
      passThrough.set(node.id, 'A gateway that joins paths: the playbook joins them at the next step.');
    else if (element.local === 'parallelGateway')
      passThrough.set(node.id, 'A parallel fork: the playbook draws its branches one after the other.');
    else if (node.parent && element.local === 'startEvent')
      passThrough.set(node.id, 'Where the sub-process starts: its first steps follow the sub-process.');
    else if (node.parent && element.local === 'endEvent' && eventKind(element) === 'none')
      passThrough.set(node.id, 'Where the sub-process ends: the run goes on after the sub-process.');
  }
  const resolve = (id: string, seen = new Set<string>()): string[] => {
    if (seen.has(id)) return [];
    seen.add(id);
    const node = parts.byId.get(id);
    if (!node) return [];
    if (!passThrough.has(id)) return [id];
    const from = node.parent && node.element.local === 'endEvent' ? node.parent : id;
    return (parts.outgoing.get(from) ?? []).flatMap((flow) => resolve(flow.target, seen));
  };
  const implicit = (id: string) => classified.rollbacks.get(id)?.implicit === true;

  const links: IrLink[] = [];
  const branches = new Map<string, string[]>();
  const timeouts = new Map<string, number>();
  for (const node of parts.nodes) {
    const { id, element } = node;
    if (
      passThrough.has(id) ||
      classified.undoOf.has(id) ||
      classified.folded.has(id) ||
      classified.rollbacks.has(id)
    )
      continue;
    const out = parts.outgoing.get(id) ?? [];
    if (isGateway(element)) {
      const fallback = attr(element, 'default');
      const ordered = [
        ...out.filter((flow) => flow.id !== fallback),
        ...out.filter((flow) => flow.id === fallback),
      ];
      branches.set(
        id,
        ordered.map(
          (flow) =>
            flow.name ??
            (flow.id === fallback
              ? 'otherwise'
              : (flow.condition ?? attr(parts.byId.get(flow.target)?.element ?? element, 'name') ?? flow.id)),
        ),
      );
      ordered.forEach((flow, branch) => {
        for (const to of resolve(flow.target)) links.push({ from: id, to, kind: 'branch', branch });
      });
      continue;
    }
    const starts = SUB_PROCESSES.has(element.local)
      ? parts.nodes.filter((inner) => inner.parent === id && inner.element.local === 'startEvent')
      : [];
    const targets =
      starts.length > 0
        ? starts.flatMap((start) => resolve(start.id))
        : out.flatMap((flow) => resolve(flow.target));
    for (const to of targets) links.push({ from: id, to, kind: 'next' });
  }

  for (const boundary of parts.boundaries) {
    const host = attr(boundary.element, 'attachedToRef') ?? '';
    const kind = eventKind(boundary.element);
    const out = parts.outgoing.get(boundary.id) ?? [];
    let message: string;
    if (kind === 'compensate')
      message = "Its compensation boundary event: the handler it points at is the step's undo.";
    else if (FAILING_BOUNDARIES.has(kind)) {
      if (kind === 'timer') {
        const definition = eventDefinition(boundary.element);
        const duration = isoDurationMs(
          definition?.children.find((child) => child.local === 'timeDuration')?.text,
        );
        if (duration) timeouts.set(host, duration);
      }
      const targets = out.flatMap((flow) => resolve(flow.target));
      const rolledBack = targets.some(implicit);
      for (const to of targets.filter((target) => !implicit(target)))
        links.push({ from: host, to, kind: 'failure' });
      message = rolledBack
        ? "Its failure runs Rollbook's implicit rollback, which a playbook step does by itself: no failure path drawn."
        : `A${kind === 'error' ? 'n error' : ` ${kind}`} boundary event: its path is the step's failure path${kind === 'timer' ? ' (a timeout)' : ''}.`;
    } else
      message = `A ${kind} boundary event: a playbook step has no such interruption, so its path is not drawn.`;
    remarks.push({
      level: FAILING_BOUNDARIES.has(kind) || kind === 'compensate' ? 'info' : 'warning',
      source: sourceOf(boundary.element),
      message,
      attachedTo: host,
    });
  }
  return { links, passThrough, branches, timeouts };
}
