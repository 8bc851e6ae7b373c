import { describe, expect, it } from 'vitest';
import { parsePlaybookJson } from '../../src/domain/parse';
import { EXPORTERS, exportPlaybook, findExporter } from '../../src/exporters';
import { EXAMPLES, example } from './examples';

const error = {
  rule: 'compensation-required',
  severity: 'error' as const,
  target: 's1',
  message: 'Step s1 has no undo',
};
const warning = { rule: 'rto-budget', severity: 'warn' as const, target: null, message: 'Close to the RTO' };

describe('the export registry', () => {
  it('every exporter has a unique id, a label, an extension and a media type', () => {
    const ids = EXPORTERS.map((exporter) => exporter.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const exporter of EXPORTERS) {
      expect(exporter.label).not.toBe('');
      expect(exporter.extension).toMatch(/^[a-z0-9.]+$/);
      expect(exporter.mediaType).toMatch(/^[a-z]+\/[a-z+.-]+$/);
    }
  });

  it('accepts the short names of the issue as synonyms', () => {
    expect(findExporter('asl')?.id).toBe('step-functions');
    expect(findExporter('serverless-workflow')?.id).toBe('serverless-workflow-yaml');
    expect(findExporter('markdown')?.id).toBe('runbook-md');
    expect(findExporter('json')?.id).toBe('rollbook-json');
  });

  it('refuses a playbook with lint errors and says why', () => {
    const outcome = exportPlaybook(example('minimal-saga'), 'bpmn', { findings: [error, warning] });
    expect(outcome).toMatchObject({ ok: false, reason: 'refused' });
    expect(outcome.ok ? [] : outcome.reasons).toContain('compensation-required at s1: Step s1 has no undo');
  });

  it('exports despite lint errors when forced, and the losses say so', () => {
    const outcome = exportPlaybook(example('minimal-saga'), 'bpmn', { findings: [error], force: true });
    expect(outcome.ok).toBe(true);
    expect(outcome.ok && outcome.losses[0]).toBe(
      'Exported despite 1 lint error: compensation-required at s1: Step s1 has no undo',
    );
  });

  it('warnings alone do not refuse an export', () => {
    expect(exportPlaybook(example('minimal-saga'), 'bpmn', { findings: [warning] }).ok).toBe(true);
  });

  it('an unknown format is reported with the list of formats', () => {
    const outcome = exportPlaybook(example('minimal-saga'), 'visio');
    expect(outcome).toMatchObject({ ok: false, reason: 'unknown-format' });
  });

  it.each(EXAMPLES)('%s: the native JSON re-exports byte-identically after a round trip', (name) => {
    const first = exportPlaybook(example(name), 'rollbook-json');
    if (!first.ok) throw new Error('export failed');
    const reparsed = parsePlaybookJson(first.output);
    if (!reparsed.ok) throw new Error(JSON.stringify(reparsed.errors));
    const second = exportPlaybook(reparsed.playbook, 'rollbook-json');
    expect(second.ok && second.output).toBe(first.output);
  });

  it('every exporter is pure: the same playbook gives the same bytes', () => {
    for (const exporter of EXPORTERS) {
      expect(exporter.export(example('crm-merge-duplicates')).output).toBe(
        exporter.export(example('crm-merge-duplicates')).output,
      );
    }
  });
});
