import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { bpmn, serverlessWorkflowJson, serverlessWorkflowYaml, stepFunctions } from '../../src/exporters';
import { EXAMPLES, example } from './examples';
import { validateAsl, validateBpmn, validateServerlessWorkflow } from './validators';

describe("each export passes its target's own validator", () => {
  it.each(EXAMPLES)(
    '%s: Serverless Workflow YAML and JSON are valid for @serverlessworkflow/sdk 1.0',
    (name) => {
      const yaml = parseYaml(serverlessWorkflowYaml.export(example(name)).output);
      const json = JSON.parse(serverlessWorkflowJson.export(example(name)).output);
      expect(validateServerlessWorkflow(yaml)).toEqual([]);
      expect(validateServerlessWorkflow(json)).toEqual([]);
      expect(yaml).toEqual(json);
    },
  );

  it.each(EXAMPLES)('%s: the state machine is valid for asl-validator', (name) => {
    expect(validateAsl(JSON.parse(stepFunctions.export(example(name)).output))).toEqual([]);
  });

  it.each(EXAMPLES)(
    '%s: BPMN imports into bpmn-moddle without warnings and is clean under bpmnlint recommended',
    async (name) => {
      const result = await validateBpmn(bpmn.export(example(name)).output);
      expect(result).toEqual({ warnings: [], lint: [] });
    },
  );
});

describe('the validators are not vacuous', () => {
  it('the Serverless Workflow validator rejects a document without its dsl version', () => {
    const document = JSON.parse(serverlessWorkflowJson.export(example('minimal-saga')).output);
    delete document.document.dsl;
    expect(validateServerlessWorkflow(document)).not.toEqual([]);
  });

  it('asl-validator rejects a state machine whose StartAt names no state', () => {
    const definition = JSON.parse(stepFunctions.export(example('minimal-saga')).output);
    definition.StartAt = 'nowhere';
    expect(validateAsl(definition)).not.toEqual([]);
  });

  it('bpmnlint reports a diagram whose shapes were removed, and bpmn-moddle warns about an unknown reference', async () => {
    const xml = bpmn.export(example('minimal-saga')).output;
    const withoutDi = xml.replace(/<bpmndi:BPMNDiagram[\s\S]*<\/bpmndi:BPMNDiagram>/, '');
    expect((await validateBpmn(withoutDi)).lint.some((report) => report.startsWith('no-bpmndi'))).toBe(true);
    const broken = xml.replace('targetRef="credit"', 'targetRef="missing"');
    expect((await validateBpmn(broken)).warnings).not.toEqual([]);
  });
});
