#!/usr/bin/env node
// Writes the hostile-input corpus to test/fixtures/hostile/. Each file is named for what it must do:
// `reject-…` must be refused with a message (exit 1 or 2), `accept-…` is valid but hostile
// (script-like text in every text field, a BOM) and must load with the text kept as text.
// Run again only to extend the corpus; the files are checked in so every run tests the same input.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const out = 'test/fixtures/hostile';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const examples = ['order-fulfilment-rollback', 'crm-merge-duplicates', 'minimal-saga'];
const load = (name) => JSON.parse(readFileSync(`src/templates/examples/${name}.json`, 'utf8'));
let count = 0;
const write = (name, content) => {
  count += 1;
  writeFileSync(`${out}/${name}`, typeof content === 'string' ? content : JSON.stringify(content));
};

// 1. Truncated at many offsets (every example, 25 offsets each).
for (const name of examples) {
  const text = JSON.stringify(load(name));
  for (let i = 1; i <= 25; i += 1) {
    const at = Math.floor((text.length * i) / 26);
    write(`reject-truncated-${name}-${at}.json`, text.slice(0, at));
  }
}

// 2. A BOM before valid JSON is accepted; a BOM alone or before garbage is not.
write('accept-bom-minimal-saga.json', `\ufeff${JSON.stringify(load('minimal-saga'))}`);
write('reject-bom-only.json', '\ufeff');
write('reject-bom-garbage.json', '\ufeff{nope');

// 3. 10,000-deep nesting in several places.
const deepArray = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
const deepObject = `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`;
const saga = JSON.stringify(load('minimal-saga'));
write('reject-deep-array-root.json', deepArray);
write('reject-deep-object-root.json', deepObject);
write('reject-deep-x-key.json', saga.replace('"nodes":', `"x-deep": ${deepObject}, "nodes":`));
write(
  'reject-deep-in-record.json',
  saga
    .replace('"balance": 100', `"balance": ${deepArray}`)
    .replace('"balance":100', `"balance":${deepArray}`),
);
write('reject-deep-in-label.json', saga.replace('"label":"Debit Alice"', `"label":${deepArray}`));
write('reject-deep-metadata.json', saga.replace('"nodes":', `"metadata": ${deepObject}, "nodes":`));

// 4. __proto__ / constructor / prototype at every level.
const sites = [
  ['root', (d, k, v) => Object.defineProperty(d, k, { value: v, enumerable: true })],
  [
    'metadata',
    (d, k, v) => {
      d.metadata = {};
      Object.defineProperty(d.metadata, k, { value: v, enumerable: true });
    },
  ],
  ['objectives', (d, k, v) => Object.defineProperty(d.objectives, k, { value: v, enumerable: true })],
  ['node', (d, k, v) => Object.defineProperty(d.nodes[1], k, { value: v, enumerable: true })],
  ['effect', (d, k, v) => Object.defineProperty(d.nodes[1].effects[0], k, { value: v, enumerable: true })],
  [
    'effect-set',
    (d, k, v) => Object.defineProperty(d.nodes[1].effects[0].set, k, { value: v, enumerable: true }),
  ],
  [
    'effect-match',
    (d, k, v) => Object.defineProperty(d.nodes[1].effects[0].match, k, { value: v, enumerable: true }),
  ],
  ['edge', (d, k, v) => Object.defineProperty(d.edges[0], k, { value: v, enumerable: true })],
  ['dataset', (d, k, v) => Object.defineProperty(d.dataset, k, { value: v, enumerable: true })],
  ['record', (d, k, v) => Object.defineProperty(d.dataset.accounts[0], k, { value: v, enumerable: true })],
  ['entity', (d, k, v) => Object.defineProperty(d.dataModel.entities[0], k, { value: v, enumerable: true })],
  [
    'field',
    (d, k, v) => Object.defineProperty(d.dataModel.entities[0].fields[0], k, { value: v, enumerable: true }),
  ],
  ['scenario', (d, k, v) => Object.defineProperty(d.scenarios[0], k, { value: v, enumerable: true })],
  ['expect', (d, k, v) => Object.defineProperty(d.scenarios[0].expect, k, { value: v, enumerable: true })],
  [
    'x-key-value',
    (d, k, v) => {
      d['x-ext'] = {};
      Object.defineProperty(d['x-ext'], k, { value: v, enumerable: true });
    },
  ],
];
for (const key of ['__proto__', 'constructor', 'prototype']) {
  for (const [site, put] of sites) {
    const doc = load('minimal-saga');
    put(doc, key, { polluted: true, isAdmin: true });
    write(`reject-key-${key.replaceAll('_', '')}-${site}.json`, doc);
  }
}

