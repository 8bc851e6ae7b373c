import { modelViolations } from '../modelInvariants';
import type { LintRule } from '../types';
import { RULE_META } from './ruleMeta';

/** Spec section 2: the schema accepts a dataset that breaks the model; lint reports it. */
export const datasetConsistent: LintRule = {
  id: 'dataset-consistent',
  meta: RULE_META['dataset-consistent'],
  check(playbook, report) {
    for (const violation of modelViolations(playbook.dataModel.entities, playbook.dataset)) {
      report(null, `Dataset: ${violation.message}`);
    }
  },
};
