import type { PathSegment } from '../../lib/jsonPointer';
import { checkExpressionSyntax } from '../expressions';
import { hasPlaceholder, unknownTemplateNames } from '../templates';
import type { DataRecord, Effect } from '../types';
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
  const fieldCheck = (record: DataRecord, recordPath: PathSegment[], what: string) => {
    // `for…in` over a parsed record (a plain object) reads what `Object.entries` would, without
    // an array of pairs per record (issue 20).
    for (const name in record) {
      const value = record[name];
      if (!hasField(entity, name)) {
        report(
          [...recordPath, name],
          `${prefix}${what}: entity "${entity.name}" has no field "${name}"`,
          target,
        );
      }
      // The path is built only for a value that has a placeholder: most hold none (issue 20).
      if (typeof value === 'string' && hasPlaceholder(value))
        checkTemplate(value, [...recordPath, name], prefix, report, target);
    }
  };
  if (effect.op === 'insert') {
    effect.records.forEach((record, index) => {
      fieldCheck(record, [...path, 'records', index], 'inserted record');
    });
    return;
  }
  if (effect.match) fieldCheck(effect.match, [...path, 'match'], 'match');
  if (effect.where !== undefined) checkExpression(effect.where, [...path, 'where'], prefix, report, target);
  if (effect.op === 'update') fieldCheck(effect.set, [...path, 'set'], 'set');
}
