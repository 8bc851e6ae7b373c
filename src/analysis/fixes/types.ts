import type { CompositeResult } from '../../commands/composite/types';
import type { Playbook } from '../../domain/types';

/** The quick fixes a lint rule may name (`LintRule.fix`); the table is `FIXES` in ./index.ts. */
export type FixId =
  | 'add-compensation'
  | 'mark-idempotent'
  | 'add-approval-before'
  | 'add-checkpoint-before'
  | 'add-notify-before'
  | 'assign-owner'
  | 'grant-initiate'
  | 'grant-approve'
  | 'add-trigger'
  | 'link-failure-to-rollback'
  | 'add-failed-end'
  | 'add-check-after';

/** What a fix needs to know about the finding it answers: the rule and the node or edge it names. */
export interface FixableFinding {
  rule: string;
  target: string | null;
}

/**
 * One quick fix (an editor's code action): a pure function from the playbook and a finding to a
 * composite command, or a refusal when the fix would be a guess (several roles could own a node).
 */
export interface FixDefinition {
  id: FixId;
  /** What "Fix all of this kind" says: "Add an undo to each step that needs one". */
  allTitle: string;
  /**
   * True when applying it to every finding of its rule at once cannot surprise anyone: each fix
   * touches only its own node (an undo per step), so the result is what one-by-one would give.
   * An approval or a checkpoint is placed where the person wants the gate: never all at once.
   */
  safeForAll: boolean;
  build: (playbook: Playbook, finding: FixableFinding) => CompositeResult;
}

/** A fix ready to show: the words of its button and the one command it applies. */
export type QuickFix = Extract<CompositeResult, { ok: true }> & { id: FixId; label: string };
