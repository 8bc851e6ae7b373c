import type { PathSegment } from '../lib/jsonPointer';
import { checkExpressionSyntax } from './expressions';
import { hasPlaceholder, unknownTemplateNames } from './templates';
import type { DataRecord, Effect, Entity, Invariant, Playbook, PlaybookNode } from './types';
import { type ValidationError, validationError } from './validationError';

/**
 * The rules a shape schema cannot express (spec sections 1–4, 7): unique ids, every reference
 * resolves, the edge-kind rules, dataset entities and fields exist, expressions parse, template
 * names are known. Runs on a document that already passed the shape schema.
 */
export function checkReferences(playbook: Playbook): ValidationError[] {
  const errors: ValidationError[] = [];
  const report = (path: PathSegment[], message: string, target?: string) =>
    errors.push(validationError(path, message, target));

  const entities = checkDataModel(playbook, report);
  const nodesById = checkIds(playbook, report);
  const roleIds = new Set(playbook.roles.map((role) => role.id));

  checkDataset(playbook, entities, report);
  checkGovernance(playbook, roleIds, report);
  playbook.nodes.forEach((node, index) => {
    checkNode(node, ['nodes', index], { entities, nodesById, roleIds }, report);
  });
  checkEdges(playbook, nodesById, report);
  checkScenarios(playbook, { entities, nodesById, roleIds }, report);
  return errors;
}

/** Field names per entity, computed once: effects and records are checked against them often. */
const fieldSets = new WeakMap<Entity, Set<string>>();
function hasField(entity: Entity, name: string): boolean {
  let names = fieldSets.get(entity);
  if (!names) {
    names = new Set(entity.fields.map((field) => field.name));
    fieldSets.set(entity, names);
  }
  return names.has(name);
}

type Report = (path: PathSegment[], message: string, target?: string) => void;

interface Context {
  entities: Map<string, Entity>;
  nodesById: Map<string, PlaybookNode>;
  roleIds: Set<string>;
}

function checkDataModel(playbook: Playbook, report: Report): Map<string, Entity> {
  const entities = new Map<string, Entity>();
  playbook.dataModel.entities.forEach((entity, index) => {
    const path = ['dataModel', 'entities', index];
    if (entities.has(entity.name)) report([...path, 'name'], `Entity "${entity.name}" is defined twice`);
    entities.set(entity.name, entity);
    const fieldNames = new Set<string>();
    entity.fields.forEach((field, fieldIndex) => {
      if (fieldNames.has(field.name)) {
        report(
          [...path, 'fields', fieldIndex, 'name'],
          `Entity "${entity.name}" has two fields named "${field.name}"`,
        );
      }
      fieldNames.add(field.name);
    });
    if (!fieldNames.has(entity.key)) {
      report([...path, 'key'], `Entity "${entity.name}": the key "${entity.key}" is not one of its fields`);
    }
    entity.unique.forEach((set, setIndex) => {
      set.forEach((name, nameIndex) => {
        if (!fieldNames.has(name)) {
          report(
            [...path, 'unique', setIndex, nameIndex],
            `Entity "${entity.name}": unique field "${name}" is not one of its fields`,
          );
        }
      });
    });
  });
  // References need every entity known first.
  playbook.dataModel.entities.forEach((entity, index) => {
    entity.references.forEach((reference, refIndex) => {
      const path = ['dataModel', 'entities', index, 'references', refIndex];
      if (!entity.fields.some((field) => field.name === reference.field)) {
        report(
          [...path, 'field'],
          `Entity "${entity.name}": reference field "${reference.field}" is not one of its fields`,
        );
      }
      if (!entities.has(reference.entity)) {
        report(
          [...path, 'entity'],
          `Entity "${entity.name}" refers to entity "${reference.entity}", which does not exist`,
        );
      }
    });
  });
  return entities;
}

function checkIds(playbook: Playbook, report: Report): Map<string, PlaybookNode> {
  const nodesById = new Map<string, PlaybookNode>();
  const seen = new Set<string>();
  playbook.nodes.forEach((node, index) => {
    if (seen.has(node.id))
      report(['nodes', index, 'id'], `Two nodes have the id "${node.id}"; ids must be unique`, node.id);
    seen.add(node.id);
    if (!nodesById.has(node.id)) nodesById.set(node.id, node);
  });
  playbook.edges.forEach((edge, index) => {
    if (seen.has(edge.id)) {
      report(['edges', index, 'id'], `Edge id "${edge.id}" is already used by another node or edge`, edge.id);
    }
    seen.add(edge.id);
  });
  const unique = (list: { id: string }[], name: string, what: string) => {
    const ids = new Set<string>();
    list.forEach((item, index) => {
      if (ids.has(item.id)) report([name, index, 'id'], `Two ${what} have the id "${item.id}"`);
      ids.add(item.id);
    });
  };
  unique(playbook.roles, 'roles', 'roles');
  unique(playbook.scenarios, 'scenarios', 'scenarios');
  return nodesById;
}

