import { EFFECT_OPS } from '../../domain/schema/effects';
import type { Effect } from '../../domain/types';
import { ExpressionField, SelectField } from '../components/fields';
import { FieldValueRows } from './FieldValueRows';
import { useEntities } from './formSelectors';
import { InlineCreate } from './InlineCreate';
import { ItemCard } from './ItemCard';
import { type ListEditorProps, removeAt, replaceAt, withField } from './nodeEditing';
import { entityCreated } from './useInlineSetup';

/** The same effect as another op, keeping its entity (and match/where where both have them). */
function switchOp(effect: Effect, op: Effect['op']): Effect {
  const keep = { entity: effect.entity };
  const filter =
    effect.op === 'insert'
      ? {}
      : {
          ...(effect.match ? { match: effect.match } : {}),
          ...(effect.where ? { where: effect.where } : {}),
        };
  switch (op) {
    case 'insert':
      return { op, ...keep, records: [{}] };
    case 'update':
      return { op, ...keep, ...filter, set: effect.op === 'update' ? effect.set : {} };
    case 'delete':
      return { op, ...keep, ...filter };
  }
}

/** An effect with nothing filled in beyond its op and entity. */
function isBlank(effect: Effect): boolean {
  if (effect.op === 'insert') return effect.records.every((record) => Object.keys(record).length === 0);
  const unfiltered = !effect.match && !effect.where;
  return effect.op === 'update' ? unfiltered && Object.keys(effect.set).length === 0 : unfiltered;
}

/** The data changes of a step or compensation: op, entity, match/where, set/records. */
export function EffectsEditor({ value: effects, pointer, error, onChange }: ListEditorProps<Effect>) {
  const entities = useEntities();
  const replace = (index: number, effect: Effect) => onChange(replaceAt(effects, index, effect));
  return (
    <section className="group" aria-label="Effects">
      <h3>Data changes (effects)</h3>
      {effects.length === 0 && <p className="field__hint">No data changes yet.</p>}
      {effects.map((effect, index) => {
        const at = `${pointer}/${index}`;
        const entity = entities.find((e) => e.name === effect.entity);
        const title = `Effect ${index + 1}`;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: effects have no id; their place is their identity
          <ItemCard key={index} title={title} onRemove={() => onChange(removeAt(effects, index))}>
            <SelectField
              label={`${title}: operation`}
              value={effect.op}
              options={EFFECT_OPS}
              onChange={(op) => replace(index, switchOp(effect, op))}
            />
            <SelectField
              label={`${title}: entity`}
              value={effect.entity}
              placeholder="Choose an entity"
              options={[...entities.map((e) => e.name), ...(entity || !effect.entity ? [] : [effect.entity])]}
              onChange={(name) => replace(index, { ...effect, entity: name })}
              // An entity not chosen yet is a step still to take, not a mistake: the Problems panel
              // lists it; here the error shows once something (wrong) is chosen.
              error={effect.entity ? error(`${at}/entity`) : undefined}
            />
            {effect.op !== 'insert' && (
              <>
                <FieldValueRows
                  label={`${title} match`}
                  entity={entity}
                  record={effect.match ?? {}}
                  onChange={(match) =>
                    replace(index, withField(effect, 'match', Object.keys(match).length ? match : undefined))
                  }
                />
                <ExpressionField
                  label={`${title}: where`}
                  hint="Optional: a CEL condition on the record r, such as r.total > 100"
                  value={effect.where ?? ''}
                  onChange={(where) => replace(index, withField(effect, 'where', where || undefined))}
                  error={error(`${at}/where`)}
                />
              </>
            )}
            {effect.op === 'update' && (
              <FieldValueRows
                label={`${title} set`}
                entity={entity}
                record={effect.set}
                onChange={(set) => replace(index, { ...effect, set })}
              />
            )}
            {effect.op === 'update' && error(`${at}/set`) && (
              <p className="field__error">{error(`${at}/set`)}</p>
            )}
            {effect.op === 'insert' &&
              effect.records.map((record, recordIndex) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: records have no id until their key is typed
                <div key={recordIndex}>
                  <FieldValueRows
                    label={`${title} record ${recordIndex + 1}`}
                    entity={entity}
                    record={record}
                    onChange={(r) =>
                      replace(index, {
                        ...effect,
                        records: replaceAt(effect.records, recordIndex, r),
                      })
                    }
                  />
                  <button
                    type="button"
                    onClick={() =>
                      replace(index, {
                        ...effect,
                        records: removeAt(effect.records, recordIndex),
                      })
                    }
                  >
                    Remove record {recordIndex + 1} of {title}
                  </button>
                </div>
              ))}
            {effect.op === 'insert' && (
              <button
                type="button"
                onClick={() => replace(index, { ...effect, records: [...effect.records, {}] })}
              >
                Add record to {title}
              </button>
            )}
          </ItemCard>
        );
      })}
      <button
        type="button"
        onClick={() => onChange([...effects, { op: 'update', entity: entities[0]?.name ?? '', set: {} }])}
      >
        Add effect
      </button>
      <InlineCreate
        noun="entity"
        why={
          entities.length === 0
            ? 'No entities yet. A data change writes records of an entity (a table, such as invoices or charges); the simulator replays it on sample data. Name one here, add its fields in the Data model tab.'
            : 'Another entity? Name it here; the newest data change, if still empty, takes it.'
        }
        example="such as charges"
        onCreate={(name) => {
          const created = entityCreated(name);
          const last = effects.length - 1;
          const target = effects[last];
          // The data change just added (still empty) is the one the person is making it for.
          if (target && (!target.entity || isBlank(target)))
            onChange(replaceAt(effects, last, { ...target, entity: created }));
        }}
      />
    </section>
  );
}
