import type { IrLink, IrNote, IrRemark, IrStep } from '../ir';
import { field, finite, isRecord, list, text } from '../json';
import type { ParseOutcome } from '../registry';
import type { SourceRef } from '../types';
import { type N8nWire, readWires, wiredOutputs } from './connections';
import { findN8nWorkflow } from './document';
import { classifyNode, type NodeKind, regularOutputs } from './nodeKinds';
import { appName, operationOf } from './operations';

/** n8n's retry defaults when `retryOnFail` is on and the file leaves the numbers out. */
export const N8N_DEFAULT_TRIES = 3;
export const N8N_DEFAULT_WAIT_MS = 1000;

interface NodeInfo {
  key: string;
  source: SourceRef;
  kind: NodeKind;
  raw: Record<string, unknown>;
  typeVersion: number;
}

/**
 * Reads an n8n workflow file into the neutral workflow (issue 14 item 2): one step per node,
 * links from `connections` by output index (error outputs and the `error` key are failure links),
 * sticky notes as notes, AI sub-nodes as parts of their node, `settings.errorWorkflow` reported.
 */
export function parseN8n(document: unknown): ParseOutcome {
  const workflow = findN8nWorkflow(document);
  if (!workflow)
    return {
      ok: false,
      error: { kind: 'unknown-format', message: 'Not an n8n workflow: it needs "nodes" and "connections"' },
    };
  const name = text(workflow.name)?.trim() || 'Imported n8n workflow';
  const sourceId =
    typeof workflow.id === 'string' || typeof workflow.id === 'number' ? String(workflow.id) : undefined;
  const wires = readWires(workflow.connections);
  const wired = wiredOutputs(wires);
  const remarks: IrRemark[] = [];
  const notes: IrNote[] = [];
  const infos = new Map<string, NodeInfo>();

  // 1. Nodes, keyed by name (connections name nodes by name).
  workflow.nodes.forEach((raw, index) => {
    if (!isRecord(raw)) {
      remarks.push({
        level: 'warning',
        source: { id: `nodes/${index}`, name: `Node ${index + 1}`, type: 'unknown' },
        message: 'Not a node (not an object): skipped.',
      });
      return;
    }
    const nodeName = text(raw.name)?.trim() || `Node ${index + 1}`;
    const type = text(raw.type) ?? 'unknown';
    const typeVersion = finite(raw.typeVersion) ?? 1;
    const source: SourceRef = { id: text(raw.id) ?? nodeName, name: nodeName, type };
    let key = nodeName;
    while (infos.has(key)) key = `${nodeName}#${index}${key === nodeName ? '' : '#'}`;
    if (key !== nodeName)
      remarks.push({
        level: 'warning',
        source,
        message: `Another node is also called "${nodeName}": links by that name go to the first one.`,
      });
    infos.set(key, {
      key,
      source,
      raw,
      typeVersion,
      kind: classifyNode(type, typeVersion, field(raw, 'parameters'), wired.get(nodeName) ?? 0),
    });
  });

  // 2. AI sub-nodes (a model, a memory, a tool wired into an agent) are parts of the node they feed.
  const subNodes = new Map<string, N8nWire>();
  for (const wire of wires) if (wire.type !== 'main' && wire.type !== 'error') subNodes.set(wire.from, wire);

  const steps: IrStep[] = [];
  for (const info of infos.values()) {
    const position = positionOf(info.raw);
    if (info.kind.as === 'note') {
      notes.push({
        source: info.source,
        text: info.kind.text,
        ...(position ? { area: { ...position, width: info.kind.width, height: info.kind.height } } : {}),
      });
      continue;
    }
    const feeds = subNodes.get(info.key);
    if (feeds && infos.has(feeds.to)) {
      remarks.push(subNodeRemark(info, feeds));
      continue;
    }
    steps.push(stepOf(info, info.kind, position));
  }

  // 3. Links, in output order (a Loop Over Items' "loop" output before its "done" output).
  const links = runOrder(wires, infos).flatMap((wire) => linkOf(wire, infos));
  if (Array.isArray(document) && document.length > 1)
    remarks.push({
      level: 'warning',
      source: { id: 'file', name: 'File', type: 'workflow list' },
      message: `The file holds ${document.length} workflows: only the first ("${name}") was imported. Import the others one by one.`,
    });
  const settings = workflow.settings;
  const errorWorkflow = field(settings, 'errorWorkflow');
  if (typeof errorWorkflow === 'string' || typeof errorWorkflow === 'number') {
    remarks.push({
      level: 'warning',
      source: { id: 'settings.errorWorkflow', name: 'Error workflow', type: 'settings.errorWorkflow' },
      message: `When this workflow fails, n8n runs workflow "${errorWorkflow}". Rollbook cannot see that workflow: import it too. In the playbook, a failure runs the rollback instead.`,
    });
  }
  return {
    ok: true,
    workflow: { format: 'n8n', name, ...(sourceId ? { sourceId } : {}), steps, links, notes, remarks },
  };
}

