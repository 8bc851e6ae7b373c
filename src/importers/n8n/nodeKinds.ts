import type { IrOperation, IrStep } from '../ir';
import { field, finite, text } from '../json';
import { conditionText, switchBranches, switchConditionText } from './conditions';
import { appName, operationOf } from './operations';

/** What an n8n node is to the importer, before the common fields (key, source, position…) are added. */
export type NodeKind =
  | { as: 'step'; step: DistributiveOmit<IrStep, 'key' | 'source'> }
  | { as: 'note'; text: string; width: number; height: number };

type DistributiveOmit<T, K extends keyof never> = T extends unknown ? Omit<T, K> : never;

const base = (type: string) => type.slice(type.lastIndexOf('.') + 1);

/** Nodes that only reshape the items flowing through the workflow: nothing outside changes. */
const ITEM_ONLY = new Set([
  'set',
  'noOp',
  'merge',
  'aggregate',
  'splitOut',
  'itemLists',
  'sort',
  'limit',
  'removeDuplicates',
  'dateTime',
  'crypto',
  'html',
  'xml',
  'markdown',
  'renameKeys',
  'summarize',
  'compareDatasets',
  'spreadsheetFile',
  'convertToFile',
  'extractFromFile',
  'moveBinaryData',
  'readBinaryFile',
  'readBinaryFiles',
  'editImage',
  'jwt',
  'totp',
  'respondToWebhook',
  'debugHelper',
  'splitInBatches',
]);

const TRIGGER_SIGNALS: Readonly<Record<string, 'manual' | 'alert' | 'schedule'>> = {
  manualTrigger: 'manual',
  start: 'manual',
  executeWorkflowTrigger: 'manual',
  chatTrigger: 'manual',
  scheduleTrigger: 'schedule',
  cron: 'schedule',
  interval: 'schedule',
  errorTrigger: 'alert',
  webhook: 'alert',
  formTrigger: 'alert',
  // Polling "triggers" whose type does not end in Trigger.
  emailReadImap: 'alert',
  rssFeedReadTrigger: 'alert',
};

export const isTriggerType = (type: string): boolean =>
  Object.hasOwn(TRIGGER_SIGNALS, base(type)) || /trigger$/i.test(type);

/** Outputs a node has besides an error output: what `continueErrorOutput`'s extra output follows. */
export function regularOutputs(kind: NodeKind, type: string, typeVersion: number): number {
  if (kind.as === 'step' && kind.step.role === 'decision') return kind.step.branches.length;
  if (base(type) === 'splitInBatches' && typeVersion >= 3) return 2;
  return 1;
}

/**
 * Classifies one n8n node (issue 14 item 2): sticky notes, triggers, IF/Switch/Filter decisions,
 * Stop and Error ends, Wait, and actions (with what they do, from the catalogue).
 */
export function classifyNode(
  type: string,
  typeVersion: number,
  parameters: unknown,
  connectedOutputs: number,
): NodeKind {
  const name = base(type);
  if (name === 'stickyNote')
    return {
      as: 'note',
      text: text(field(parameters, 'content')) ?? '',
      width: finite(field(parameters, 'width')) ?? 240,
      height: finite(field(parameters, 'height')) ?? 160,
    };
  if (isTriggerType(type)) {
    const signal = TRIGGER_SIGNALS[name] ?? 'alert';
    const messages = [{ level: 'info' as const, message: triggerSentence(name, type) }];
    return { as: 'step', step: { role: 'trigger', signal, messages } };
  }
  switch (name) {
    case 'if':
      return decision(['true', 'false'], conditionText(parameters));
    case 'filter':
      return decision(['kept', 'discarded'], conditionText(parameters));
    case 'switch':
      return decision(
        switchBranches(parameters, typeVersion, connectedOutputs),
        switchConditionText(parameters),
      );
    case 'stopAndError':
      return {
        as: 'step',
        step: {
          role: 'end',
          outcome: 'failed',
          messages: [
            { level: 'info', message: 'Stops the workflow with an error: the playbook ends "failed" here.' },
          ],
        },
      };
    case 'wait':
      return { as: 'step', step: waitStep(parameters) };
  }
  if (ITEM_ONLY.has(name) && type.startsWith('n8n-nodes-base.'))
    return { as: 'step', step: { role: 'action', messages: itemOnlyMessages(name, typeVersion) } };
  const operation: IrOperation = operationOf(type, parameters);
  return { as: 'step', step: { role: 'action', operation } };
}

/** What starts the workflow, in words ("Starts when its webhook is called."). */
function triggerSentence(name: string, type: string): string {
  switch (name) {
    case 'errorTrigger':
      return 'An Error Trigger: this workflow runs when another workflow fails.';
    case 'executeWorkflowTrigger':
      return 'Runs when another workflow calls this one.';
    case 'manualTrigger':
    case 'start':
      return 'Started by hand.';
    case 'scheduleTrigger':
    case 'cron':
    case 'interval':
      return 'Runs on a schedule.';
    case 'webhook':
      return 'Starts when its webhook is called.';
    case 'formTrigger':
      return 'Starts when its form is submitted.';
    case 'chatTrigger':
      return 'Starts when a chat message arrives.';
    default:
      return `Starts when ${appName(type).replace(/ ?Trigger$/, '') || 'an app'} reports an event.`;
  }
}

function decision(branches: string[], condition: string | undefined): NodeKind {
  return { as: 'step', step: { role: 'decision', branches, ...(condition ? { condition } : {}) } };
}

const UNIT_MS: Readonly<Record<string, number>> = {
  seconds: 1000,
  minutes: 60_000,
  hours: 3_600_000,
  days: 86_400_000,
};

/** Wait: a time interval becomes the step's duration; waiting for a call or a date is reported. */
function waitStep(parameters: unknown): DistributiveOmit<IrStep, 'key' | 'source'> {
  const resume = text(field(parameters, 'resume')) ?? 'timeInterval';
  if (resume !== 'timeInterval')
    return {
      role: 'action',
      messages: [
        {
          level: 'warning',
          message: `Waits until ${resume === 'specificTime' ? 'a set time' : 'something calls it back'} (${resume}): a dry run does not wait.`,
        },
      ],
    };
  // n8n's defaults: 1 hour.
  const amount = finite(field(parameters, 'amount')) ?? 1;
  const unit = text(field(parameters, 'unit')) ?? 'hours';
  const durationMs = Math.max(0, Math.round(amount * (UNIT_MS[unit] ?? UNIT_MS.hours!)));
  return { role: 'action', durationMs, messages: [] };
}

function itemOnlyMessages(name: string, typeVersion: number) {
  if (name === 'merge')
    return [
      {
        level: 'info' as const,
        message: 'Joins branches: the playbook runs the branches one after the other, then this.',
      },
    ];
  if (name === 'splitInBatches')
    return [
      {
        level: 'info' as const,
        message: `Loops over the items in batches${typeVersion >= 3 ? ' ("loop" output first, then "done")' : ''}: the playbook walks the loop once.`,
      },
    ];
  if (name === 'respondToWebhook')
    return [{ level: 'info' as const, message: "It answers the webhook's caller." }];
  return [];
}
