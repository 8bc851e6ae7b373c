import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlaybookJson } from '../../src/domain/parse';
import { rollbook } from './cliHarness';

const N8N = 'test/fixtures/importers/n8n/linear-sheets-slack.json';
const tempDir = () => mkdtempSync(join(tmpdir(), 'rollbook-import-'));

function tempFile(name: string, text: string): string {
  const file = join(tempDir(), name);
  writeFileSync(file, text);
  return file;
}

describe('rollbook import', () => {
  it('imports an n8n workflow (format detected) and prints a readable summary, exit 0', async () => {
    const { code, stdout, stderr } = await rollbook('import', N8N);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(
      /^Imported the n8n workflow as playbook "New order to sheet and Slack" \(\d+ nodes, \d+ edges\)/,
    );
    expect(stdout).toContain('~ Tell #orders → tell-orders: Sends a message with Slack');
    expect(stdout).toContain('Add -o FILE to write the playbook.');
  });

  it('--json prints exactly { format, playbook, report }', async () => {
    const { code, stdout } = await rollbook('import', N8N, '--json');
    expect(code).toBe(0);
    const document = JSON.parse(stdout);
    expect(Object.keys(document).sort()).toEqual(['format', 'playbook', 'report']);
    expect(document.format).toBe('n8n');
    expect(parsePlaybookJson(JSON.stringify(document.playbook)).ok).toBe(true);
    expect(document.report.map((entry: { source: { name: string } }) => entry.source.name)).toContain(
      'Append order row',
    );
  });

  it('-o writes a playbook that validates', async () => {
    const out = join(tempDir(), 'playbook.json');
    const { code, stdout } = await rollbook('import', N8N, '-o', out);
    expect(code).toBe(0);
    expect(stdout).toContain(`Wrote ${out}.`);
    const written = parsePlaybookJson(readFileSync(out, 'utf8'));
    expect(written.ok && written.playbook.name).toBe('New order to sheet and Slack');
  });

  it('--from n8n on a file of another format exits 1 and says why', async () => {
    const file = tempFile('flow.json', JSON.stringify({ flow: [], metadata: {} }));
    const { code, stderr } = await rollbook('import', file, '--from', 'n8n');
    expect(code).toBe(1);
    expect(stderr).toMatch(/not an n8n workflow/);
  });

  it('JSON that is no known workflow exits 1; with --json the error is the document', async () => {
    const file = tempFile('other.json', JSON.stringify({ hello: 'world' }));
    expect((await rollbook('import', file)).code).toBe(1);
    const { code, stdout } = await rollbook('import', file, '--json');
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toEqual({
      imported: false,
      error: { kind: 'unknown-format', message: expect.stringMatching(/Not a workflow Rollbook can import/) },
    });
  });

  it('a workflow with nothing to import exits 1', async () => {
    const file = tempFile('empty.json', JSON.stringify({ name: 'Empty', nodes: [], connections: {} }));
    const { code, stderr } = await rollbook('import', file);
    expect(code).toBe(1);
    expect(stderr).toMatch(/no steps to import/);
  });

  it.each([
    ['a missing file', ['import', 'no/such/file.json']],
    ['a file that is not JSON', ['import', 'README.md']],
    ['an unknown --from', ['import', N8N, '--from', 'zapier']],
    ['no FILE', ['import']],
  ])('%s exits 2 with one line on stderr', async (_name, argv) => {
    const { code, stdout, stderr } = await rollbook(...argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});
