import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPORTERS } from '../../src/exporters';
import { EXAMPLE_NAMES, examplePath, rawExample } from '../fixtures/examples';
import { rollbook } from './cliHarness';

const tempDir = () => mkdtempSync(join(tmpdir(), 'rollbook-export-'));

/** The order example with step s3's undo removed: lint reports compensation-required as an error. */
function unsafePlaybook(): string {
  const raw = rawExample('order-fulfilment-rollback');
  const nodes = (raw.nodes as { id: string }[]).filter((node) => node.id !== 'c3');
  const edges = (raw.edges as { target: string }[]).filter((edge) => edge.target !== 'c3');
  const file = join(tempDir(), 'unsafe.json');
  writeFileSync(file, JSON.stringify({ ...raw, nodes, edges }));
  return file;
}

describe('rollbook export', () => {
  it.each(EXAMPLE_NAMES)('exports %s to every format with exit 0', async (name) => {
    for (const exporter of EXPORTERS) {
      const { code, stdout } = await rollbook('export', examplePath(name), '--format', exporter.id, '--json');
      expect(code).toBe(0);
      const document = JSON.parse(stdout);
      expect(Object.keys(document).sort()).toEqual(['format', 'losses', 'output']);
      expect(document.format).toBe(exporter.id);
    }
  });

  it('writes the file to stdout and the losses to stderr without -o', async () => {
    const { code, stdout, stderr } = await rollbook(
      'export',
      examplePath('minimal-saga'),
      '--format',
      'step-functions',
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout).StartAt).toBe('Transfer requested');
    expect(stderr).toContain('Lost in this export:');
  });

  it('writes to the file given with -o and reports it, with --json as { format, file, losses }', async () => {
    const out = join(tempDir(), 'saga.bpmn');
    const { code, stdout } = await rollbook(
      'export',
      examplePath('minimal-saga'),
      '--format',
      'bpmn',
      '-o',
      out,
      '--json',
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ format: 'bpmn', file: out });
    expect(readFileSync(out, 'utf8')).toContain('<bpmn:definitions');
  });

  it('refuses a playbook with lint errors with exit 1 and says why', async () => {
    const { code, stdout } = await rollbook('export', unsafePlaybook(), '--format', 'asl', '--json');
    expect(code).toBe(1);
    const document = JSON.parse(stdout);
    expect(document).toMatchObject({ format: 'step-functions', refused: true, losses: [] });
    expect(document.reasons.some((reason: string) => reason.startsWith('compensation-required at s3'))).toBe(
      true,
    );
  });

  it('exports an unsafe playbook with --force, and the losses say so', async () => {
    const { code, stdout } = await rollbook(
      'export',
      unsafePlaybook(),
      '--format',
      'asl',
      '--force',
      '--json',
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout).losses[0]).toMatch(/^Exported despite \d+ lint errors?: /);
  });

  it('puts the content hash, approval status and drill summary into the runbook', async () => {
    const { stdout } = await rollbook(
      'export',
      examplePath('order-fulfilment-rollback'),
      '--format',
      'markdown',
    );
    expect(stdout).toMatch(/Content hash: sha256:[0-9a-f]{64}\./);
    expect(stdout).toContain('Approval status: Not approved');
    expect(stdout).toMatch(/Latest drill: \d+ runs, \d+ consistent/);
  });

  it('an unknown or missing format exits 2 with the list of formats', async () => {
    const unknown = await rollbook('export', examplePath('minimal-saga'), '--format', 'visio');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown format "visio" (formats: serverless-workflow-yaml,');
    const missing = await rollbook('export', examplePath('minimal-saga'));
    expect(missing.code).toBe(2);
  });

  it('lists every format id in --help', async () => {
    const { stdout } = await rollbook('export', '--help');
    for (const exporter of EXPORTERS) expect(stdout).toContain(exporter.id);
  });
});
