import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlaybook } from '../../../src/domain/parse';
import { importWorkflow } from '../../../src/importers';
import { simulate } from '../../../src/simulator';
import { arbitraryMakeFile, arbitraryPowerAutomateFile } from './platformShapes';

/** Imported: the playbook validates and runs from each trigger. Refused: a message says why. */
function importsCleanly(file: unknown, from: 'make' | 'power-automate') {
  const outcome = importWorkflow(JSON.stringify(file), { from });
  if (!outcome.ok) {
    expect(outcome.error.message.length).toBeGreaterThan(0);
    expect(outcome.error.message).not.toMatch(/please report this/);
    return;
  }
  const parsed = parsePlaybook(outcome.playbook);
  expect(parsed.ok ? [] : parsed.errors).toEqual([]);
  for (const trigger of outcome.playbook.nodes.filter((node) => node.kind === 'trigger')) {
    const run = simulate(outcome.playbook, {
      scenario: { id: 'probe', name: 'probe', trigger: trigger.id, faults: [], approvals: {}, expect: {} },
    });
    expect(run.ok, run.ok ? '' : run.error.message).toBe(true);
  }
}

describe('Make and Power Automate shaped files, hostile details included', () => {
  it('any Power Automate shaped file imports to a playbook that validates and simulates, or is refused with a message', () => {
    fc.assert(
      fc.property(arbitraryPowerAutomateFile, (file) => importsCleanly(file, 'power-automate')),
      { numRuns: 200 },
    );
  });

  it('any Make shaped file imports to a playbook that validates and simulates, or is refused with a message', () => {
    fc.assert(
      fc.property(arbitraryMakeFile, (file) => importsCleanly(file, 'make')),
      { numRuns: 200 },
    );
  });
});
