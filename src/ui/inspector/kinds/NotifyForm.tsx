import { NOTIFY_CHANNELS } from '../../../domain/schema/nodes';
import { SelectField, TextField } from '../../components/fields';
import { bindNode, type KindFormProps } from './kindFormProps';

const TIERS = ['1', '2', '3'] as const;

/** Notify: who hears what, on which channel and tier. */
export function NotifyForm(props: KindFormProps<'notify'>) {
  const bind = bindNode(props);
  const { node, change } = props;
  return (
    <>
      <SelectField label="Channel" options={NOTIFY_CHANNELS} {...bind.field('channel')} />
      <TextField label="Audience" {...bind.field('audience')} />
      <SelectField
        label="Tier"
        value={String(node.tier) as (typeof TIERS)[number]}
        options={TIERS}
        onChange={(v) => change({ ...node, tier: Number(v) }, 'tier')}
      />
      <TextField
        label="Message"
        multiline
        hint="{{playbook.name}}, {{run.outcome}}, {{run.failedNode}}, {{now}} … are filled in"
        {...bind.field('message')}
      />
    </>
  );
}