function checkRecordFields(
  record: DataRecord,
  entity: Entity,
  path: PathSegment[],
  what: string,
  report: Report,
) {
  for (const name of Object.keys(record)) {
    if (!hasField(entity, name)) {
      report([...path, name], `${what}: entity "${entity.name}" has no field "${name}"`);
    }
  }
}

function checkDataset(playbook: Playbook, entities: Map<string, Entity>, report: Report) {
  for (const [name, records] of Object.entries(playbook.dataset)) {
    const entity = entities.get(name);
    if (!entity) {
      report(
        ['dataset', name],
        `The dataset has records for "${name}", which is not an entity of the data model`,
      );
      continue;
    }
    records.forEach((record, index) => {
      checkRecordFields(
        record,
        entity,
        ['dataset', name, index],
        `Dataset record ${index + 1} of "${name}"`,
        report,
      );
    });
  }
}

function checkGovernance(playbook: Playbook, roleIds: Set<string>, report: Report) {
  playbook.governance.approverRoles.forEach((role, index) => {
    if (!roleIds.has(role))
      report(['governance', 'approverRoles', index], `Approver role "${role}" does not exist`);
  });
}

function checkTemplate(text: string, path: PathSegment[], prefix: string, report: Report, target?: string) {
  if (!hasPlaceholder(text)) return;
  for (const name of unknownTemplateNames(text)) {
    report(
      path,
      `${prefix}unknown template name "{{${name}}}"; use now, id, playbook.name, node.label, run.failedNode, run.elapsed or run.outcome`,
      target,
    );
  }
}

