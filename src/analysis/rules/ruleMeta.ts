import type { RuleMeta } from '../types';

/**
 * What each rule says about itself, apart from the code that checks it (as bpmnlint keeps a rule's
 * docs beside, not inside, its check): the Problems panel shows `description` and `rationale`, the
 * config reads `defaultSeverity`, and `docs/lint-rules.md` says the same in more words. A rule file
 * takes its entry by id, so a rule and its words cannot drift apart silently (a test checks both
 * lists name the same rules).
 */
export const RULE_META = {
  'approvers-have-permission': {
    description:
      "Every approver role of an approval node, and of governance.approverRoles, has the 'approve' permission; when approvals are required, some role can give them.",
    rationale:
      'An approval that only roles without the approve permission can give can never be given properly: on the day the run waits for a person who is not allowed to say yes. For review, a decision made in a role the playbook defines without the approve permission never counts (spec section 8), so such a playbook can never be approved.',
    defaultSeverity: 'error',
  },
  'checkpoint-before-destructive': {
    description:
      'A delete, or an update without match or where, is preceded on every path by a checkpoint covering that entity.',
    rationale:
      'Deletes and whole-entity updates are the changes a compensation most often cannot rebuild exactly (the old values are gone from the source system). A checkpoint before them gives the data path, a restore, something to restore.',
    defaultSeverity: 'error',
  },
  'compensation-idempotent': {
    description:
      'Every compensation is marked idempotent: running it twice does no more than running it once.',
    rationale:
      'Compensations are retried on failure and re-run when a half-finished rollback is resumed by hand. An undo that is not idempotent (refund, release stock, re-insert) applied twice does damage of its own; mark it idempotent once you have made sure it is.',
    defaultSeverity: 'warn',
  },
  'compensation-required': {
    description: 'A step with effects has a compensation, or is marked irreversible with a reason.',
    rationale:
      'A rollback undoes completed steps through their compensations; a step with effects and no compensation is skipped ("not-compensated") and its changes stay behind. If it truly cannot be undone, saying so (irreversible, with the reason) lets reviewers put an approval in front of it.',
    defaultSeverity: 'error',
  },
  'dataset-consistent': {
    description:
      'The dataset itself satisfies the model invariants: keys present and unique, required fields, types, unique sets, references.',
    rationale:
      'Every dry run starts from the dataset, and "consistent" means the model invariants hold. A dataset that already breaks them makes every drill look inconsistent, or hides real damage behind old damage. If the anomaly is deliberate, turn this rule off for the playbook.',
    defaultSeverity: 'warn',
  },
  'decision-branches': {
    description: 'Every decision has both branches: when true and when false.',
    rationale:
      'A decision whose condition comes out the other way has nowhere to go and the run stops as "failed" (a dead end). Both answers need a path, even if one of them goes straight to an end.',
    defaultSeverity: 'error',
  },
  'end-reachable': {
    description: 'Every path from a trigger reaches an end: no dead ends, no loops without a way out.',
    rationale:
      'A node with no next edge that is not an end stops the run with outcome "failed" ("dead end"), and a loop with no exit runs until the 10,000-visit limit. Neither tells anyone what state the data is in.',
    defaultSeverity: 'error',
  },
  'failure-path-explicit': {
    description: 'Every step has a failure edge instead of relying on the implicit rollback.',
    rationale:
      'When a step with no failure edge fails, the run rolls back everything and ends, with no check, no notification and no fallback if an undo fails. That default is fine for a sketch; a playbook people rely on says what happens.',
    defaultSeverity: 'warn',
  },
  'initiators-have-permission': {
    description: "Every initiator role of a trigger has the 'initiate' permission.",
    rationale:
      'The initiators list says who may start the playbook; a role without the initiate permission contradicts it. One of the two is wrong, and a reviewer cannot tell which.',
    defaultSeverity: 'error',
  },
  'irreversible-needs-approval': {
    description: 'Every path to an irreversible step passes an approval first.',
    rationale:
      'An irreversible step (an email sent, money paid out, a record purged) is the one change no rollback can take back. A person should say yes before the run crosses that line, on every way the run can get there.',
    defaultSeverity: 'error',
  },
  'no-unreachable': {
    description:
      'Every node is reachable from a trigger; a compensation counts as reachable through its step.',
    rationale:
      'A node no run can reach is never rehearsed and gives false comfort: a restore or a notification drawn but not wired in does nothing on the day. It is usually a missing edge.',
    defaultSeverity: 'error',
  },
  'notify-before-bad-end': {
    description: 'Every path to a rolled_back, restored, degraded or failed end notifies someone first.',
    rationale:
      'When a run ends anywhere but "completed", people must act: customers are waiting, a workflow is paused, data needs a look. A silent bad end is found hours later, by the wrong person.',
    defaultSeverity: 'warn',
  },
  'owner-required': {
    description: 'Steps, rollbacks, restores and approvals have an owner that is a role of the playbook.',
    rationale:
      'During an incident, "who runs this?" must have an answer on the node itself. An owner role also lets reviewers check that the person who acts has the permission to.',
    defaultSeverity: 'warn',
  },
  'restore-resurrects-erased': {
    description:
      'A restore or a compensation cannot put back records that an erasure step deleted or anonymised after its snapshot or before-image was taken, unless the erasures are applied again after it.',
    rationale:
      'A person who asked for their data to be erased (GDPR article 17, CCPA deletion) must not find it back because a recovery restored a snapshot taken before the erasure, or a rollback wrote back an old copy of the record. The safe pattern restores, then applies again every erasure recorded since the checkpoint.',
    defaultSeverity: 'error',
  },
  'retry-duplicates': {
    description: 'A step that inserts records and is retried is idempotent or has an idempotency key.',
    rationale:
      'A retry after a partial failure (or a duplicate delivery) applies the inserts again; without idempotency the data store, which does not enforce keys, ends up with two records for one key: duplicate shipments, double charges.',
    defaultSeverity: 'error',
  },
  'rollback-of-rollback': {
    description:
      'Every compensation, rollback and restore has a failure path: the playbook says what happens when the undo fails.',
    rationale:
      'Undo fails too (the API that failed the step is often still down). Without a failure path the run just ends "rollback_incomplete" or "failed" with the data half-restored and nobody paged; a restore from a checkpoint, a failsafe or a notification is the usual answer.',
    defaultSeverity: 'warn',
  },
  'rto-budget': {
    description:
      'The worst-case recovery time, computed from durations, retries, timeouts and waits, fits in the RTO.',
    rationale:
      'The recovery time objective is a promise. The budget adds up the slowest way every failure can be handled (all retries with backoff, every compensation, restores, approval timeouts); if that exceeds the RTO, some incident will break the promise even when every step of the playbook works as drawn.',
    defaultSeverity: 'error',
  },
  'scenario-targets': {
    description:
      'Every fault in a scenario names a node its type applies to (and an outage, a node with a system).',
    rationale:
      'A fault on a node it cannot act on (a "partial" on a check, an outage of a step with no system) does nothing, so the scenario passes while testing nothing. That is worse than no scenario: it looks like coverage.',
    defaultSeverity: 'error',
  },
  'snapshot-minimal': {
    description:
      'A checkpoint copies an entity with personal fields only when a step or compensation after it changes that entity.',
    rationale:
      'A restore only needs what the run can damage. Copying every table "just in case" makes one more copy of personal data to protect, expire and erase from, for no recovery benefit (data minimisation, GDPR article 5(1)(c)).',
    defaultSeverity: 'warn',
  },
  'snapshot-retention': {
    description:
      'A checkpoint that holds personal data expires, no later than the retention of every personal entity it holds.',
    rationale:
      'A snapshot is a copy of the data: personal data in it must be deleted when the retention period ends, like the original (GDPR article 5(1)(e)). A snapshot that never expires keeps every customer it ever copied, erased ones included.',
    defaultSeverity: 'warn',
  },
  'trigger-required': {
    description: 'The playbook has at least one trigger.',
    rationale:
      'A run starts at a trigger (the incident that opens the playbook). Without one, the playbook cannot be rehearsed, drilled or run, and every other path rule has nowhere to start.',
    defaultSeverity: 'error',
  },
  'verify-after-recovery': {
    description: 'A rollback or restore is followed by a check before any end.',
    rationale:
      'A rollback that "succeeded" only ran its compensations; whether the data is really back (no orphans, no duplicates, equal to the checkpoint) is a separate question. Without a check, the run reports "rolled_back" on faith.',
    defaultSeverity: 'warn',
  },
} as const satisfies Record<string, RuleMeta>;

/** A rule id that has words in the table. */
export type RuleId = keyof typeof RULE_META;
