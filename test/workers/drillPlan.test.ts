import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlaybook } from '../../src/domain/parse';
import type { Playbook } from '../../src/domain/types';
import { drill, simulate } from '../../src/simulator';
import { drillEntries, drillResultOf, drillSize } from '../../src/workers/drillPlan';

const folder = new URL('../../src/templates/examples/', import.meta.url);
const examples: [string, Playbook][] = readdirSync(folder)
  .filter((file) => file.endsWith('.json'))
  .map((file) => {
    const parsed = parsePlaybook(JSON.parse(readFileSync(new URL(file, folder), 'utf8')));
    if (!parsed.ok) throw new Error(`${file} is invalid`);
    return [file, parsed.playbook];
  });

describe('the worker drill plan', () => {
  it.each(examples)('makes exactly the runs drill() makes, in its order, for %s', (_file, playbook) => {
    const expected = drill(playbook);
    if (!expected.ok) throw new Error(expected.error.message);
    const entries = [...drillEntries(playbook)];
    expect(drillResultOf(playbook, entries)).toEqual(expected.drill);
    expect(entries).toHaveLength(drillSize(playbook));
  });

  it.each(examples)('keeps the inputs that reproduce each run of %s', (_file, playbook) => {
    for (const entry of drillEntries(playbook)) {
      if (entry.run.status !== 'run') continue;
      const again = simulate(playbook, {
        faults: entry.faults,
        approvals: entry.approvals,
        seed: playbook.id,
      });
      if (!again.ok) throw new Error(again.error.message);
      expect(again.result.outcome).toBe(entry.run.outcome);
      expect(again.result.consistent).toBe(entry.run.consistent);
      expect(again.result.recoveryMs).toBe(entry.run.recoveryMs);
    }
  });
});
