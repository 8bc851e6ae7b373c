import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintPlaybook } from '../../src/analysis';
import { maskPersonalData, personalSampleCount } from '../../src/domain/maskPersonalData';
import { parsePlaybook, serializePlaybook } from '../../src/domain/parse';
import type { Playbook } from '../../src/domain/types';
import { rawExample } from '../fixtures/examples';

type Json = Record<string, unknown>;

function parsed(document: unknown): Playbook {
  const result = parsePlaybook(document);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.playbook;
}

const template = () => parsed(JSON.parse(readFileSync('src/templates/gdpr-safe-restore.json', 'utf8')));

/** Leads keyed by their e-mail (personal), and signups that refer to a lead by e-mail. */
function keyedByEmail(): Playbook {
  const document = rawExample('minimal-saga') as Json;
  const existing = document.dataModel as { entities: Json[] };
  document.dataModel = {
    entities: [
      ...existing.entities,
      {
        name: 'leads',
        key: 'email',
        fields: [
          { name: 'email', type: 'string', personal: true, category: 'contact' },
          { name: 'score', type: 'integer', personal: true },
          { name: 'seenAt', type: 'timestamp', personal: true },
        ],
      },
      {
        name: 'signups',
        key: 'id',
        fields: [
          { name: 'id', type: 'string' },
          { name: 'lead', type: 'string' },
        ],
        references: [{ field: 'lead', entity: 'leads' }],
      },
    ],
  };
  document.dataset = {
    ...(document.dataset as Json),
    leads: [
      { email: 'ana@example.com', score: 7, seenAt: '2024-05-01T10:00:00Z' },
      { email: 'bo@example.com', score: 7 },
    ],
    signups: [
      { id: 's-1', lead: 'bo@example.com' },
      { id: 's-2', lead: 'ana@example.com' },
    ],
  };
  return parsed(document);
}

describe('masking the personal values of the sample dataset', () => {
  it('counts the personal values the dataset holds', () => {
    expect(personalSampleCount(template())).toBe(6);
    expect(personalSampleCount(keyedByEmail())).toBe(5);
    expect(personalSampleCount(parsed(rawExample('minimal-saga')))).toBe(0);
  });

  it('replaces every personal value and keeps every other', () => {
    const original = template();
    const masked = maskPersonalData(original);
    const text = serializePlaybook(masked);
    for (const value of ['ana.lima@example.com', 'Ana Lima', 'bo.berg@example.com', 'Cy Dahl'])
      expect(text).not.toContain(value);
    expect(masked.dataset.contacts!.map((record) => [record.id, record.segment])).toEqual(
      original.dataset.contacts!.map((record) => [record.id, record.segment]),
    );
    expect(masked.dataset.contacts![0]!.email).toMatch(/^person-\d+@example\.invalid$/);
    expect(masked.dataset.erasureLog).toEqual(original.dataset.erasureLog);
    expect(masked.nodes).toBe(original.nodes);
    expect(original.dataset.contacts![0]!.email).toBe('ana.lima@example.com');
  });

  it('keeps keys unique, references resolving and types valid, so the masked file lints as the original', () => {
    const original = keyedByEmail();
    const masked = maskPersonalData(original);
    const leads = masked.dataset.leads!;
    expect(new Set(leads.map((lead) => lead.email)).size).toBe(2);
    expect(masked.dataset.signups!.map((signup) => signup.lead)).toEqual([leads[1]!.email, leads[0]!.email]);
    expect(leads.map((lead) => typeof lead.score)).toEqual(['number', 'number']);
    expect(leads[0]!.score).toBe(leads[1]!.score);
    expect(leads[0]!.seenAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(leads[1]).not.toHaveProperty('seenAt');
    const rules = (playbook: Playbook) =>
      lintPlaybook(playbook).filter((finding) => finding.rule === 'dataset-consistent');
    expect(rules(masked)).toEqual(rules(original));
    expect(parsePlaybook(JSON.parse(serializePlaybook(masked))).ok).toBe(true);
  });

  it('leaves a playbook with no personal field as it is', () => {
    const playbook = parsed(rawExample('crm-merge-duplicates'));
    expect(maskPersonalData(playbook)).toBe(playbook);
  });
});
