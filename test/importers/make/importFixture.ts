import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { Edge, Playbook } from '../../../src/domain/types';
import { importWorkflow } from '../../../src/importers';
import type { ImportResult, ReportEntry } from '../../../src/importers/types';

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
