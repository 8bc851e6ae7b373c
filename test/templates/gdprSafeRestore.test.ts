import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintPlaybook } from '../../src/analysis';
import { parsePlaybook } from '../../src/domain/parse';
import type { Playbook } from '../../src/domain/types';
import { drill, simulate } from '../../src/simulator';
import { TEMPLATES } from '../../src/templates';

type Json = Record<string, unknown>;
const raw = (): Json => JSON.parse(readFileSync('src/templates/gdpr-safe-restore.json', 'utf8')) as Json;

function parsed(document: Json): Playbook {
  const result = parsePlaybook(document);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.playbook;
}

/** The template without its second erasure: the restore goes straight to the check. */
function resurrecting(): Playbook {
  const document = raw();
  const dropped = new Set(['re1', 're2']);
  document.nodes = (document.nodes as Json[]).filter((node) => !dropped.has(String(node.id)));
  document.edges = [
    ...(document.edges as Json[]).filter(
      (edge) => !dropped.has(String(edge.source)) && !dropped.has(String(edge.target)),
    ),
    { id: 'e-direct', source: 'r1', target: 'k1', kind: 'next' },
  ];
  document.scenarios = [];
  return parsed(document);
}

describe('the gdpr-safe-restore template (restore, then re-apply the erasures since the checkpoint)', () => {
  const playbook = parsed(raw());

  it('is offered in the library', () => {
    expect(TEMPLATES.map((template) => template.id)).toContain('gdpr-safe-restore');
  });

  it('lints clean: no error and no warning', () => {
    expect(lintPlaybook(playbook)).toEqual([]);
  });

  it('drills consistent in every run, none unreached', () => {
    const outcome = drill(playbook);
    if (!outcome.ok) throw new Error(outcome.error.message);
    const { runs, summary } = outcome.drill;
    expect(runs.filter((run) => run.consistent !== true).map((run) => run.name)).toEqual([]);
    expect(summary.notReached).toBe(0);
    // The run the template exists for: the push fails after the erasure, and the restore follows.
    expect(runs.find((run) => run.name === 's3:fail')).toMatchObject({
      outcome: 'restored',
      consistent: true,
    });
  });

  it.each(['happy', 'mailing-tool-down', 'reapply-fails', 'erasure-rejected'])(
    'meets every expectation of its scenario %s, without erased data back',
    (scenario) => {
      const outcome = simulate(playbook, { scenario });
      if (!outcome.ok) throw new Error(outcome.error.message);
      expect(outcome.result.expectations.filter((expectation) => !expectation.ok)).toEqual([]);
      expect(outcome.result.violations).toEqual([]);
    },
  );

  it('without the second erasure, is a lint error on the restore and an erased-data-restored violation', () => {
    const unsafe = resurrecting();
    expect(lintPlaybook(unsafe).filter((finding) => finding.severity === 'error')).toEqual([
      expect.objectContaining({ rule: 'restore-resurrects-erased', target: 'r1' }),
    ]);
    const outcome = simulate(unsafe, { faults: [{ node: 's3', type: 'fail' }] });
    if (!outcome.ok) throw new Error(outcome.error.message);
    expect(outcome.result.consistent).toBe(false);
    expect(outcome.result.violations).toContainEqual(
      expect.objectContaining({ invariant: 'erased-data-restored', entity: 'contacts', keys: ['c-2'] }),
    );
    const drilled = drill(unsafe);
    if (!drilled.ok) throw new Error(drilled.error.message);
    expect(drilled.drill.runs.find((run) => run.name === 's3:fail')?.consistent).toBe(false);
  });
});
