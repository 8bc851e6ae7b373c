import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { Edge, Playbook } from '../../../src/domain/types';
import { importWorkflow } from '../../../src/importers';
import type { ImportFrom, ImportResult, ReportEntry } from '../../../src/importers/types';
import { simulate } from '../../../src/simulator';

const FIXTURES = new URL('../../fixtures/importers/', import.meta.url);

/** A platform fixture's text (`make/router.json`, `power-automate/loops.json`). */
export const fixtureText = (path: string): string => readFileSync(new URL(path, FIXTURES), 'utf8');

/** Imports a fixture with format detection and fails the test with the error when it does not import. */
export function importFixture(path: string): ImportResult {
  const outcome = importWorkflow(fixtureText(path));
  if (!outcome.ok) expect.fail(`${path}: ${outcome.error.message}`);
  return outcome;
}

/** The report entries about one source element (by its own id). */
export const entriesFor = (result: ImportResult, sourceId: string): ReportEntry[] =>
  result.report.filter((entry) => entry.source.id === sourceId);

/** The playbook node a source element became; fails the test when it became none. */
export function nodeOf(result: ImportResult, sourceId: string): Playbook['nodes'][number] {
  const id = entriesFor(result, sourceId).find((entry) => entry.node !== null)?.node;
  const node = result.playbook.nodes.find((candidate) => candidate.id === id);
  if (!node) expect.fail(`no node for source element "${sourceId}"`);
  return node;
}

export const edgesFrom = (playbook: Playbook, source: string, kind?: Edge['kind']): Edge[] =>
  playbook.edges.filter((edge) => edge.source === source && (kind === undefined || edge.kind === kind));

/**
 * The node a run reaches from `from` over edges of `kind`, skipping the nodes the builder adds in
 * between (approvals before sends, snapshots before updates): the first node made from a source element.
 */
export function reachedOver(result: ImportResult, from: string, kind: Edge['kind']): string[] {
  const fromSource = new Set(
    result.report.map((entry) => entry.node).filter((id): id is string => id !== null),
  );
  const added = (id: string) => !fromSource.has(id);
  const walk = (id: string, seen: Set<string>): string[] => {
    if (!added(id) || seen.has(id)) return [id];
    seen.add(id);
    return edgesFrom(result.playbook, id, 'next').flatMap((edge) => walk(edge.target, seen));
  };
  return edgesFrom(result.playbook, from, kind).flatMap((edge) => walk(edge.target, new Set()));
}

/**
 * The bar of issue 14: every step that writes (has effects, or was flagged as unknown) is
 * compensated, marked irreversible, or has an attention entry. Returns the steps that are none.
 */
export function unguardedWrites(result: ImportResult): string[] {
  const compensated = new Set(
    result.playbook.edges.filter((edge) => edge.kind === 'compensate').map((edge) => edge.source),
  );
  const attention = new Set(
    result.report.filter((entry) => entry.level === 'attention').map((entry) => entry.node),
  );
  return result.playbook.nodes
    .filter((node) => node.kind === 'step' && node.effects.length > 0)
    .filter(
      (node) =>
        !compensated.has(node.id) && !(node.kind === 'step' && node.irreversible) && !attention.has(node.id),
    )
    .map((node) => node.id);
}

/** Imports JSON text (detection on unless `from` says) and fails the test with the error when it does not import. */
export function importText(text: string, from?: ImportFrom): ImportResult {
  const outcome = importWorkflow(text, from ? { from } : {});
  if (!outcome.ok) expect.fail(outcome.error.message);
  return outcome;
}

/** Every node a run can reach from `from` over next, branch and failure edges. */
export function reachableFrom(playbook: Playbook, from: string): Set<string> {
  const reachable = new Set<string>();
  const visit = (node: string) => {
    if (reachable.has(node)) return;
    reachable.add(node);
    for (const edge of playbook.edges)
      if (edge.source === node && edge.kind !== 'compensate') visit(edge.target);
  };
  visit(from);
  return reachable;
}

/**
 * The playbook runs in the simulator; a fault on a write that the clean run passed through and
 * that has no failure path keeps the run from completing.
 */
export function expectSimulatesAndFaultsMatter(result: ImportResult): void {
  const clean = simulate(result.playbook);
  if (!clean.ok) expect.fail(clean.error.message);
  const handled = new Set(
    result.playbook.edges.filter((edge) => edge.kind === 'failure').map((edge) => edge.source),
  );
  const visited = new Set(Object.keys(clean.result.metrics.nodes));
  const write = result.playbook.nodes.find(
    (node) =>
      node.kind === 'step' && node.effects.length > 0 && !handled.has(node.id) && visited.has(node.id),
  );
  if (!write) return;
  const faulted = simulate(result.playbook, { faults: [{ node: write.id, type: 'fail' }] });
  if (!faulted.ok) expect.fail(faulted.error.message);
  expect(faulted.result.outcome).not.toBe('completed');
}
