import { z } from 'zod';
import { TeamFileSchema } from './teamSchema';

interface SchemaNode {
  properties?: Record<string, unknown>;
  items?: SchemaNode;
}

/**
 * The JSON Schema of the team file (spec 8.1), generated from the zod schema and checked in at
 * public/schema/team.v1.schema.json, for editors that validate as you type. It describes the file
 * as written; `rollbook review verify --team` also checks that each key is a real P-256 point,
 * that no person is listed twice and that no key is listed for two people.
 */
export function teamJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(TeamFileSchema, {
    io: 'input',
    unrepresentable: 'any',
    target: 'draft-2020-12',
  }) as Record<string, unknown> & SchemaNode;
  // zod names "d" only to refuse it with a message; in JSON Schema that is simply "not allowed".
  const key = (schema.properties?.people as SchemaNode | undefined)?.items?.properties?.keys as
    | SchemaNode
    | undefined;
  if (key?.items?.properties) key.items.properties.d = false;
  return {
    $id: 'urn:rollbook:schema:team:v1',
    title: 'Rollbook team file, version 1',
    description:
      'Who may sign Rollbook review decisions, in which roles, with which public keys (ES256, P-256 JWK). `rollbook review verify --team` also checks that every key is a valid P-256 point and belongs to one person.',
    ...schema,
  };
}
