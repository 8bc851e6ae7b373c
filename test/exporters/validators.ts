import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The Serverless Workflow SDK's own validator (1.0.x): throws with the schema errors. */
export function validateServerlessWorkflow(document: unknown): string[] {
  const sdk = require('@serverlessworkflow/sdk') as { validate: (type: string, data: unknown) => void };
  try {
    sdk.validate('Workflow', document);
    return [];
  } catch (error) {
    return [error instanceof Error ? error.message : String(error)];
  }
}

/** asl-validator v4 (it mutates its input, so it gets a copy). */
export function validateAsl(definition: unknown): string[] {
  const validator = require('asl-validator') as (definition: unknown) => {
    isValid: boolean;
    errors: { message: string }[];
  };
  const result = validator(structuredClone(definition));
  return result.isValid ? [] : result.errors.map((error) => error.message);
}

/** bpmn-moddle import warnings, then every bpmnlint `recommended` report (errors and warnings). */
export async function validateBpmn(xml: string): Promise<{ warnings: string[]; lint: string[] }> {
  const { BpmnModdle } = require('bpmn-moddle') as {
    BpmnModdle: new () => {
      fromXML: (xml: string) => Promise<{ rootElement: unknown; warnings: { message: string }[] }>;
    };
  };
  const { rootElement, warnings } = await new BpmnModdle().fromXML(xml);
  const { Linter } = require('bpmnlint') as {
    Linter: new (options: {
      config: unknown;
      resolver: unknown;
    }) => {
      lint: (root: unknown) => Promise<Record<string, { id: string; message: string }[]>>;
    };
  };
  const NodeResolver = require('bpmnlint/lib/resolver/node-resolver');
  const linter = new Linter({ config: { extends: 'bpmnlint:recommended' }, resolver: new NodeResolver() });
  const reports = await linter.lint(rootElement);
  return {
    warnings: warnings.map((warning) => warning.message),
    lint: Object.entries(reports).flatMap(([rule, list]) =>
      list.map((report) => `${rule}: ${report.id}: ${report.message}`),
    ),
  };
}