// 5. Structural damage.
const mutations = {
  'duplicate-node-ids': (d) => {
    d.nodes[3].id = d.nodes[1].id;
  },
  'duplicate-edge-ids': (d) => {
    d.edges[1].id = d.edges[0].id;
  },
  'edge-node-id-clash': (d) => {
    d.edges[0].id = d.nodes[0].id;
  },
  'dangling-target': (d) => {
    d.edges[0].target = 'ghost';
  },
  'dangling-source': (d) => {
    d.edges[0].source = 'ghost';
  },
  'cyclic-compensation-back-edge': (d) => {
    d.edges.push({ id: 'back', source: 'undo-debit', target: 'debit', kind: 'compensate' });
  },
  'compensation-of-compensation': (d) => {
    d.edges.push({ id: 'cc', source: 'undo-debit', target: 'undo-credit', kind: 'compensate' });
  },
  'self-compensation': (d) => {
    d.edges.push({ id: 'self', source: 'debit', target: 'debit', kind: 'compensate' });
  },
  'schema-version-999': (d) => {
    d.schemaVersion = 999;
  },
  'schema-version-string': (d) => {
    d.schemaVersion = '1';
  },
  'schema-version-negative': (d) => {
    d.schemaVersion = -1;
  },
  'schema-version-float': (d) => {
    d.schemaVersion = 1.5;
  },
  'nodes-not-array': (d) => {
    d.nodes = {};
  },
  'edges-null': (d) => {
    d.edges = null;
  },
  'node-is-string': (d) => {
    d.nodes[0] = 'trigger';
  },
  'node-is-array': (d) => {
    d.nodes[0] = [];
  },
  'kind-missing': (d) => {
    delete d.nodes[0].kind;
  },
  'kind-number': (d) => {
    d.nodes[0].kind = 7;
  },
  'id-empty': (d) => {
    d.id = '';
  },
  'id-huge': (d) => {
    d.id = `a${'b'.repeat(100_000)}`;
  },
  'label-empty': (d) => {
    d.nodes[0].label = '';
  },
  'label-number': (d) => {
    d.nodes[0].label = 42;
  },
  'format-wrong': (d) => {
    d.format = 'rollbook.playbook2';
  },
  'retry-infinite': (d) => {
    d.nodes[1].retry = { maxAttempts: 1e308 };
  },
  'retry-negative': (d) => {
    d.nodes[1].retry = { maxAttempts: -1 };
  },
  'duration-huge': (d) => {
    d.nodes[1].duration = `PT${'9'.repeat(400)}S`;
  },
  'duration-injection': (d) => {
    d.nodes[1].duration = 'PT1S"; alert(1); "';
  },
  'dataset-not-object': (d) => {
    d.dataset = [];
  },
  'dataset-records-not-array': (d) => {
    d.dataset.accounts = { id: 'x' };
  },
  'record-is-array': (d) => {
    d.dataset.accounts[0] = ['id', 'alice'];
  },
  'entity-unknown-in-effect': (d) => {
    d.nodes[1].effects[0].entity = 'constructor2';
  },
  'scenario-fault-unknown-type': (d) => {
    d.scenarios[1].faults[0].type = 'explode';
  },
  'cel-constructor-probe': (d) => {
    d.nodes[1].effects[0].where = 'r.constructor.constructor("return process")()';
  },
  'cel-deep-parens': (d) => {
    d.nodes[1].effects[0].where = `${'('.repeat(5000)}true${')'.repeat(5000)}`;
  },
  'cel-deep-not': (d) => {
    d.nodes[1].effects[0].where = `${'!'.repeat(50_000)}true`;
  },
  'cel-huge-list': (d) => {
    d.nodes[1].effects[0].where = `[${'1,'.repeat(50_000)}1].size() > 0`;
  },
  'cel-unterminated-string': (d) => {
    d.nodes[1].effects[0].where = '"abc';
  },
  'template-prototype-probe': (d) => {
    d.nodes[1].effects[0].set = { balance: '{{constructor}}' };
  },
  'template-proto-chain': (d) => {
    d.nodes[1].effects[0].set = { balance: '{{__proto__.polluted}}' };
  },
  'unknown-top-level-key': (d) => {
    d.evil = true;
  },
  'unknown-node-key-onerror': (d) => {
    d.nodes[0].onerror = 'alert(1)';
  },
  'nan-like-position': (d) => {
    d.nodes[0].position = { x: 'NaN', y: 0 };
  },
};
for (const name of examples) {
  for (const [mutation, apply] of Object.entries(mutations)) {
    if (
      name !== 'minimal-saga' &&
      ![
        'duplicate-node-ids',
        'duplicate-edge-ids',
        'dangling-target',
        'schema-version-999',
        'nodes-not-array',
        'kind-missing',
        'unknown-top-level-key',
      ].includes(mutation)
    )
      continue;
    const doc = load(name);
    try {
      apply(doc);
    } catch {
      continue;
    }
    write(`reject-${mutation}-${name}.json`, doc);
  }
}

