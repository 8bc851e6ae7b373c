import { COUNT_OPS, INVARIANT_TYPES } from '../../domain/schema/invariants';
import type { Invariant } from '../../domain/types';
import {
  ChecklistField,
  ExpressionField,
  ListField,
  NumberField,
  SelectField,
  TextField,
} from '../components/fields';
import { useEntities, useNodeOptions } from './formSelectors';
import { ItemCard } from './ItemCard';
import { type ListEditorProps, removeAt, replaceAt, withField } from './nodeEditing';

const TYPE_WORDS: Record<Invariant['type'], string> = {
  unique: 'Unique: no two records share these fields',
  references: 'References: no orphans',
  required: 'Required: these fields are filled',
  count: 'Count: number of records',
  matchesCheckpoint: 'Matches a checkpoint',
  model: 'Every data-model rule holds',
  expression: 'A CEL expression is true',
};

/** A fresh invariant of a type, keeping id, message and entity where the new type has them. */
function switchType(
  invariant: Invariant,
  type: Invariant['type'],
  firstEntity: string,
  firstCheckpoint: string,
): Invariant {
  const base = {
    ...(invariant.id ? { id: invariant.id } : {}),
    ...(invariant.message ? { message: invariant.message } : {}),
  };
  const entity = 'entity' in invariant ? invariant.entity : firstEntity;
  switch (type) {
    case 'unique':
    case 'required':
      return { ...base, type, entity, fields: [] };
    case 'references':
      return { ...base, type, entity };
    case 'count':
      return { ...base, type, entity, op: '==', value: 0 };
    case 'matchesCheckpoint':
      return { ...base, type, checkpoint: firstCheckpoint };
    case 'model':
      return { ...base, type };
    case 'expression':
      return { ...base, type, expr: 'true' };
  }
}

/** The invariants of a check node, each with every field of its type. */
export function InvariantsEditor({
  value: invariants,
  pointer,
  error,
  onChange,
}: ListEditorProps<Invariant>) {
  const entities = useEntities();
  const checkpoints = useNodeOptions('checkpoint');
  const replace = (index: number, invariant: Invariant) => onChange(replaceAt(invariants, index, invariant));
  return (
    <section className="group" aria-label="Invariants">
      <h3>Invariants</h3>
      {error(pointer) && <p className="field__error">{error(pointer)}</p>}
      {invariants.map((invariant, index) => {
        const at = `${pointer}/${index}`;
        const title = `Invariant ${index + 1}`;
        const entity = 'entity' in invariant ? entities.find((e) => e.name === invariant.entity) : undefined;
        const fieldOptions = (entity?.fields ?? []).map((f) => ({ value: f.name, label: f.name }));
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: invariants have optional ids only
          <ItemCard key={index} title={title} onRemove={() => onChange(removeAt(invariants, index))}>
            <SelectField
              label={`${title}: type`}
              value={invariant.type}
              options={INVARIANT_TYPES.map((t) => ({ value: t, label: TYPE_WORDS[t] }))}
              onChange={(t) =>
                replace(index, switchType(invariant, t, entities[0]?.name ?? '', checkpoints[0]?.value ?? ''))
              }
            />
            {'entity' in invariant && (
              <SelectField
                label={`${title}: entity`}
                value={invariant.entity}
                placeholder="Choose an entity"
                options={entities.map((e) => e.name)}
                onChange={(name) => replace(index, { ...invariant, entity: name })}
                error={error(`${at}/entity`)}
              />
            )}
            {(invariant.type === 'unique' || invariant.type === 'required') && (
              <ChecklistField
                label={`${title}: fields`}
                options={fieldOptions}
                value={invariant.fields}
                onChange={(fields) => replace(index, { ...invariant, fields })}
                error={error(`${at}/fields`)}
                empty="Choose an entity with fields"
              />
            )}
            {invariant.type === 'references' && (
              <SelectField
                label={`${title}: reference field`}
                value={invariant.field ?? ''}
                placeholder="All references"
                options={(entity?.references ?? []).map((r) => r.field)}
                onChange={(field) => replace(index, withField(invariant, 'field', field || undefined))}
              />
            )}
            {invariant.type === 'count' && (
              <>
                <SelectField
                  label={`${title}: comparison`}
                  value={invariant.op}
                  options={COUNT_OPS}
                  onChange={(op) => replace(index, { ...invariant, op })}
                />
                <NumberField
                  label={`${title}: count`}
                  integer
                  min={0}
                  value={invariant.value}
                  onChange={(value) => replace(index, { ...invariant, value: value ?? 0 })}
                  error={error(`${at}/value`)}
                />
              </>
            )}
            {invariant.type === 'matchesCheckpoint' && (
              <>
                <SelectField
                  label={`${title}: checkpoint`}
                  value={invariant.checkpoint}
                  placeholder="Choose a checkpoint"
                  options={checkpoints}
                  onChange={(checkpoint) => replace(index, { ...invariant, checkpoint })}
                  error={error(`${at}/checkpoint`)}
                />
                <ListField
                  label={`${title}: entities`}
                  hint="Leave empty for all"
                  value={invariant.entities ?? []}
                  onChange={(list) =>
                    replace(index, withField(invariant, 'entities', list.length ? list : undefined))
                  }
                />
              </>
            )}
            {invariant.type === 'expression' && (
              <ExpressionField
                label={`${title}: expression`}
                value={invariant.expr}
                onChange={(expr) => replace(index, { ...invariant, expr })}
                error={error(`${at}/expr`)}
              />
            )}
            <TextField
              label={`${title}: id`}
              value={invariant.id ?? ''}
              onChange={(id) => replace(index, withField(invariant, 'id', id || undefined))}
              error={error(`${at}/id`)}
            />
            <TextField
              label={`${title}: message`}
              value={invariant.message ?? ''}
              onChange={(message) => replace(index, withField(invariant, 'message', message || undefined))}
            />
          </ItemCard>
        );
      })}
      <button type="button" onClick={() => onChange([...invariants, { type: 'model' }])}>
        Add invariant
      </button>
    </section>
  );
}
