import { nodePositionsOf } from '../idGraphIndex';
import type { Playbook } from '../types';
import type { NodeLookup, Report } from './context';

/** Node, edge, role and scenario ids are unique (nodes and edges share one namespace); the nodes by id. */
export function checkIds(playbook: Playbook, report: Report): NodeLookup {
  // The node positions are the ones the lint graph index reads (shared per node list), and they
  // double as the set of node ids (issue 20: one id map fewer to build at 5,000 nodes).
  const { nodes } = playbook;
  const positions = nodePositionsOf(nodes);
  nodes.forEach((node, index) => {
    if (positions.get(node.id) !== index)
      report(['nodes', index, 'id'], `Two nodes have the id "${node.id}"; ids must be unique`, node.id);
  });
  const edgeIds = new Set<string>();
  playbook.edges.forEach((edge, index) => {
    if (positions.has(edge.id) || edgeIds.has(edge.id)) {
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
  return {
    get: (id) => {
      const at = positions.get(id);
      return at === undefined ? undefined : nodes[at];
    },
    has: (id) => positions.has(id),
  };
}

/** Every approver role of the governance settings is a role of this playbook. */
export function checkGovernance(playbook: Playbook, roleIds: Set<string>, report: Report) {
  playbook.governance.approverRoles.forEach((role, index) => {
    if (!roleIds.has(role))
      report(['governance', 'approverRoles', index], `Approver role "${role}" does not exist`);
  });
}
