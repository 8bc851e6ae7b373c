import { modelViolations } from '../modelInvariants';
import type { LintRule } from '../types';

/** Spec section 2: the schema accepts a dataset that breaks the model; lint reports it. */
export const datasetConsistent: LintRule = {
  id: 'dataset-consistent',
  meta: {
    description:
      'The dataset itself satisfies the model invariants: keys present and unique, required fields, types, unique sets, references.',
    rationale:
      'Every dry run starts from the dataset, and "consistent" means the model invariants hold. A dataset that already breaks them makes every drill look inconsistent, or hides real damage behind old damage. If the anomaly is deliberate, turn this rule off for the playbook.',
    defaultSeverity: 'warn',
  },
  check(playbook, report) {
    for (const violation of modelViolations(playbook.dataModel.entities, playbook.dataset)) {
      report(null, `Dataset: ${violation.message}`);
    }
  },
};
