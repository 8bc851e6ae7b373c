import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlaybook } from '../../../src/domain';
import { expectSimulatesAndFaultsMatter, fixtureText, importFixture, unguardedWrites } from './importFixture';

type Json = Record<string, unknown>;
const isJson = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every module id of a blueprint, in routes and error handlers too, read independently of the importer. */
function moduleIds(path: string): string[] {
  const ids: string[] = [];
  const walk = (flow: unknown) => {
    for (const module of Array.isArray(flow) ? flow : []) {
      if (!isJson(module)) continue;
      ids.push(String(module.id));
      for (const route of Array.isArray(module.routes) ? module.routes : [])
        if (isJson(route)) walk(route.flow);
      for (const branch of Array.isArray(module.branches) ? module.branches : [])
        if (isJson(branch)) walk(branch.flow);
      walk(module.onerror);
    }
  };
  const blueprint = JSON.parse(fixtureText(path)) as Json;
  walk(blueprint.flow);
  const designer =
    isJson(blueprint.metadata) && isJson(blueprint.metadata.designer) ? blueprint.metadata.designer : {};
  walk(designer.orphans);
  return ids;
}

const files = readdirSync(new URL('../../fixtures/importers/make/', import.meta.url)).filter((file) =>
  file.endsWith('.json'),
);

describe.each(files)('Make fixture %s', (file) => {
  const result = importFixture(`make/${file}`);

  it('every write is compensated, marked irreversible, or flagged attention', () => {
    expect(unguardedWrites(result)).toEqual([]);
  });

  it('is detected as Make and its playbook validates', () => {
    expect(result.format).toBe('make');
    const parsed = parsePlaybook(result.playbook);
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
  });

  it('the report mentions every module, in routes and error handlers too', () => {
    const reported = new Set(result.report.map((entry) => entry.source.id));
    for (const id of moduleIds(`make/${file}`)) expect(reported).toContain(id);
  });

  it('the playbook runs in the simulator, and a failing write without a failure path does not complete', () => {
    expectSimulatesAndFaultsMatter(result);
  });

  it('modules keep their designer positions', () => {
    const positioned = result.playbook.nodes.filter((node) => node.position !== undefined);
    expect(positioned.length).toBeGreaterThan(0);
  });
});
