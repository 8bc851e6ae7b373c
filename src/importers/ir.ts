import type { NOTIFY_CHANNELS, TRIGGER_SIGNALS } from '../domain/schema/nodes';
import type { OperationEffect } from './catalogue/types';
import type { ImportFormat, ReportLevel, SourceRef } from './types';

/**
 * The platform-neutral workflow every platform parser produces and the one builder turns into a
 * playbook (see /work/notes/importers-ir.md and docs/importers.md). A parser only reads its
 * platform's file; what a step means for a rollback (compensation, checkpoint, approval, entity)
 * is decided once, in the builder.
 */
export interface IrWorkflow {
  format: ImportFormat;
  /** The workflow's own name, or a name the parser made up (then say so in `remarks`). */
  name: string;
  /** The workflow's own id in its platform, when it has one. */
  sourceId?: string;
  description?: string;
  steps: IrStep[];
  /** Order matters: links leaving one step are taken in this order (the platform's run order). */
  links: IrLink[];
  /** Elements that are no step but hold text for people (n8n sticky notes). */
  notes: IrNote[];
  /** Report entries about the file itself or elements that are neither step nor note. */
  remarks: IrRemark[];
}

/** A message the parser wants on a step's report entry (merged with the builder's own). */
export interface IrMessage {
  level: ReportLevel;
  message: string;
}

export interface IrRetry {
  maxAttempts: number;
  /** Wait before the second attempt. */
  backoffMs: number;
  /** Each later wait is the one before times this (1: fixed waits). */
  multiplier?: number;
}

interface IrStepBase {
  /** Unique within the workflow: what `IrLink.from` / `to` name (an n8n node name, a Make module id). */
  key: string;
  source: SourceRef;
  position?: { x: number; y: number };
  /** A disabled step never runs: the builder leaves it out and joins its links through. */
  disabled?: boolean;
  /** Texts for the node's description (the source's notes, sticky notes are added by the builder). */
  notes?: string[];
  messages?: IrMessage[];
}

export interface IrTrigger extends IrStepBase {
  role: 'trigger';
  signal: (typeof TRIGGER_SIGNALS)[number];
}

/**
 * What an action does to data outside the workflow. `effect: 'unknown'` when nobody can tell
 * (a community node, a Code node, a raw HTTP call without a method): the builder asks the author.
 */
export interface IrOperation {
  effect: OperationEffect | 'unknown';
  /** The system as people name it: "Google Sheets". Becomes the step's `system`. */
  app: string;
  /** What it touches, in the source's words ("Orders", "contact"): the builder makes an entity of it. */
  resource?: string;
  /** True when `resource` was read from the workflow (a table name), false when it is the catalogue's guess. */
  resourceFromSource?: boolean;
  /** The undo to propose, in words ("Delete the row it added"). */
  undo?: string;
  /** For sends: the channel of the follow-up and of the report's wording. */
  channel?: (typeof NOTIFY_CHANNELS)[number];
  /** Set when the author must decide something: the sentence says what. */
  attention?: string;
  /** True when the effect was guessed from a name, not found in the catalogue. */
  guessed?: boolean;
}

export interface IrAction extends IrStepBase {
  role: 'action';
  /** Absent: the step touches nothing outside the workflow (Set, Merge, a no-op). */
  operation?: IrOperation;
  /** How long the step takes (a Wait node's wait). */
  durationMs?: number;
  timeoutMs?: number;
  retry?: IrRetry;
  /** Failures are ignored and the run goes on along the regular output (n8n continueRegularOutput). */
  continueOnFailure?: boolean;
  /**
   * The undo the source itself defines (a saga's cancel task, a BPMN compensation handler): the
   * builder draws it as the step's compensation instead of proposing one from the operation.
   */
  undo?: IrUndo;
  /** A person decides here (a BPMN user task, a task-token wait): drawn as an approval. */
  approval?: boolean;
}

/** A compensation written in the source, with its own report entry (it is an element of the file). */
export interface IrUndo {
  source: SourceRef;
  retry?: IrRetry;
  timeoutMs?: number;
  position?: { x: number; y: number };
  notes?: string[];
  messages?: IrMessage[];
}

export interface IrDecision extends IrStepBase {
  role: 'decision';
  /** One label per output, in output order: ["true", "false"], or a Switch's case names. */
  branches: string[];
  /** The source's condition as text, kept in the node's description (it is not CEL). */
  condition?: string;
}

/**
 * Where a run stops on purpose: n8n's Stop and Error, Power Automate's Terminate. `rolled_back`:
 * the platform undoes what the run did before it stops (Make's Rollback directive); the builder
 * draws a rollback of every completed step, then an end.
 */
export interface IrEnd extends IrStepBase {
  role: 'end';
  outcome: 'completed' | 'failed' | 'rolled_back';
}

export type IrStep = IrTrigger | IrAction | IrDecision | IrEnd;

/**
 * A link between two steps. `next`: the step succeeded; `failure`: it failed (an error output,
 * a runAfter Failed); `branch`: output `branch` (index into the decision's `branches`) was taken.
 */
export interface IrLink {
  from: string;
  to: string;
  kind: 'next' | 'failure' | 'branch';
  branch?: number;
  label?: string;
}

export interface IrNote {
  source: SourceRef;
  text: string;
  /** The note's rectangle on the source canvas: steps inside it get its text in their description. */
  area?: { x: number; y: number; width: number; height: number };
}

export interface IrRemark {
  level: ReportLevel;
  source: SourceRef;
  message: string;
  /** The step this element belongs to (an n8n AI sub-node, a Make error handler): the entry points at its node. */
  attachedTo?: string;
}
