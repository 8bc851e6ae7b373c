import type { Command } from '../types';

/** A batch: several commands that one undo takes back together. */
export type BatchCommand = Extract<Command, { type: 'batch' }>;

/**
 * A composite edit (one gesture, one undo step: diagram-js's pre/post-phase commands folded into a
 * batch), or why it cannot be made. `focus` is the node the person will want to look at next,
 * usually the one just added.
 */
export type CompositeResult =
  | { ok: true; command: BatchCommand; focus: string }
  | { ok: false; reason: string };

export const refuseComposite = (reason: string): CompositeResult => ({ ok: false, reason });

/** A label within the format's 120 characters. */
export const fitLabel = (text: string): string => (text.length <= 120 ? text : `${text.slice(0, 119)}…`);
