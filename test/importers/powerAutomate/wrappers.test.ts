import { describe, expect, it } from 'vitest';
import { parsePlaybook } from '../../../src/domain';
import { importWorkflow } from '../../../src/importers';
import { fixtureText, importFixture, importText } from '../make/importFixture';

const definition = JSON.parse(fixtureText('power-automate/bare-definition.json'));
const labelsOf = (text: string) => {
  const outcome = importWorkflow(text);
  if (!outcome.ok) expect.fail(outcome.error.message);
  expect(outcome.format).toBe('power-automate');
  return outcome.playbook.nodes
    .filter((node) => node.kind === 'step' || node.kind === 'trigger')
    .map((node) => node.label);
};

describe('Power Automate wrappers: the definition is found wherever the export put it', () => {
  const bare = labelsOf(JSON.stringify(definition));

  it('a bare definition imports its trigger and actions with the designer names', () => {
    expect(bare).toEqual(['Recurrence', 'Get open requests', 'Create reminder item', 'Send an email (V2)']);
  });

  it.each([
    ['a workflow file', { definition, kind: 'Stateful' }],
    [
      "an export package's definition.json",
      { name: 'f1', type: 'Microsoft.Flow/flows', properties: { displayName: 'Reminders', definition } },
    ],
    [
      "a solution's workflow file",
      { properties: { connectionReferences: {}, definition }, schemaVersion: '1.0.0.0' },
    ],
    [
      'an ARM template',
      {
        $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
        resources: [
          { type: 'Microsoft.Web/connections', name: 'sql' },
          { type: 'Microsoft.Logic/workflows', name: 'wf', properties: { definition } },
        ],
      },
    ],
  ])('%s gives the same steps as the bare definition', (_, wrapped) => {
    expect(labelsOf(JSON.stringify(wrapped))).toEqual(bare);
  });

  it('the package name and the ARM parameter default become the playbook name', () => {
    const flow = importFixture('power-automate/export-package-definition.json');
    expect(flow.playbook.name).toBe('Save email attachments to OneDrive');
    const arm = importFixture('power-automate/arm-template.json');
    expect(arm.playbook.name).toBe('orders-to-sql');
    expect(
      arm.report.some((entry) =>
        entry.message.includes('ARM template (the definition at /resources/1/properties/definition)'),
      ),
    ).toBe(true);
  });

  it('an ARM template with two workflows imports the first and says the second was left out', () => {
    const second = { type: 'Microsoft.Logic/workflows', name: 'other-flow', properties: { definition } };
    const template = {
      resources: [
        { type: 'Microsoft.Logic/workflows', name: 'first-flow', properties: { definition } },
        second,
      ],
    };
    const outcome = importText(JSON.stringify(template));
    expect(outcome.playbook.name).toBe('first-flow');
    const left = outcome.report.find((entry) => entry.source.id === 'other-flow');
    expect(left).toMatchObject({ level: 'warning', node: null });
  });

  it("a package's manifest says which file to import instead", () => {
    // A package's manifest.json keys its resources by id.
    const manifest = {
      schema: '1.0',
      details: { displayName: 'Reminders' },
      resources: {
        '7d2c': {
          type: 'Microsoft.Flow/flows',
          suggestedCreationType: 'Update',
          details: { displayName: 'Reminders' },
        },
        '9a1b': { type: 'Microsoft.PowerApps/apis/connections', details: { displayName: 'SharePoint' } },
      },
    };
    const outcome = importWorkflow(JSON.stringify(manifest));
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error.message).toContain('Microsoft.Flow/flows/<id>/definition.json');
  });

  it('a solution workflow validates as a playbook', () => {
    const result = importFixture('power-automate/solution-workflow.json');
    expect(parsePlaybook(result.playbook).ok).toBe(true);
  });
});
