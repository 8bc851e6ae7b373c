import { describe, expect, it } from 'vitest';
import { parsePlaybook, parsePlaybookJson, serializePlaybook } from '../../src/domain/parse';
import { canonicalContent } from '../../src/review/contentHash';
import { EXAMPLE_NAMES, rawExample } from '../fixtures/examples';

// biome-ignore lint/suspicious/noExplicitAny: the tests edit raw JSON documents freely.
type Raw = any;

/** The CRM example with the personal-data members of spec section 2 on it. */
function withPersonalData(): Raw {
  const doc: Raw = rawExample('crm-merge-duplicates');
  const contacts = doc.dataModel.entities[0];
  contacts.retention = 'P30D';
  contacts.fields[1] = { ...contacts.fields[1], personal: true, category: 'contact' };
  contacts.fields[2] = { ...contacts.fields[2], personal: true };
  const step = doc.nodes.find((node: Raw) => node.kind === 'step');
  step.erasure = true;
  const checkpoint = doc.nodes.find((node: Raw) => node.kind === 'checkpoint');
  checkpoint.expires = 'P7D';
  return doc;
}

function parsed(doc: Raw) {
  const result = parsePlaybook(doc);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.playbook;
}

describe('personal data and retention members (spec section 2)', () => {
  it('are read and kept through save and load', () => {
    const playbook = parsed(withPersonalData());
    const contacts = playbook.dataModel.entities[0]!;
    expect(contacts.retention).toBe('P30D');
    expect(contacts.fields[1]).toMatchObject({ personal: true, category: 'contact' });
    expect(playbook.nodes.find((node) => node.kind === 'step')).toMatchObject({ erasure: true });
    expect(playbook.nodes.find((node) => node.kind === 'checkpoint')).toMatchObject({ expires: 'P7D' });
    const again = parsePlaybookJson(serializePlaybook(playbook));
    expect(again.ok && again.playbook).toEqual(playbook);
  });

  it.each(EXAMPLE_NAMES)('leave an older file (%s) exactly as it was: no member is added on load', (name) => {
    const playbook = parsed(rawExample(name));
    const saved = serializePlaybook(playbook);
    expect(saved).not.toMatch(/"(personal|category|retention|erasure|expires)"/);
    // The content hash reads the same canonical text, so an approval of the old file still holds.
    expect(canonicalContent(playbook)).not.toMatch(/"(personal|category|retention|erasure|expires)"/);
  });

  it('refuse a category on a field that is not personal, pointing at the category', () => {
    const doc = withPersonalData();
    doc.dataModel.entities[0].fields[0].category = 'identity';
    const result = parsePlaybook(doc);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toContainEqual(
      expect.objectContaining({
        path: '/dataModel/entities/0/fields/0/category',
        message: expect.stringMatching(/personal/),
      }),
    );
  });

  it.each([
    [
      'an unknown category',
      (doc: Raw) => (doc.dataModel.entities[0].fields[1].category = 'secret'),
      '/dataModel/entities/0/fields/1/category',
    ],
    [
      'a retention that is not a duration',
      (doc: Raw) => (doc.dataModel.entities[0].retention = '30 days'),
      '/dataModel/entities/0/retention',
    ],
    ['an expiry in months', (doc: Raw) => (doc.nodes[1].expires = 'P1M'), '/nodes/1/expires'],
    ['erasure that is not true/false', (doc: Raw) => (doc.nodes[3].erasure = 'yes'), '/nodes/3/erasure'],
  ])('refuse %s', (_name, mutate, path) => {
    const doc = withPersonalData();
    mutate(doc);
    const result = parsePlaybook(doc);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => error.path)).toContain(path);
  });
});
