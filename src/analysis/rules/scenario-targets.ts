import { FAULT_APPLIES_TO } from '../../domain/schema/scenario';
import { describeNode } from '../describe';
import { graphIndexOf } from '../graphIndex';
import type { LintRule } from '../types';
import { RULE_META } from './ruleMeta';

/** A scenario's faults name nodes the fault can act on; otherwise the fault silently does nothing. */
export const scenarioTargets: LintRule = {
  id: 'scenario-targets',
  meta: RULE_META['scenario-targets'],
  check(playbook, report) {
    const index = graphIndexOf(playbook);
    for (const scenario of playbook.scenarios) {
      for (const fault of scenario.faults) {
        const position = index.positionOf.get(fault.node);
        // A fault on a missing node is a validation error already.
        if (position === undefined) continue;
        const node = index.nodes[position]!;
        const kinds = FAULT_APPLIES_TO[fault.type];
        if (kinds !== 'any' && !kinds.includes(node.kind)) {
          report(
            node.id,
            `Scenario "${scenario.id}": a "${fault.type}" fault acts only on ${kinds.join(', ')} nodes, not on ${describeNode(node)}`,
          );
        } else if (
          fault.type === 'outage' &&
          (node.kind === 'step' || node.kind === 'compensation') &&
          !node.system
        ) {
          report(
            node.id,
            `Scenario "${scenario.id}": an outage takes a node's system down, but ${describeNode(node)} names no system, so the fault does nothing`,
          );
        }
      }
    }
  },
};
