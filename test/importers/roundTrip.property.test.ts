import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlaybook } from '../../src/domain/parse';
import { findExporter } from '../../src/exporters/registry';
import { importWorkflow } from '../../src/importers';
import { playbookArb } from '../simulator/arbitraryPlaybook';
import { roundTripDifferences } from './roundTripChecks';

/**
 * Issue 17 item 2: for every target, export → import gives back the playbook's steps,
 * compensations, order, retries, failure paths, approvals and decisions, except what the export's
 * `losses` declared. 100 random playbooks per target by default; ROUNDTRIP_RUNS=1000 for the bar.
 */
const RUNS = Number(process.env.ROUNDTRIP_RUNS ?? 100);

const TARGETS = [
  ['step-functions', 'asl'],
  ['bpmn', 'bpmn'],
  ['serverless-workflow-yaml', 'serverless-workflow'],
  ['serverless-workflow-json', 'serverless-workflow'],
] as const;

describe('round trip: export, then import, gives the playbook back', () => {
  for (const [target, format] of TARGETS) {
    it(`${target} (${RUNS} random playbooks)`, { timeout: 60_000 + RUNS * 200 }, () => {
      const exporter = findExporter(target)!;
      fc.assert(
        fc.property(playbookArb, (playbook) => {
          const { output, losses } = exporter.export(playbook);
          const imported = importWorkflow(output);
          if (!imported.ok) throw new Error(`${target}: ${imported.error.message}`);
          expect(imported.format).toBe(format);
          expect(parsePlaybook(imported.playbook).ok).toBe(true);
          expect(roundTripDifferences(playbook, imported.playbook, losses)).toEqual([]);
        }),
        { numRuns: RUNS },
      );
    });
  }
});
