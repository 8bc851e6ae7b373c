import type { IrEnd, IrMessage, IrRetry, IrStep } from '../ir';
import { isObject, type JsonObject } from '../jsonReaders';
import { positionOf, sourceOfModule, supportsTransactions } from './modules';

/** The scenario settings that change what a directive means (blueprint `metadata.scenario`). */
export interface ScenarioSettings {
  /** Each module commits as soon as it runs: Rollback has nothing left to undo. */
  autoCommit: boolean;
  /** Incomplete executions are stored (Break needs it). */
  incompleteExecutions: boolean;
}

export function settingsOf(root: JsonObject): ScenarioSettings {
  const scenario = isObject(root.metadata) && isObject(root.metadata.scenario) ? root.metadata.scenario : {};
  return { autoCommit: scenario.autoCommit === true, incompleteExecutions: scenario.dlq === true };
}

const DIRECTIVES = new Set([
  'builtin:rollback',
  'builtin:commit',
  'builtin:resume',
  'builtin:ignore',
  'builtin:break',
]);

export const isDirective = (type: string) => DIRECTIVES.has(type.toLowerCase());

export interface DirectiveOutcome {
  /** The end it becomes; absent for Resume, which is a link back into the flow. */
  step?: IrEnd;
  /** Added to the failed module's report entry. */
  onFailed: IrMessage;
  retry?: IrRetry;
  /** For Resume: the report entry of the directive itself. */
  remark: string;
}

/**
 * What an error handler's directive means for a rollback (Make's "Overview of error handling"):
 * - Rollback: the run stops as an error; Make undoes the modules that support transactions
 *   (data stores, databases) unless auto-commit already committed them; other apps keep their
 *   changes, so the playbook's compensations are what undoes them: a rollback, then an end.
 * - Commit: the run stops as a success and keeps every change: a completed end, nothing undone.
 * - Ignore: the error is dropped, the run ends as a success for this bundle: a completed end.
 * - Resume: the module's output is replaced and the run goes on with the next module: a link.
 * - Break: the run is stored as an incomplete execution and retried (`count` times,
 *   `interval` minutes apart) when automatic completion is on: the module's retry, then a failed end.
 */
export function directiveStep(
  key: string,
  directive: JsonObject,
  failed: IrStep,
  settings: ScenarioSettings,
): DirectiveOutcome {
  const type = String(directive.module).toLowerCase();
  const source = sourceOfModule(key, directive);
  const position = positionOf(directive);
  const end = (outcome: IrEnd['outcome'], message: string): IrEnd => ({
    key,
    role: 'end',
    outcome,
    source,
    ...(position ? { position } : {}),
    messages: [{ level: 'info', message }],
  });
  switch (type) {
    case 'builtin:rollback': {
      const undone = supportsTransactions(failed.source.type) && !settings.autoCommit;
      return {
        step: end(
          'rolled_back',
          settings.autoCommit
            ? "Rollback: Make stops the run as an error. Auto-commit is on, so every module already committed: Make undoes nothing itself, the playbook's rollback runs the proposed compensations."
            : "Rollback: Make stops the run as an error and undoes the modules that support transactions (data stores, databases); changes in other apps stay, and the playbook's rollback runs their compensations.",
        ),
        onFailed: {
          level: 'info',
          message: `On error: Rollback (a rollback of the completed steps, then a rolled-back end)${undone ? '; Make undoes this module itself' : ''}.`,
        },
        remark: '',
      };
    }
    case 'builtin:commit':
      return {
        step: end(
          'completed',
          'Commit: Make keeps every change made so far and ends the run as a success: nothing is undone.',
        ),
        onFailed: {
          level: 'warning',
          message:
            'On error: Commit. The run ends as a success and keeps what the modules before it did: nothing is rolled back.',
        },
        remark: '',
      };
    case 'builtin:ignore':
      return {
        step: end('completed', 'Ignore: the error is dropped and the run ends as a success for this bundle.'),
        onFailed: {
          level: 'warning',
          message:
            'On error: Ignore. The error is dropped and the run ends as a success: nothing is rolled back.',
        },
        remark: '',
      };
    case 'builtin:resume':
      return {
        onFailed: {
          level: 'info',
          message:
            'On error: Resume. The values the directive sets stand in for its output and the run goes on.',
        },
        remark:
          "Resume: the failed module's output is replaced by the values set here and the run goes on with the next module: drawn as the failure path to that module.",
      };
    default:
      return breakDirective(directive, end, settings);
  }
}

function breakDirective(
  directive: JsonObject,
  end: (outcome: IrEnd['outcome'], message: string) => IrEnd,
  settings: ScenarioSettings,
): DirectiveOutcome {
  const mapper = isObject(directive.mapper) ? directive.mapper : {};
  // Make's defaults for Break: automatic completion on, 3 attempts, 15 minutes apart.
  const retrying = mapper.retry !== false;
  const count = whole(mapper.count) ?? 3;
  const minutes = whole(mapper.interval) ?? 15;
  const stored = settings.incompleteExecutions
    ? 'The execution is stored as incomplete for someone to finish.'
    : 'Storing incomplete executions is off in the scenario settings: Make then stops the run as an error.';
  return {
    step: end('failed', `Break: ${stored}`),
    onFailed: {
      level: 'info',
      message: retrying
        ? `On error: Break, retried ${count} times ${minutes} minutes apart, then a failed end.`
        : 'On error: Break without automatic completion: a failed end.',
    },
    ...(retrying ? { retry: { maxAttempts: count + 1, backoffMs: minutes * 60_000, multiplier: 1 } } : {}),
    remark: '',
  };
}

const whole = (value: unknown): number | undefined => {
  const number = typeof value === 'string' ? Number(value) : value;
  return typeof number === 'number' && Number.isInteger(number) && number >= 0 ? number : undefined;
};
