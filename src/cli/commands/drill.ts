import { formatHumanDuration } from '../../lib/duration';
import { type DrillResult, drill } from '../../simulator';
import { poolSizeFor } from '../../simulator/drillPool';
import { option } from '../args';
import type { CliCommand } from '../command';
import { defaultDrillWorkers, drillOnThreads } from '../drillThreads';
import { CliUsageError, EXIT, printJson } from '../io';
import { overPlaybook } from '../loadPlaybook';

/** The readable drill: one line per run, then the summary. */
export function formatDrillReport(result: DrillResult): string {
  const lines = [`Drill of ${result.playbook}: ${result.runs.length} runs`];
  for (const run of result.runs) {
    const name = run.name.padEnd(28);
    if (run.status === 'not reached') {
      lines.push(`  ${name} NOT REACHED: no earlier drill run executed ${run.node}`);
      continue;
    }
    const rto = run.withinRto === null ? '' : run.withinRto ? ', within RTO' : ', OVER RTO';
    lines.push(
      `  ${name} ${String(run.outcome).padEnd(20)} ${run.consistent ? 'consistent    ' : 'INCONSISTENT  '} recovery ${formatHumanDuration(run.recoveryMs ?? 0)}${rto}${run.basedOn ? ` (on ${run.basedOn})` : ''}`,
    );
  }
  const { summary } = result;
  lines.push(
    `Summary: ${summary.consistent}/${summary.runs} consistent, ${summary.withinRto}/${summary.runs} within RTO, ${summary.notReached} not reached, worst recovery ${formatHumanDuration(summary.worstRecoveryMs)} (${summary.worstRecoveryMs} ms)`,
  );
  return `${lines.join('\n')}\n`;
}

export const drillCommand: CliCommand = {
  name: 'drill',
  summary: 'run every fault against every node (exit 0 when every run is consistent and every node reached)',
  usage: 'rollbook drill FILE [--workers N] [--json]',
  options: [
    option.value(
      'workers',
      'N',
      'run the drill on N worker threads (default: the number of cores); 1 runs it in one thread',
    ),
  ],
  run: overPlaybook(
    (args) => workersOf(args.values.get('workers')),
    async ({ playbook, options: workers, io, json }) => {
      // The rows are the same on any number of threads (test/simulator/drillPool.test.ts).
      const threads = poolSizeFor(playbook, workers);
      const outcome =
        threads > 1 && io.drillWorkerEntry
          ? await drillOnThreads(playbook, threads, io.drillWorkerEntry)
          : drill(playbook);
      if (!outcome.ok) throw new CliUsageError(outcome.error.message);
      const { runs, summary } = outcome.drill;
      if (json) printJson(io, { runs, summary });
      else io.stdout(formatDrillReport(outcome.drill));
      return summary.consistent === summary.runs && summary.notReached === 0 ? EXIT.ok : EXIT.failed;
    },
  ),
};

function workersOf(text: string | undefined): number {
  if (text === undefined) return defaultDrillWorkers();
  const workers = Number(text);
  if (!Number.isInteger(workers) || workers < 1 || workers > 64)
    throw new CliUsageError(`--workers takes a whole number from 1 to 64, not "${text}"`);
  return workers;
}
