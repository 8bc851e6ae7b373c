import { END_OUTCOMES } from '../../../domain/schema/nodes';
import { SelectField } from '../../components/fields';
import { bindNode, type KindFormProps } from './kindFormProps';

/** End: the outcome the run ends with here. */
export function EndForm(props: KindFormProps<'end'>) {
  return <SelectField label="Outcome" options={END_OUTCOMES} {...bindNode(props).field('outcome')} />;
}
