import type { PathSegment } from '../../lib/jsonPointer';
import { checkExpressionSyntax } from '../expressions';
import { hasPlaceholder, unknownTemplateNames } from '../templates';
import type { DataRecord, Effect, Entity } from '../types';
import { type Context, hasField, type Report } from './context';

/** A template names only the values a run knows. */
export function checkTemplate(
  text: string,
  path: PathSegment[],
  prefix: string,
  report: Report,
  target?: string,
) {
  if (!hasPlaceholder(text)) return;
  for (const name of unknownTemplateNames(text)) {
    report(
      path,
      `${prefix}unknown template name "{{${name}}}"; use now, id, playbook.name, node.label, run.failedNode, run.elapsed or run.outcome`,
      target,
    );
  }
}

/** A CEL expression parses; the message says where it stops. */
export function checkExpression(
  source: string,
  path: PathSegment[],
  prefix: string,
  report: Report,
  target?: string,
) {
  const error = checkExpressionSyntax(source);
  if (error) {
    const at = error.offset === null ? '' : ` at character ${error.offset + 1}`;
    report(path, `${prefix}the expression does not parse${at}: ${error.message}`, target);
  }
}

interface FieldsAt {
  path: PathSegment[];
  key: string;
  index?: number;
}

const fieldPath = (at: FieldsAt, name: string): PathSegment[] =>
  at.index === undefined ? [...at.path, at.key, name] : [...at.path, at.key, at.index, name];

/**
 * The fields of a record, `match` or `set` exist on the entity, and its templates name known
 * values. The record sits at `path` + `key` (+ `index` for an inserted record); that path is
 * built only for a problem: at 5,000 nodes the paths and a closure per effect were most of what
 * the reference checks allocated (issue 20).
 */
function checkFields(
  record: DataRecord,
  entity: Entity,
  at: FieldsAt,
  what: string,
  prefix: string,
  report: Report,
  target?: string,
) {
  for (const name in record) {
    const value = record[name];
    if (!hasField(entity, name))
      report(fieldPath(at, name), `${prefix}${what}: entity "${entity.name}" has no field "${name}"`, target);
    if (typeof value === 'string' && hasPlaceholder(value) && unknownTemplateNames(value).length > 0)
      checkTemplate(value, fieldPath(at, name), prefix, report, target);
  }
}

/** An effect (of a node, or a corrupt fault) changes an entity that exists, by fields it has. */
export function checkEffect(
  effect: Effect,
  path: PathSegment[],
  prefix: string,
  ctx: Context,
  report: Report,
  target?: string,
) {
  const entity = ctx.entities.get(effect.entity);
  if (!entity) {
    report(
      [...path, 'entity'],
      `${prefix}the effect changes entity "${effect.entity}", which does not exist`,
      target,
    );
    return;
  }
  if (effect.op === 'insert') {
    for (let index = 0; index < effect.records.length; index += 1)
      checkFields(
        effect.records[index]!,
        entity,
        { path, key: 'records', index },
        'inserted record',
        prefix,
        report,
        target,
      );
    return;
  }
  if (effect.match)
    checkFields(effect.match, entity, { path, key: 'match' }, 'match', prefix, report, target);
  if (effect.where !== undefined) checkExpression(effect.where, [...path, 'where'], prefix, report, target);
  if (effect.op === 'update')
    checkFields(effect.set, entity, { path, key: 'set' }, 'set', prefix, report, target);
}
