import { ExpressionField } from '../../components/fields';
import { bindNode, type KindFormProps } from './kindFormProps';

/** Decision: the condition that picks the yes or the no branch. */
export function DecisionForm(props: KindFormProps<'decision'>) {
  return <ExpressionField label="Condition" {...bindNode(props).field('condition')} />;
}
