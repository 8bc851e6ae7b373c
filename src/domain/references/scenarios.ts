import type { Playbook } from '../types';
import type { Context, Report } from './context';
import { checkEffect } from './effects';

/** A scenario names a trigger, fault targets, approvals, an end and a checkpoint that exist. */
export function checkScenarios(playbook: Playbook, ctx: Context, report: Report) {
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
