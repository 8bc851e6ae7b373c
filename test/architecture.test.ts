import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIOME = resolve('node_modules/.bin/biome');

/**
 * Lints a would-be file at `path` with the project's own Biome configuration, in a scratch copy
 * of the layout (so the check never writes into src/), and returns Biome's exit code and output.
 */
function lintAs(path: string, source: string): { code: number; output: string } {
  const scratch = mkdtempSync(join(tmpdir(), 'rollbook-boundary-'));
  const { vcs: _vcs, $schema: _schema, ...config } = JSON.parse(readFileSync('biome.json', 'utf8'));
  writeFileSync(join(scratch, 'biome.json'), JSON.stringify(config));
  mkdirSync(dirname(join(scratch, path)), { recursive: true });
  writeFileSync(join(scratch, path), source);
  try {
    const output = execFileSync(BIOME, ['lint', path], {
      cwd: scratch,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { code: 0, output };
  } catch (error) {
    const failure = error as { status: number; stdout: string; stderr: string };
    return { code: failure.status, output: `${failure.stdout}${failure.stderr}` };
  }
}

const PURE = [
  'domain',
  'commands',
  'graph',
  'analysis',
  'simulator',
  'exporters',
  'importers',
  'review',
  'incidents',
  'viewModels',
  'lib',
  'cli',
];

describe('the import boundary of the pure core (DESIGN.md)', () => {
  it.each(PURE)('src/%s may not import React', (folder) => {
    const result = lintAs(
      `src/${folder}/probe.ts`,
      "import { useState } from 'react';\n\nexport const x = useState;\n",
    );
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/pure core/);
  });

  it.each([
    ['zustand', "import { create } from 'zustand';\nexport const x = create;\n"],
    ['Dexie', "import Dexie from 'dexie';\nexport const x = Dexie;\n"],
    ['TanStack Query', "import { useQuery } from '@tanstack/react-query';\nexport const x = useQuery;\n"],
    ['the UI folder', "import { App } from '../ui/App';\nexport const x = App;\n"],
    ['the DOM', 'export const x = () => document.title;\n'],
  ])('src/simulator may not use %s', (_name, source) => {
    expect(lintAs('src/simulator/probe.ts', source).code).not.toBe(0);
  });

  it.each(PURE.filter((folder) => folder !== 'cli'))('src/%s may not import a Node module', (folder) => {
    const result = lintAs(
      `src/${folder}/probe.ts`,
      "import { readFileSync } from 'node:fs';\n\nexport const x = readFileSync;\n",
    );
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/noNodejsModules/);
  });

  it('src/cli may import Node modules: only the command line reads files and exits', () => {
    const source = "import { readFileSync } from 'node:fs';\n\nexport const x = readFileSync;\n";
    expect(lintAs('src/cli/probe.ts', source).code).toBe(0);
  });

  it('src/ui may import React', () => {
    expect(
      lintAs('src/ui/probe.ts', "import { useState } from 'react';\n\nexport const x = useState;\n").code,
    ).toBe(0);
  });
});

describe('the layers under the UI (docs/architecture.md)', () => {
  it.each(['state', 'queries', 'persistence'])('src/%s may not import src/ui', (folder) => {
    const result = lintAs(
      `src/${folder}/probe.ts`,
      "import { downloadText } from '../ui/components/download';\n\nexport const x = downloadText;\n",
    );
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/under the UI/);
  });

  it('src/state may use its own download helper, and src/ui may import src/state', () => {
    const source = "import { downloadText } from './download';\n\nexport const x = downloadText;\n";
    expect(lintAs('src/state/probe.ts', source).code).toBe(0);
    const fromUi = "import { downloadText } from '../state/download';\n\nexport const x = downloadText;\n";
    expect(lintAs('src/ui/probe.ts', fromUi).code).toBe(0);
  });
});
