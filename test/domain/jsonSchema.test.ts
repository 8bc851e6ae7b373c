import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { playbookJsonSchema } from '../../src/domain/jsonSchema';

describe('the checked-in JSON Schema', () => {
  it('is current with the zod schema (run `npm run schema:generate` after changing the format)', () => {
    const checkedIn = JSON.parse(readFileSync('public/schema/playbook.v1.schema.json', 'utf8'));
    expect(checkedIn).toEqual(playbookJsonSchema());
  });

  it('admits x- extension keys and nothing else unknown at the top level', () => {
    const schema = playbookJsonSchema();
    expect(schema.additionalProperties).toBe(false);
    expect(schema.patternProperties).toEqual({ '^x-': {} });
    expect(schema.required).toEqual(
      expect.arrayContaining(['format', 'schemaVersion', 'id', 'name', 'nodes', 'edges']),
    );
  });
});
