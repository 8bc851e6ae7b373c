import type { PathSegment } from '../../lib/jsonPointer';
import type { Playbook } from '../types';
import { type ValidationError, validationError } from '../validationError';
import { checkDataModel, checkDataset } from './dataModel';
import { checkEdges } from './edges';
import { checkGovernance, checkIds } from './ids';
import { checkNode } from './nodes';
import { checkScenarios } from './scenarios';

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
