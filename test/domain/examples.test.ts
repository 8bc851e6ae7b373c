import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlaybookJson } from '../../src/domain/parse';

const EXAMPLES = ['order-fulfilment-rollback', 'crm-merge-duplicates', 'minimal-saga'];

describe('the shipped examples', () => {
  it.each(EXAMPLES)('%s parses without errors', (name) => {
    const result = parsePlaybookJson(readFileSync(`src/templates/examples/${name}.json`, 'utf8'));
    expect(result.ok ? [] : result.errors).toEqual([]);
  });
});
