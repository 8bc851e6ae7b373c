import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlaybook } from '../../../src/domain';
import {
  expectSimulatesAndFaultsMatter,
  importFixture,
  nodeOf,
  unguardedWrites,
} from '../make/importFixture';
import { sourceElements } from './sourceElements';

const files = readdirSync(new URL('../../fixtures/importers/power-automate/', import.meta.url)).filter(
  (file) => file.endsWith('.json'),
);

describe.each(files)('Power Automate fixture %s', (file) => {
  const result = importFixture(`power-automate/${file}`);

  it('every write is compensated, marked irreversible, or flagged attention', () => {
    expect(unguardedWrites(result)).toEqual([]);
  });

  it('is detected as Power Automate and its playbook validates', () => {
    expect(result.format).toBe('power-automate');
    const parsed = parsePlaybook(result.playbook);
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
  });

  it('the report mentions every trigger and action of the definition, once or more', () => {
    const reported = new Set(result.report.map((entry) => entry.source.id));
    for (const element of sourceElements(`power-automate/${file}`)) expect(reported).toContain(element);
  });

  it('the playbook runs in the simulator, and a failing first write without a failure path does not complete', () => {
    expectSimulatesAndFaultsMatter(result);
  });

  it('node labels keep the names shown in the designer', () => {
    const first = sourceElements(`power-automate/${file}`)[0] as string;
    expect(nodeOf(result, first).label).toBe(first.replace(/_/g, ' '));
  });
});
