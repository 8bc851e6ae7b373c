import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findExporter } from '../../../src/exporters';
import { importWorkflow } from '../../../src/importers';
import { playbookArb } from '../../simulator/arbitraryPlaybook';
import { expectedRecoveryOrder, walkHappyPath } from './recoveryWalk';

/**
 * Issue 17 item 4 for n8n: the export is the recovery only (no forward steps), so of the shared
 * round-trip checks only the recovery order applies: importing the export back with the n8n
 * importer and walking it with every step completed meets the undos in the plan's order.
 * 100 random playbooks by default; ROUNDTRIP_RUNS=1000 as for the other targets.
 */
const RUNS = Number(process.env.ROUNDTRIP_RUNS ?? 100);

describe('round trip through n8n keeps the recovery order', () => {
  it(`n8n (${RUNS} random playbooks)`, { timeout: 60_000 + RUNS * 200 }, () => {
    const exporter = findExporter('n8n')!;
    let withUndos = 0;
    fc.assert(
      fc.property(playbookArb, (playbook) => {
        const imported = importWorkflow(exporter.export(playbook).output, { from: 'n8n' });
        if (!imported.ok) throw new Error(`n8n: ${imported.error.message}`);
        const expected = expectedRecoveryOrder(playbook);
        if (expected.length > 1) withUndos += 1;
        const walked = walkHappyPath(imported.playbook).filter((label) => expected.includes(label));
        expect(walked).toEqual(expected);
      }),
      { numRuns: RUNS },
    );
    // Not vacuous: a good share of the playbooks undo two steps or more, so the order is tested.
    expect(withUndos).toBeGreaterThan(RUNS / 10);
  });
});
