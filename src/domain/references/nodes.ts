import type { PathSegment } from '../../lib/jsonPointer';
import type { Entity, Invariant, PlaybookNode } from '../types';
import { type Context, hasField, type Report } from './context';
import { checkEffect, checkExpression, checkTemplate } from './effects';

function checkEntityFields(
  entity: Entity,
  names: string[],
  path: PathSegment[],
  prefix: string,
  report: Report,
  target?: string,
) {
  names.forEach((name, index) => {
    if (!hasField(entity, name)) {
      report([...path, index], `${prefix}entity "${entity.name}" has no field "${name}"`, target);
    }
  });
}

function checkInvariant(
  invariant: Invariant,
  path: PathSegment[],
  prefix: string,
  ctx: Context,
  report: Report,
  target: string,
) {
  switch (invariant.type) {
    case 'model':
      return;
    case 'expression':
      checkExpression(invariant.expr, [...path, 'expr'], prefix, report, target);
      return;
    case 'matchesCheckpoint': {
      const checkpoint = ctx.nodesById.get(invariant.checkpoint);
      if (checkpoint?.kind !== 'checkpoint') {
        report(
          [...path, 'checkpoint'],
          `${prefix}"${invariant.checkpoint}" is not a checkpoint node`,
          target,
        );
      }
      invariant.entities?.forEach((name, index) => {
        if (!ctx.entities.has(name))
          report([...path, 'entities', index], `${prefix}entity "${name}" does not exist`, target);
      });
      return;
    }
    default: {
      const entity = ctx.entities.get(invariant.entity);
      if (!entity) {
        report([...path, 'entity'], `${prefix}entity "${invariant.entity}" does not exist`, target);
        return;
      }
      if (invariant.type === 'unique' || invariant.type === 'required') {
        checkEntityFields(entity, invariant.fields, [...path, 'fields'], prefix, report, target);
      }
      if (invariant.type === 'references' && invariant.field !== undefined) {
        if (!entity.references.some((reference) => reference.field === invariant.field)) {
          report(
            [...path, 'field'],
            `${prefix}"${invariant.field}" is not a reference field of entity "${entity.name}"`,
            target,
          );
        }
      }
    }
  }
}

function checkEntityList(
  names: string[],
  path: PathSegment[],
  prefix: string,
  ctx: Context,
  report: Report,
  target: string,
) {
  names.forEach((name, index) => {
    if (name === '*' && names.length === 1) return;
    if (!ctx.entities.has(name)) {
      const hint = name === '*' ? ' ("*" must stand alone)' : '';
      report([...path, index], `${prefix}entity "${name}" does not exist${hint}`, target);
    }
  });
}

function checkRole(
  role: string | undefined,
  path: PathSegment[],
  prefix: string,
  what: string,
  ctx: Context,
  report: Report,
  target: string,
) {
  if (role !== undefined && !ctx.roleIds.has(role)) {
    report(path, `${prefix}${what} "${role}" is not a role of this playbook`, target);
  }
}

/** What one node names (roles, entities, checkpoints, steps) exists, and its expressions parse. */
export function checkNode(node: PlaybookNode, path: PathSegment[], ctx: Context, report: Report) {
  const prefix = `Node "${node.id}": `;
  const id = node.id;
  // The path only when there is an owner: most nodes have none (issue 20).
  if (node.owner !== undefined) checkRole(node.owner, [...path, 'owner'], prefix, 'owner', ctx, report, id);
  switch (node.kind) {
    case 'trigger':
      if (node.condition !== undefined)
        checkExpression(node.condition, [...path, 'condition'], prefix, report, id);
      node.initiators.forEach((role, index) => {
        checkRole(role, [...path, 'initiators', index], prefix, 'initiator', ctx, report, id);
      });
      return;
    case 'step':
    case 'compensation':
      node.effects.forEach((effect, index) => {
        checkEffect(effect, [...path, 'effects', index], prefix, ctx, report, id);
      });
      return;
    case 'checkpoint':
      checkEntityList(node.entities, [...path, 'entities'], prefix, ctx, report, id);
      return;
    case 'restore': {
      const checkpoint = ctx.nodesById.get(node.checkpoint);
      if (checkpoint?.kind !== 'checkpoint') {
        report(
          [...path, 'checkpoint'],
          `${prefix}restores from "${node.checkpoint}", which is not a checkpoint node`,
          id,
        );
      }
      if (node.entities) {
        checkEntityList(node.entities, [...path, 'entities'], prefix, ctx, report, id);
        if (checkpoint?.kind === 'checkpoint' && !checkpoint.entities.includes('*')) {
          node.entities.forEach((name, index) => {
            if (ctx.entities.has(name) && !checkpoint.entities.includes(name)) {
              report(
                [...path, 'entities', index],
                `${prefix}checkpoint "${checkpoint.id}" has no snapshot of "${name}"`,
                id,
              );
            }
          });
        }
      }
      return;
    }
    case 'rollback':
      if (node.scope !== 'all') {
        node.scope.forEach((stepId, index) => {
          if (ctx.nodesById.get(stepId)?.kind !== 'step') {
            report(
              [...path, 'scope', index],
              `${prefix}the rollback scope names "${stepId}", which is not a step`,
              id,
            );
          }
        });
      }
      return;
    case 'check':
      node.invariants.forEach((invariant, index) => {
        checkInvariant(invariant, [...path, 'invariants', index], prefix, ctx, report, id);
      });
      return;
    case 'approval':
      node.approvers.forEach((role, index) => {
        checkRole(role, [...path, 'approvers', index], prefix, 'approver', ctx, report, id);
      });
      return;
    case 'notify':
      checkTemplate(node.message, [...path, 'message'], prefix, report, id);
      return;
    case 'decision':
      checkExpression(node.condition, [...path, 'condition'], prefix, report, id);
      return;
    case 'failsafe':
    case 'end':
      return;
  }
}
