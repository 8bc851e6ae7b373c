import { FaultSchema } from '../../domain/schema/scenario';
import type { Fault } from '../../domain/types';
import { formatHumanDuration } from '../../lib/duration';
import { type SimulationResult, simulate } from '../../simulator';
import { option } from '../args';
import type { CliCommand } from '../command';
import { CliUsageError, EXIT, printJson } from '../io';
import { overPlaybook } from '../loadPlaybook';

/** `NODE:TYPE[:PARAM]`: PARAM is the attempts of fail/timeout, the fraction of partial, the duration of outage. */
export function parseFaultArg(text: string): Fault {
  const [node, type, param, ...rest] = text.split(':');
  if (!node || !type || rest.length > 0)
    throw new CliUsageError(`--fault "${text}" is not NODE:TYPE[:PARAM]`);
  if (type === 'corrupt')
    throw new CliUsageError('--fault corrupt needs a mutation: put it in a scenario of the file');
  const raw: Record<string, unknown> = { node, type };
  if (param !== undefined) {
    if (type === 'fail' || type === 'timeout') raw.attempts = Number(param);
    else if (type === 'partial') raw.fraction = Number(param);
    else if (type === 'outage') raw.duration = param;
    else throw new CliUsageError(`--fault ${type} takes no parameter`);
  }
  const parsed = FaultSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CliUsageError(
      `--fault "${text}": ${issue ? `${issue.path.join('.') || 'type'}: ${issue.message}` : 'invalid'}`,
    );
  }
  return parsed.data;
}

const ms = (value: number) => `${formatHumanDuration(value)} (${value} ms)`;

/** The readable report: outcome, timings against the RTO, data, violations, diff, expectations, events. */
export function formatSimulationReport(result: SimulationResult, rto: string | undefined): string {
  const lines: string[] = [];
  lines.push(`Playbook ${result.playbook}${result.scenario ? `, scenario ${result.scenario}` : ''}`);
  lines.push(
    `  outcome      ${result.outcome}${result.endNode ? ` at ${result.endNode}` : ' (no end node)'}`,
  );
  lines.push(`  elapsed      ${ms(result.elapsedMs)}`);
  const verdict =
    result.withinRto === null ? 'no RTO set' : `RTO ${rto}: ${result.withinRto ? 'within' : 'EXCEEDED'}`;
  lines.push(`  recovery     ${ms(result.recoveryMs)}, ${verdict}`);
  lines.push(
    `  data         ${result.consistent ? 'consistent' : 'NOT consistent'}${result.expected ? ` (expected: ${result.expected})` : ' (only model invariants count)'}`,
  );
  lines.push(
    `  compensations ${result.metrics.compensations.succeeded}/${result.metrics.compensations.run} succeeded`,
  );
  lines.push('Violations');
  if (result.violations.length === 0) lines.push('  none');
  for (const violation of result.violations)
    lines.push(
      `  ${violation.invariant}${violation.entity ? ` ${violation.entity}` : ''}${violation.keys.length > 0 ? ` [${violation.keys.join(', ')}]` : ''}: ${violation.message}`,
    );
  lines.push(`Diff${result.expected ? ` against ${result.expected}` : ' against the initial data'}`);
  const entities = Object.entries(result.diff);
  if (entities.length === 0) lines.push('  none');
  for (const [entity, diff] of entities) {
    const parts = [
      ...diff.added.map((key) => `+${key}`),
      ...diff.removed.map((key) => `-${key}`),
      ...diff.changed.map((change) => `~${change.key} (${change.fields.join(', ')})`),
    ];
    lines.push(`  ${entity}: ${parts.join(' ')}`);
  }
  lines.push('Expectations');
  if (result.expectations.length === 0) lines.push('  none');
  for (const expectation of result.expectations)
    lines.push(
      `  ${expectation.ok ? 'ok  ' : 'FAIL'} ${expectation.name}: expected ${String(expectation.expected)}${expectation.ok ? '' : `, got ${String(expectation.actual)}`}`,
    );
  lines.push(`Events (${result.events.length})`);
  for (const event of result.events)
    lines.push(
      `  ${String(event.atMs).padStart(9)} ms  ${(event.node ?? '-').padEnd(14)} ${event.type.padEnd(16)} ${event.message}`,
    );
  return `${lines.join('\n')}\n`;
}

export const simulateCommand: CliCommand = {
  name: 'simulate',
  summary: 'dry-run a playbook against its data (exit 0 when every expectation holds, 1 otherwise)',
  usage: 'rollbook simulate FILE [--scenario ID] [--fault NODE:TYPE[:PARAM]]... [--seed N] [--json]',
  options: [
    option.value('scenario', 'ID', 'run this scenario of the file'),
    option.list(
      'fault',
      'NODE:TYPE[:PARAM]',
      'inject a fault: fail[:attempts], timeout[:attempts], partial[:fraction], duplicate, outage[:duration]',
    ),
    option.value('seed', 'N', 'seed of {{id}} (default: the scenario id)'),
  ],
  run: overPlaybook(
    (args) => {
      const faults = (args.lists.get('fault') ?? []).map(parseFaultArg);
      const seedText = args.values.get('seed');
      if (seedText !== undefined && !/^-?\d+$/.test(seedText))
        throw new CliUsageError(`--seed must be an integer, not "${seedText}"`);
      return { faults, seedText };
    },
    ({ playbook, options: { faults, seedText }, args, io, json }) => {
      const scenario = args.values.get('scenario');
      const run = simulate(playbook, {
        ...(scenario === undefined ? {} : { scenario }),
        faults,
        ...(seedText === undefined ? {} : { seed: Number(seedText) }),
      });
      if (!run.ok) throw new CliUsageError(run.error.message);
      if (json) printJson(io, run.result);
      else io.stdout(formatSimulationReport(run.result, playbook.objectives.rto));
      return run.result.expectations.every((expectation) => expectation.ok) ? EXIT.ok : EXIT.failed;
    },
  ),
};
