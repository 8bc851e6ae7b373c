import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlaybook } from '../../../src/domain';
import { drill } from '../../../src/simulator';
import { fixtureText, importFixture, unguardedWrites } from '../make/importFixture';
import { runFromEveryTrigger, structuralErrors } from '../playbookChecks';

const files = readdirSync(new URL('../../fixtures/importers/n8n/', import.meta.url)).filter((file) =>
  file.endsWith('.json'),
);

/** Every node of the file, read without the importer: the ids the report must account for. */
function sourceNodeIds(file: string): string[] {
  const document = JSON.parse(fixtureText(`n8n/${file}`)) as {
    nodes?: unknown[];
    workflow?: { nodes: unknown[] };
  };
  const nodes = (document.nodes ?? document.workflow?.nodes ?? []) as { id?: string; name: string }[];
  return nodes.map((node) => node.id ?? node.name);
}

describe.each(files)('n8n fixture %s', (file) => {
  const result = importFixture(`n8n/${file}`);

  it('is detected as n8n and its playbook validates', () => {
    expect(result.format).toBe('n8n');
    expect(parsePlaybook(result.playbook).ok).toBe(true);
  });

  it('the report accounts for every node of the file', () => {
    const reported = new Set(result.report.map((entry) => entry.source.id));
    expect(sourceNodeIds(file).filter((id) => !reported.has(id))).toEqual([]);
  });

  it('every write is compensated, marked irreversible, or flagged attention', () => {
    expect(unguardedWrites(result)).toEqual([]);
  });

  it('simulates from every trigger, and every node is reachable and reaches an end', () => {
    for (const run of runFromEveryTrigger(result.playbook)) expect(run.consistent).toBe(true);
    expect(structuralErrors(result.playbook)).toEqual([]);
  });

  it('every step that changes data comes back on rollback: a failing step leaves the data as it was', () => {
    if (result.playbook.nodes.filter((node) => node.kind === 'trigger').length !== 1) return;
    const drilled = drill(result.playbook);
    if (!drilled.ok) expect.fail(drilled.error.message);
    // A step without a failure edge that fails outright: the implicit rollback undoes every write.
    const failing = new Set(
      result.playbook.edges.filter((edge) => edge.kind === 'failure').map((edge) => edge.source),
    );
    const steps = new Set(
      result.playbook.nodes
        .filter((node) => node.kind === 'step' && !failing.has(node.id))
        .map((node) => node.id),
    );
    const failRuns = drilled.drill.runs.filter((run) => run.fault === 'fail' && steps.has(run.node ?? ''));
    expect(failRuns.length).toBeGreaterThan(0);
    for (const run of failRuns) expect(run.consistent, run.name).toBe(true);
  });
});
