import { readFileSync } from 'node:fs';
import { parsePlaybook } from '../../src/domain/parse';
import type { Playbook } from '../../src/domain/types';

export const EXAMPLES = ['order-fulfilment-rollback', 'crm-merge-duplicates', 'minimal-saga'] as const;
export type ExampleName = (typeof EXAMPLES)[number];

/** A shipped example as written in its file (no defaults applied). */
export function exampleJson(name: ExampleName): Record<string, unknown> {
  return JSON.parse(readFileSync(`src/templates/examples/${name}.json`, 'utf8')) as Record<string, unknown>;
}

/** Parses through `parsePlaybook`, as every caller of the review module does; fails the test on errors. */
export function parse(document: unknown): Playbook {
  const result = parsePlaybook(document);
  if (!result.ok) throw new Error(`Fixture does not parse: ${JSON.stringify(result.errors)}`);
  return result.playbook;
}

export function example(name: ExampleName): Playbook {
  return parse(exampleJson(name));
}

/** The example as a file, edited by `edit`, then parsed: a new version of it. */
export function edited(name: ExampleName, edit: (document: EditableDocument) => void): Playbook {
  const document = exampleJson(name) as EditableDocument;
  edit(document);
  return parse(document);
}

/** Loose JSON shape for editing fixtures in tests. */
export type EditableDocument = Record<string, unknown> & {
  nodes: Array<Record<string, unknown> & { id: string }>;
  edges: Array<Record<string, unknown> & { id: string }>;
};

export function nodeIn(document: EditableDocument, id: string): Record<string, unknown> {
  const node = document.nodes.find((candidate) => candidate.id === id);
  if (!node) throw new Error(`No node ${id}`);
  return node;
}

export function edgeIn(document: EditableDocument, id: string): Record<string, unknown> {
  const edge = document.edges.find((candidate) => candidate.id === id);
  if (!edge) throw new Error(`No edge ${id}`);
  return edge;
}

/**
 * Edits that change meaning, each to one part of order-fulfilment-rollback: the content hash must
 * change and the diff must not be empty.
 */
type Doc = EditableDocument;
const objectAt = (d: Doc, key: string) => d[key] as Record<string, unknown>;
const listAt = (d: Doc, key: string) => d[key] as Array<Record<string, unknown>>;

export const SEMANTIC_EDITS: ReadonlyArray<readonly [string, (document: Doc) => void]> = [
  [
    'a node label',
    (d) => {
      nodeIn(d, 's1').label = 'Reserve stock now';
    },
  ],
  [
    'a retry count',
    (d) => {
      nodeIn(d, 's2').retry = { maxAttempts: 2, backoff: 'PT30S', multiplier: 2 };
    },
  ],
  [
    'an effect value',
    (d) => {
      (nodeIn(d, 's1').effects as Array<{ set: Record<string, unknown> }>)[0]!.set.reserved = 3;
    },
  ],
  [
    'a compensation strategy',
    (d) => {
      nodeIn(d, 'c1').strategy = 'effects';
    },
  ],
  [
    'an edge target',
    (d) => {
      edgeIn(d, 'e5').target = 's4';
    },
  ],
  [
    'an edge label',
    (d) => {
      edgeIn(d, 'e1').label = 'start';
    },
  ],
  [
    'a removed node',
    (d) => {
      d.nodes = d.nodes.filter((n) => n.id !== 'end-degraded');
      d.edges = d.edges.filter((e) => e.id !== 'e25');
    },
  ],
  [
    'the RTO',
    (d) => {
      objectAt(d, 'objectives').rto = 'PT20M';
    },
  ],
  [
    'the governance',
    (d) => {
      objectAt(d, 'governance').requiredApprovals = 2;
    },
  ],
  [
    'a role',
    (d) => {
      listAt(d, 'roles')[1]!.name = 'Support';
    },
  ],
  [
    'a dataset value',
    (d) => {
      (objectAt(d, 'dataset').inventory as Array<Record<string, unknown>>)[0]!.onHand = 9;
    },
  ],
  [
    'a data model field',
    (d) => {
      (objectAt(d, 'dataModel').entities as Array<{ fields: unknown[] }>)[0]!.fields.push({
        name: 'name',
        type: 'string',
      });
    },
  ],
  [
    'a scenario expectation',
    (d) => {
      (listAt(d, 'scenarios')[0]!.expect as Record<string, unknown>).consistent = false;
    },
  ],
  [
    'the author',
    (d) => {
      objectAt(d, 'metadata').author = 'lee';
    },
  ],
  [
    'the description',
    (d) => {
      d.description = 'Fulfils paid orders.';
    },
  ],
  [
    'an extension key',
    (d) => {
      d['x-acme-ticket'] = 'OPS-12';
    },
  ],
  [
    'the node order',
    (d) => {
      d.nodes.reverse();
    },
  ],
  [
    'the edge order',
    (d) => {
      d.edges.reverse();
    },
  ],
];
