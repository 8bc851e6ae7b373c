import type { ComponentType } from 'react';
import type { NodeKind } from '../../../domain/types';
import { ApprovalForm } from './ApprovalForm';
import { CheckForm } from './CheckForm';
import { CheckpointForm } from './CheckpointForm';
import { CompensationForm } from './CompensationForm';
import { DecisionForm } from './DecisionForm';
import { EndForm } from './EndForm';
import { FailsafeForm } from './FailsafeForm';
import type { KindFormProps } from './kindFormProps';
import { NotifyForm } from './NotifyForm';
import { RestoreForm } from './RestoreForm';
import { RollbackForm } from './RollbackForm';
import { StepForm } from './StepForm';
import { TriggerForm } from './TriggerForm';

/** The form of each node kind (spec section 3); the type makes a new kind without a form an error. */
export const KIND_FORMS: { [K in NodeKind]: ComponentType<KindFormProps<K>> } = {
  trigger: TriggerForm,
  step: StepForm,
  compensation: CompensationForm,
  checkpoint: CheckpointForm,
  restore: RestoreForm,
  rollback: RollbackForm,
  check: CheckForm,
  approval: ApprovalForm,
  notify: NotifyForm,
  decision: DecisionForm,
  failsafe: FailsafeForm,
  end: EndForm,
};

/** The fields that depend on the node's kind. */
export function KindForm(props: KindFormProps) {
  // The table pairs each kind with its own form; TypeScript cannot follow the pairing through a
  // lookup by a union key, so the form is widened to take any node (it only ever gets its kind).
  const Form = KIND_FORMS[props.node.kind] as ComponentType<KindFormProps>;
  return <Form {...props} />;
}
