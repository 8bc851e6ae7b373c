import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlaybook } from '../../src/domain/parse';
import type { Playbook } from '../../src/domain/types';
import { runbookMarkdown } from '../../src/exporters';
import { example } from './examples';

type Json = Record<string, unknown>;

function template(edit: (document: Json) => void = () => {}): Playbook {
  const document = JSON.parse(readFileSync('src/templates/gdpr-safe-restore.json', 'utf8')) as Json;
  edit(document);
  const result = parsePlaybook(document);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.playbook;
}

/** The "Personal data" part of a runbook, up to the next part. */
const personalPart = (playbook: Playbook): string => {
  const markdown = runbookMarkdown.export(playbook).output;
  const start = markdown.indexOf('## Personal data');
  return start < 0 ? '' : markdown.slice(start, markdown.indexOf('\n## ', start + 1));
};

describe('the runbook\'s "Personal data" part', () => {
  it('says what is personal and for how long, what each snapshot copies and for how long, and what a restore brings back', () => {
    const part = personalPart(template());
    expect(part).toContain('contacts: email, name; may be kept 730 d.');
    expect(part).toContain('| "Snapshot contacts (kept 7 days)" (cp1) | contacts | deleted after 7 d |');
    expect(part).toMatch(
      /\(r1\) puts back contacts .* personal data included; erasures made since the snapshot are applied again by .*\(re1\)/,
    );
    expect(part).toMatch(/Erasures on request \(never undo them\): "Apply erasure requests" \(s2\)/);
  });

  it('warns when a restore would bring erased records back, and when a snapshot never expires', () => {
    const part = personalPart(
      template((document) => {
        const nodes = document.nodes as Json[];
        delete nodes.find((node) => node.id === 'cp1')!.expires;
        document.nodes = nodes.filter((node) => node.id !== 're1' && node.id !== 're2');
        document.edges = [
          ...(document.edges as Json[]).filter(
            (edge) =>
              !['re1', 're2'].includes(String(edge.source)) && !['re1', 're2'].includes(String(edge.target)),
          ),
          { id: 'direct', source: 'r1', target: 'k1', kind: 'next' },
        ];
        document.scenarios = [];
      }),
    );
    expect(part).toContain('| contacts | never deleted |');
    expect(part).toMatch(/\(r1\) puts back contacts .* records erased after the snapshot would come back/);
  });

  it('is left out of a playbook with no personal data', () => {
    expect(runbookMarkdown.export(example('order-fulfilment-rollback')).output).not.toContain(
      'Personal data',
    );
  });
});
