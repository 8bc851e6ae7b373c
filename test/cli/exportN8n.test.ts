import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importWorkflow } from '../../src/importers';
import { examplePath } from '../fixtures/examples';
import { rollbook } from './cliHarness';

describe('rollbook export --format n8n', () => {
  it('writes an n8n workflow file that the n8n importer reads back', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'rollbook-n8n-')), 'order.n8n.json');
    const { code, stdout, stderr } = await rollbook(
      'export',
      examplePath('order-fulfilment-rollback'),
      '--format',
      'n8n',
      '-o',
      out,
    );
    expect(code, stderr).toBe(0);
    expect(stdout + stderr).toContain(out);
    const workflow = JSON.parse(readFileSync(out, 'utf8'));
    expect(workflow.name).toBe('Roll back: Order fulfilment rollback');
    expect(workflow.nodes.map((node: { type: string }) => node.type)).toContain(
      'n8n-nodes-base.errorTrigger',
    );
    const imported = importWorkflow(readFileSync(out, 'utf8'));
    expect(imported.ok && imported.format).toBe('n8n');
  });
});