function positionOf(raw: Record<string, unknown>): { x: number; y: number } | undefined {
  const [x, y] = list(raw.position).map(finite);
  return x !== undefined && y !== undefined ? { x, y } : undefined;
}

function stepOf(
  info: NodeInfo,
  kind: Extract<NodeKind, { as: 'step' }>,
  position: { x: number; y: number } | undefined,
): IrStep {
  const { raw } = info;
  const notes = text(raw.notes)?.trim();
  const common = {
    key: info.key,
    source: info.source,
    ...(position ? { position } : {}),
    ...(raw.disabled === true ? { disabled: true } : {}),
    ...(notes ? { notes: [notes] } : {}),
  };
  const step = { ...kind.step, ...common, messages: [...(kind.step.messages ?? [])] } as IrStep;
  if (step.role !== 'action') return step;
  if (raw.retryOnFail === true) {
    step.retry = {
      maxAttempts: finite(raw.maxTries) ?? N8N_DEFAULT_TRIES,
      backoffMs: finite(raw.waitBetweenTries) ?? N8N_DEFAULT_WAIT_MS,
    };
  }
  const onError = text(raw.onError);
  if (onError === 'continueRegularOutput' || (onError === undefined && raw.continueOnFail === true)) {
    step.continueOnFailure = true;
    step.messages!.push({
      level: 'warning',
      message:
        'On error n8n goes on along its regular output, as if it had worked: its failure edge leads to the same next step, and what it half did stays.',
    });
  } else if (onError === 'continueErrorOutput') {
    step.messages!.push({ level: 'info', message: 'Its error output is the failure path.' });
  }
  return step;
}

function linkOf(wire: N8nWire, infos: Map<string, NodeInfo>): IrLink[] {
  const info = infos.get(wire.from);
  if (info?.kind.as !== 'step') return [];
  if (wire.type === 'error') return [{ from: wire.from, to: wire.to, kind: 'failure' }];
  if (wire.type !== 'main') return [];
  const type = info.source.type;
  const onError = text(info.raw.onError);
  if (onError === 'continueErrorOutput' && wire.output === regularOutputs(info.kind, type, info.typeVersion))
    return [{ from: wire.from, to: wire.to, kind: 'failure' }];
  const step = info.kind.step;
  if (step.role === 'decision')
    return [
      {
        from: wire.from,
        to: wire.to,
        kind: 'branch',
        branch: wire.output,
        label: step.branches[wire.output] ?? `Output ${wire.output}`,
      },
    ];
  return [{ from: wire.from, to: wire.to, kind: 'next', label: outputLabel(info, wire.output) }];
}

const isLoopOverItems = (info: NodeInfo | undefined): boolean =>
  info?.source.type.endsWith('.splitInBatches') === true && info.typeVersion >= 3;

/**
 * The wires in the order n8n runs them: as listed, except that a Loop Over Items runs its "loop"
 * output (1) before its "done" output (0), so the loop body comes first in the playbook.
 */
function runOrder(wires: readonly N8nWire[], infos: Map<string, NodeInfo>): N8nWire[] {
  const loopFirst = (wire: N8nWire) => (isLoopOverItems(infos.get(wire.from)) && wire.output === 1 ? 0 : 1);
  return wires
    .map((wire, index) => ({ wire, index }))
    .sort((a, b) =>
      a.wire.from === b.wire.from
        ? loopFirst(a.wire) - loopFirst(b.wire) || a.index - b.index
        : a.index - b.index,
    )
    .map(({ wire }) => wire);
}

/** Loop Over Items (v3): output 1 is "loop", output 0 "done". */
function outputLabel(info: NodeInfo, output: number): string | undefined {
  if (info.source.type.endsWith('.splitInBatches') && info.typeVersion >= 3)
    return output === 1 ? 'loop' : 'done';
  return undefined;
}

function subNodeRemark(info: NodeInfo, feeds: N8nWire): IrRemark {
  const role = feeds.type.replace(/^ai_/, '');
  const base = `Part of "${feeds.to}" (its ${role}): no step of its own.`;
  if (role !== 'tool') return { level: 'info', source: info.source, message: base, attachedTo: feeds.to };
  const operation = operationOf(info.source.type.replace(/Tool$/, ''), field(info.raw, 'parameters'));
  if (operation.effect === 'read')
    return {
      level: 'info',
      source: info.source,
      message: `${base} A tool that only reads.`,
      attachedTo: feeds.to,
    };
  return {
    level: 'attention',
    source: info.source,
    message: `${base} A tool the agent may call that ${operation.effect === 'unknown' ? 'may change data' : `can ${operation.effect}`} (${operation.app || appName(info.source.type)}): Rollbook cannot tell when; decide whether "${feeds.to}" needs an undo or an approval.`,
    attachedTo: feeds.to,
  };
}
