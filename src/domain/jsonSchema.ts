import { z } from 'zod';
import { PlaybookSchema } from './schema/playbook';

/**
 * The JSON Schema of the playbook file, generated from the zod schema (the single source of
 * truth) and checked in at public/schema/playbook.v1.schema.json. It describes the file as
 * written (defaults optional). Cross-reference rules are not expressible in JSON Schema; they are
 * listed in the description so an editor's user knows `rollbook validate` checks more.
 */
export function playbookJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(PlaybookSchema, {
    io: 'input',
    unrepresentable: 'any',
    target: 'draft-2020-12',
  }) as Record<string, unknown>;
  // The zod schema admits any top-level key and refuses the non-`x-` ones in a refinement,
  // which JSON Schema cannot see: say it directly.
  const { additionalProperties: _ignored, ...rest } = schema;
  return {
    $id: 'urn:rollbook:schema:playbook:v1',
    title: 'Rollbook playbook, format version 1',
    description:
      'A Rollbook rollback and disaster-recovery playbook. This schema checks the shape; `rollbook validate` also checks ids, references, edge rules, CEL expressions and template names.',
    ...rest,
    patternProperties: { '^x-': {} },
    additionalProperties: false,
  };
}
