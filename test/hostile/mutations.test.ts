import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlaybook, serializePlaybook } from '../../src/domain/parse';
import { NODE_KINDS } from '../../src/domain/schema/nodes';
import type { Playbook } from '../../src/domain/types';
import { EXAMPLE_NAMES, rawExample } from '../fixtures/examples';

type Json = unknown;
type Path = (string | number)[];

/** Every path to a value inside a document, the root excluded. */
function pathsOf(value: Json, prefix: Path = [], into: Path[] = []): Path[] {
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      into.push([...prefix, index]);
      pathsOf(item, [...prefix, index], into);
    });
  } else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      into.push([...prefix, key]);
      pathsOf(inner, [...prefix, key], into);
    }
  }
  return into;
}

const HOSTILE_VALUES: Json[] = [
  null,
  -1,
  0,
  1.5,
  1e308,
  '',
  'x'.repeat(5000),
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '{{constructor}}',
  'PT-1S',
  'P1Y',
  true,
  {},
  [],
  [null],
  { __proto__: null, polluted: true },
  JSON.parse('{"__proto__": {"polluted": true}}'),
  JSON.parse(`${'['.repeat(100)}${']'.repeat(100)}`),
  'rb2',
  'step',
  'failure',
];

type Mutation = { kind: 'set'; value: Json } | { kind: 'delete' } | { kind: 'copy' };

const mutationArb = fc.record({
  example: fc.constantFrom(...EXAMPLE_NAMES),
  pathPick: fc.nat(),
  sourcePick: fc.nat(),
  mutation: fc.oneof(
    fc.constantFrom(...HOSTILE_VALUES).map((value): Mutation => ({ kind: 'set', value })),
    fc.constant<Mutation>({ kind: 'delete' }),
    fc.constant<Mutation>({ kind: 'copy' }),
  ),
});

function mutate(doc: Record<string, Json>, path: Path, mutation: Mutation, source: Json) {
  let parent = doc as Record<string | number, Json>;
  for (const segment of path.slice(0, -1)) parent = parent[segment] as Record<string | number, Json>;
  const last = path[path.length - 1]!;
  if (mutation.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else {
    Object.defineProperty(parent, last, {
      value: mutation.kind === 'set' ? mutation.value : structuredClone(source),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
}

/** An oracle independent of the schema: what any accepted playbook must satisfy. */
function expectSound(playbook: Playbook) {
  const ids = [...playbook.nodes.map((n) => n.id), ...playbook.edges.map((e) => e.id)];
  expect(new Set(ids).size).toBe(ids.length);
  const nodeIds = new Set(playbook.nodes.map((n) => n.id));
  for (const edge of playbook.edges) {
    expect(nodeIds.has(edge.source) && nodeIds.has(edge.target)).toBe(true);
  }
  for (const node of playbook.nodes) {
    expect(NODE_KINDS).toContain(node.kind);
    expect(node.label.length >= 1 && node.label.length <= 120).toBe(true);
  }
  const again = parsePlaybook(JSON.parse(serializePlaybook(playbook)));
  expect(again.ok && again.playbook).toEqual(playbook);
}

const pathsByExample = new Map<string, Path[]>();

describe('10,000 random mutations of valid playbooks', () => {
  it('are each rejected with a path or accepted only when sound, never throwing or polluting', () => {
    const prototypeNames = Object.getOwnPropertyNames(Object.prototype).sort();
    let accepted = 0;
    fc.assert(
      fc.property(mutationArb, ({ example, pathPick, sourcePick, mutation }) => {
        const doc = rawExample(example);
        const paths = pathsByExample.get(example) ?? pathsOf(doc);
        pathsByExample.set(example, paths);
        mutate(
          doc,
          paths[pathPick % paths.length]!,
          mutation,
          paths.length ? valueAt(doc, paths[sourcePick % paths.length]!) : null,
        );
        const result = parsePlaybook(doc);
        if (result.ok) {
          accepted += 1;
          expectSound(result.playbook);
        } else {
          expect(result.errors.length).toBeGreaterThan(0);
          for (const error of result.errors) {
            expect(error.path).toMatch(/^(\/.*)?$/);
            expect(error.message).not.toBe('');
          }
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 10_000 },
    );
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeNames);
    // Some mutations are harmless (a label changed, an optional field deleted): both branches ran.
    expect(accepted).toBeGreaterThan(0);
  }, 120_000);
});

function valueAt(doc: Json, path: Path): Json {
  let current = doc as Record<string | number, Json>;
  for (const segment of path) current = current[segment] as Record<string | number, Json>;
  return current;
}
