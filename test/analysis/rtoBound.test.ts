import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rtoBudget } from '../../src/analysis';
import { parsePlaybook } from '../../src/domain/parse';
import type { Playbook } from '../../src/domain/types';
import { drill, simulate } from '../../src/simulator';
import { arbitraryPlaybook } from '../fixtures/arbitraryPlaybook';
import { EXAMPLE_NAMES, rawExample } from '../fixtures/examples';

const parsed = (raw: unknown): Playbook => {
  const result = parsePlaybook(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.playbook;
};

/** Every recoveryMs the simulator reports for a playbook: its scenarios and its whole drill. */
function simulatedRecoveries(playbook: Playbook): number[] {
  const recoveries: number[] = [];
  for (const scenario of playbook.scenarios) {
    const run = simulate(playbook, { scenario: scenario.id });
    if (run.ok) recoveries.push(run.result.recoveryMs);
  }
  const drilled = drill(playbook);
  if (drilled.ok) {
    for (const run of drilled.drill.runs) if (run.recoveryMs !== null) recoveries.push(run.recoveryMs);
  }
  return recoveries;
}

describe('the RTO budget bounds every simulated recovery', () => {
  it.each(EXAMPLE_NAMES)('%s: no scenario or drill run recovers slower than the budget', (name) => {
    const playbook = parsed(rawExample(name));
    const budget = rtoBudget(playbook).worstCaseMs;
    const recoveries = simulatedRecoveries(playbook);
    expect(recoveries.length).toBeGreaterThan(0);
    expect(Math.max(...recoveries)).toBeLessThanOrEqual(budget);
  });

  it('holds on generated playbooks', () => {
    fc.assert(
      fc.property(arbitraryPlaybook, (raw) => {
        const result = parsePlaybook(raw);
        if (!result.ok) return;
        const budget = rtoBudget(result.playbook).worstCaseMs;
        for (const recoveryMs of simulatedRecoveries(result.playbook))
          expect(recoveryMs).toBeLessThanOrEqual(budget);
      }),
      { numRuns: 40 },
    );
  });
});
