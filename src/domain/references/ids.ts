import type { Playbook, PlaybookNode } from '../types';
import type { Report } from './context';

/** Node, edge, role and scenario ids are unique (nodes and edges share one namespace); the nodes by id. */
export function checkIds(playbook: Playbook, report: Report): Map<string, PlaybookNode> {
  // The node map doubles as the set of node ids, and edges are looked up in it and in their own
  // set: one id set fewer to build at 5,000 nodes (issue 20).
  const nodesById = new Map<string, PlaybookNode>();
  playbook.nodes.forEach((node, index) => {
    if (nodesById.has(node.id))
      report(['nodes', index, 'id'], `Two nodes have the id "${node.id}"; ids must be unique`, node.id);
    else nodesById.set(node.id, node);
  });
  const edgeIds = new Set<string>();
  playbook.edges.forEach((edge, index) => {
    if (nodesById.has(edge.id) || edgeIds.has(edge.id)) {
      report(['edges', index, 'id'], `Edge id "${edge.id}" is already used by another node or edge`, edge.id);
    }
    edgeIds.add(edge.id);
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

/** Every approver role of the governance settings is a role of this playbook. */
export function checkGovernance(playbook: Playbook, roleIds: Set<string>, report: Report) {
  playbook.governance.approverRoles.forEach((role, index) => {
    if (!roleIds.has(role))
      report(['governance', 'approverRoles', index], `Approver role "${role}" does not exist`);
  });
}
