import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlaybook } from '../../src/domain/parse';
import { importWorkflow, importWorkflowDocument } from '../../src/importers';
import { buildPlaybook } from '../../src/importers/builder/buildPlaybook';
import { arbitraryIrWorkflow, arbitraryN8nFile } from './arbitraryWorkflows';
import { runFromEveryTrigger, structuralErrors } from './playbookChecks';

describe('importing never throws (issue 14 item 8)', () => {
  it('any string gives a result or a clear error', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const outcome = importWorkflow(text);
        if (!outcome.ok) expect(outcome.error.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('any JSON value gives a result or a clear error, and a result validates', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const outcome = importWorkflow(JSON.stringify(value) ?? 'null');
        if (!outcome.ok) {
          expect(outcome.error.message.length).toBeGreaterThan(0);
          return;
        }
        expect(parsePlaybook(outcome.playbook).ok).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('any n8n-shaped file, hostile details included, imports to a playbook that validates and simulates, or is refused with a message', () => {
    fc.assert(
      fc.property(arbitraryN8nFile, (file) => {
        const outcome = importWorkflowDocument(file, { from: 'n8n' });
        if (!outcome.ok) {
          expect(['empty', 'unknown-format']).toContain(outcome.error.kind);
          return;
        }
        expect(parsePlaybook(outcome.playbook).ok).toBe(true);
        runFromEveryTrigger(outcome.playbook);
        expect(structuralErrors(outcome.playbook)).toEqual([]);
        const nodes = (file as { nodes: unknown[] }).nodes;
        // Every element of the source is accounted for: at least one entry per node.
        expect(
          outcome.report.filter(
            (entry) => entry.source.type !== 'workflow' && entry.source.type !== 'settings.errorWorkflow',
          ).length,
        ).toBeGreaterThanOrEqual(nodes.length);
      }),
      { numRuns: 200 },
    );
  });

  it('any neutral workflow (loops, fan-outs, dangling links) builds a playbook whose every node is reachable and reaches an end', () => {
    fc.assert(
      fc.property(arbitraryIrWorkflow, (workflow) => {
        const built = buildPlaybook(workflow);
        if (!built.ok) {
          expect(built.error.kind).toBe('empty');
          return;
        }
        runFromEveryTrigger(built.playbook);
        expect(structuralErrors(built.playbook)).toEqual([]);
        // One entry per step of the source, then the workflow's own.
        const sources = new Set(built.report.map((entry) => entry.source.id));
        for (const step of workflow.steps) expect(sources.has(step.source.id)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