// 6. Text that is not what it seems: lone surrogates, control characters, not-JSON.
write('reject-lone-surrogate-in-id.json', saga.replace('"id":"minimal-saga"', '"id":"minimal\\ud800saga"'));
write(
  'accept-lone-surrogate-in-label.json',
  saga.replace('"label":"Debit Alice"', '"label":"Debit \\udc00 Alice"'),
);
write('accept-lone-surrogate-in-description.json', saga.replace('"description":"', '"description":"\\ud83d'));
write('reject-not-json-yaml.json', 'format: rollbook.playbook\nnodes: []\n');
write('reject-not-json-html.json', '<html><script>alert(1)</script></html>');
write('reject-not-json-js.json', 'module.exports = { format: "rollbook.playbook" }');
write('reject-json-array.json', '[]');
write('reject-json-string.json', '"rollbook.playbook"');
write('reject-json-null.json', 'null');
write('reject-json-number.json', '1e999');
write('reject-empty.json', '');
write('reject-whitespace.json', '   \n\t ');
write('reject-trailing-comma.json', saga.replace(/}$/, ',}'));
write('reject-comments.json', `// playbook\n${saga}`);
write('reject-two-documents.json', `${saga}\n${saga}`);
write('reject-nul-byte.json', saga.replace('Minimal saga', 'Minimal\u0000saga'));

// 7. Script-like text in every text field: valid, and must stay text everywhere.
const payloads = {
  'img-onerror': '<img src=x onerror="window.__rollbookCanary=1">',
  'javascript-url': 'javascript:window.__rollbookCanary=1',
  'script-tag': '</script><script>window.__rollbookCanary=1</script>',
  'svg-onload': '<svg onload="window.__rollbookCanary=1"></svg>',
  'markdown-link': '[click](javascript:window.__rollbookCanary=1)',
};
const everyTextField = (doc, text) => {
  doc.name = text.slice(0, 200);
  doc.description = text;
  doc.metadata = { author: text, tags: [text] };
  doc.objectives = { ...doc.objectives, terminationCriteria: text };
  for (const role of doc.roles ?? []) role.name = text;
  for (const node of doc.nodes) {
    node.label = text.slice(0, 120);
    node.description = text;
  }
  for (const edge of doc.edges) edge.label = text;
  for (const scenario of doc.scenarios ?? []) scenario.name = text.slice(0, 200);
  doc.nodes.push({
    id: 'tell',
    kind: 'notify',
    label: text.slice(0, 120),
    channel: 'webhook',
    audience: text,
    message: text,
  });
  doc.nodes.push({
    id: 'safe',
    kind: 'failsafe',
    label: text.slice(0, 120),
    mode: text,
    pauses: [text],
    exitCriteria: text,
  });
  return doc;
};
for (const name of examples) {
  for (const [payload, text] of Object.entries(payloads)) {
    write(`accept-text-${payload}-${name}.json`, everyTextField(load(name), text));
  }
}

console.log(`wrote ${count} files to ${out}`);