function checkExpression(
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

function checkEffect(
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
    for (const [name, value] of Object.entries(record)) {
      if (!hasField(entity, name)) {
        report(
          [...recordPath, name],
          `${prefix}${what}: entity "${entity.name}" has no field "${name}"`,
          target,
        );
      }
      if (typeof value === 'string') checkTemplate(value, [...recordPath, name], prefix, report, target);
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

function checkNode(node: PlaybookNode, path: PathSegment[], ctx: Context, report: Report) {
  const prefix = `Node "${node.id}": `;
  const id = node.id;
  checkRole(node.owner, [...path, 'owner'], prefix, 'owner', ctx, report, id);
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

/** Node kinds a `failure` edge may leave (spec section 4). */
const FAILURE_SOURCES: ReadonlySet<string> = new Set([
  'step',
  'compensation',
  'restore',
  'rollback',
  'check',
  'approval',
]);

function checkEdges(playbook: Playbook, nodesById: Map<string, PlaybookNode>, report: Report) {
  const outgoing = new Map<string, { next: number; failure: number; branches: Set<boolean> }>();
  const compensationOwner = new Map<string, string>();
  const stepCompensation = new Map<string, string>();

  playbook.edges.forEach((edge, index) => {
    const path = ['edges', index];
    const prefix = `Edge "${edge.id}": `;
    const source = nodesById.get(edge.source);
    const target = nodesById.get(edge.target);
    if (!source)
      report(
        [...path, 'source'],
        `Edge "${edge.id}" starts at node "${edge.source}", which does not exist`,
        edge.id,
      );
    if (!target)
      report(
        [...path, 'target'],
        `Edge "${edge.id}" points to node "${edge.target}", which does not exist`,
        edge.id,
      );
    if (edge.kind !== 'branch' && edge.when !== undefined) {
      report([...path, 'when'], `${prefix}only a branch edge carries "when"`, edge.id);
    }
    if (!source || !target) return;

    if (source.kind === 'end') {
      report(path, `${prefix}an end node ("${source.id}") has no outgoing edges`, edge.id);
      return;
    }
    const counts = outgoing.get(source.id) ?? { next: 0, failure: 0, branches: new Set<boolean>() };
    outgoing.set(source.id, counts);

    switch (edge.kind) {
      case 'compensate': {
        if (source.kind !== 'step' || target.kind !== 'compensation') {
          report(
            path,
            `${prefix}a compensate edge goes from a step to a compensation, not from ${source.kind} "${source.id}" to ${target.kind} "${target.id}"`,
            edge.id,
          );
          return;
        }
        if (stepCompensation.has(source.id)) {
          report(
            path,
            `${prefix}step "${source.id}" already has compensation "${stepCompensation.get(source.id)}"; a step has at most one`,
            edge.id,
          );
        }
        if (compensationOwner.has(target.id)) {
          report(
            path,
            `${prefix}compensation "${target.id}" already belongs to step "${compensationOwner.get(target.id)}"; a compensation undoes exactly one step`,
            edge.id,
          );
        }
        stepCompensation.set(source.id, target.id);
        compensationOwner.set(target.id, source.id);
        return;
      }
      case 'branch':
        if (source.kind !== 'decision') {
          report(
            path,
            `${prefix}a branch edge leaves only a decision, not ${source.kind} "${source.id}"`,
            edge.id,
          );
          return;
        }
        if (edge.when === undefined) {
          report([...path, 'when'], `${prefix}a branch edge needs "when": true or false`, edge.id);
          return;
        }
        if (counts.branches.has(edge.when)) {
          report(
            [...path, 'when'],
            `${prefix}decision "${source.id}" already has a branch for ${edge.when}`,
            edge.id,
          );
        }
        counts.branches.add(edge.when);
        return;
      case 'failure':
        if (!FAILURE_SOURCES.has(source.kind)) {
          report(
            path,
            `${prefix}a ${source.kind} node cannot fail, so "${source.id}" has no failure edge`,
            edge.id,
          );
          return;
        }
        counts.failure += 1;
        if (counts.failure > 1)
          report(
            path,
            `${prefix}node "${source.id}" already has a failure edge; it may have only one`,
            edge.id,
          );
        return;
      case 'next':
        if (source.kind === 'compensation') {
          report(path, `${prefix}a compensation has no next edge: after it, the rollback goes on`, edge.id);
          return;
        }
        if (source.kind === 'decision') {
          report(
            path,
            `${prefix}a decision leaves by branch edges (when true / when false), not a next edge`,
            edge.id,
          );
          return;
        }
        counts.next += 1;
        if (counts.next > 1)
          report(path, `${prefix}node "${source.id}" already has a next edge; it may have only one`, edge.id);
        return;
    }
  });

  playbook.nodes.forEach((node, index) => {
    if (node.kind === 'compensation' && !compensationOwner.has(node.id)) {
      report(
        ['nodes', index],
        `Node "${node.id}": this compensation is not attached to any step (draw a compensate edge from its step)`,
        node.id,
      );
    }
  });
}

function checkScenarios(playbook: Playbook, ctx: Context, report: Report) {
  playbook.scenarios.forEach((scenario, index) => {
    const path = ['scenarios', index];
    const prefix = `Scenario "${scenario.id}": `;
    if (scenario.trigger !== undefined && ctx.nodesById.get(scenario.trigger)?.kind !== 'trigger') {
      report([...path, 'trigger'], `${prefix}"${scenario.trigger}" is not a trigger node`);
    }
    scenario.faults.forEach((fault, faultIndex) => {
      const faultPath = [...path, 'faults', faultIndex];
      if (!ctx.nodesById.has(fault.node)) {
        report([...faultPath, 'node'], `${prefix}the fault names node "${fault.node}", which does not exist`);
      }
      if (fault.type === 'corrupt')
        checkEffect(fault.mutation, [...faultPath, 'mutation'], prefix, ctx, report);
    });
    for (const nodeId of Object.keys(scenario.approvals)) {
      if (ctx.nodesById.get(nodeId)?.kind !== 'approval') {
        report([...path, 'approvals', nodeId], `${prefix}"${nodeId}" is not an approval node`);
      }
    }
    const { endNode, dataMatches } = scenario.expect;
    if (endNode !== undefined && ctx.nodesById.get(endNode)?.kind !== 'end') {
      report([...path, 'expect', 'endNode'], `${prefix}expected end node "${endNode}" is not an end node`);
    }
    if (
      dataMatches !== undefined &&
      dataMatches !== 'initial' &&
      ctx.nodesById.get(dataMatches)?.kind !== 'checkpoint'
    ) {
      report(
        [...path, 'expect', 'dataMatches'],
        `${prefix}"dataMatches" must be "initial" or a checkpoint node id, not "${dataMatches}"`,
      );
    }
  });
}
