import type { Entity } from '../../domain/types';
import { useDocumentActions } from '../../state/documentActions';
import { useDocument } from '../../state/documentSelectors';
import { DurationField, ListField, SelectField, TextField } from '../components/fields';
import { useFieldError, withField } from '../inspector/nodeEditing';
import { EntityFieldRow } from './EntityFieldRow';
import { textMemberProps } from './itemFields';

/** One entity: name, key, retention, fields (name, type, required, personal), unique sets and references. */
function EntityEditor({
  entity,
  index,
  entityNames,
}: {
  entity: Entity;
  index: number;
  entityNames: string[];
}) {
  const actions = useDocumentActions();
  const error = useFieldError();
  const at = `/dataModel/entities/${index}`;
  const title = `Entity ${entity.name || index + 1}`;
  const set = (next: Entity, field: string) => actions.entityEdited(index, next, false, field);
  const editing = { item: entity, title, at, error, set };
  const fieldNames = entity.fields.map((f) => f.name);
  return (
    <fieldset className="card">
      <legend>{title}</legend>
      <TextField {...textMemberProps(editing, 'name', 'name')} />
      <SelectField
        label={`${title}: key field`}
        value={entity.key}
        placeholder="Choose the key"
        options={fieldNames}
        onChange={(key) => set({ ...entity, key }, 'key')}
        error={error(`${at}/key`)}
      />
      {(entity.retention !== undefined || entity.fields.some((field) => field.personal === true)) && (
        <DurationField
          label={`${title}: keep personal data for`}
          optional
          value={entity.retention}
          onChange={(retention) => set(withField(entity, 'retention', retention), 'retention')}
          error={error(`${at}/retention`)}
        />
      )}
      <fieldset className="rows">
        <legend>Fields</legend>
        {entity.fields.map((field, fieldIndex) => {
          const fieldTitle = `${title} field ${fieldIndex + 1}`;
          const replace = (next: Entity['fields'][number], what: string) =>
            set(
              { ...entity, fields: entity.fields.map((f, i) => (i === fieldIndex ? next : f)) },
              `fields.${fieldIndex}.${what}`,
            );
          return (
            <EntityFieldRow
              // biome-ignore lint/suspicious/noArrayIndexKey: the field's name is being edited
              key={fieldIndex}
              field={field}
              title={fieldTitle}
              invalid={Boolean(error(`${at}/fields/${fieldIndex}`))}
              replace={replace}
              remove={() => set({ ...entity, fields: entity.fields.filter((_, i) => i !== fieldIndex) }, '')}
            />
          );
        })}
        {error(`${at}/fields`) && <p className="field__error">{error(`${at}/fields`)}</p>}
        <button
          type="button"
          onClick={() =>
            set(
              {
                ...entity,
                fields: [
                  ...entity.fields,
                  { name: `field${entity.fields.length + 1}`, type: 'string', required: false },
                ],
              },
              '',
            )
          }
        >
          Add field to {title}
        </button>
      </fieldset>
      <fieldset className="rows">
        <legend>Unique together</legend>
        {entity.unique.map((fields, setIndex) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: unique sets have no id
          <div key={setIndex} className="row">
            <ListField
              label={`${title} unique set ${setIndex + 1}`}
              value={fields}
              onChange={(v) =>
                set(
                  { ...entity, unique: entity.unique.map((u, i) => (i === setIndex ? v : u)) },
                  `unique.${setIndex}`,
                )
              }
              error={error(`${at}/unique/${setIndex}`)}
            />
            <button
              type="button"
              aria-label={`Remove ${title} unique set ${setIndex + 1}`}
              onClick={() => set({ ...entity, unique: entity.unique.filter((_, i) => i !== setIndex) }, '')}
            >
              ×
            </button>
          </div>
        ))}
        <button
          type="button"
          onClick={() => set({ ...entity, unique: [...entity.unique, fieldNames.slice(0, 1)] }, '')}
        >
          Add unique set to {title}
        </button>
      </fieldset>
      <fieldset className="rows">
        <legend>References</legend>
        {entity.references.map((reference, refIndex) => {
          const refTitle = `${title} reference ${refIndex + 1}`;
          const replace = (next: Entity['references'][number]) =>
            set(
              { ...entity, references: entity.references.map((r, i) => (i === refIndex ? next : r)) },
              `references.${refIndex}`,
            );
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: references have no id
            <div className="row" key={refIndex}>
              <select
                aria-label={`${refTitle}: field`}
                value={reference.field}
                onChange={(e) => replace({ ...reference, field: e.target.value })}
              >
                {[...new Set([reference.field, ...fieldNames])].map((name) => (
                  <option key={name}>{name}</option>
                ))}
              </select>
              →
              <select
                aria-label={`${refTitle}: entity`}
                value={reference.entity}
                onChange={(e) => replace({ ...reference, entity: e.target.value })}
              >
                {[...new Set([reference.entity, ...entityNames])].map((name) => (
                  <option key={name}>{name}</option>
                ))}
              </select>
              <button
                type="button"
                aria-label={`Remove ${refTitle}`}
                onClick={() =>
                  set({ ...entity, references: entity.references.filter((_, i) => i !== refIndex) }, '')
                }
              >
                ×
              </button>
            </div>
          );
        })}
        {error(`${at}/references`) && <p className="field__error">{error(`${at}/references`)}</p>}
        <button
          type="button"
          disabled={fieldNames.length === 0}
          onClick={() =>
            set(
              {
                ...entity,
                references: [
                  ...entity.references,
                  { field: fieldNames[0] ?? '', entity: entityNames[0] ?? '' },
                ],
              },
              '',
            )
          }
        >
          Add reference to {title}
        </button>
      </fieldset>
      <button type="button" className="danger" onClick={() => actions.entityEdited(index, null)}>
        Remove {title}
      </button>
    </fieldset>
  );
}

/** The data model: the entities that effects, checks and the dataset speak of. */
export function DataModelPanel() {
  const { dataModel } = useDocument();
  const actions = useDocumentActions();
  const names = dataModel.entities.map((e) => e.name);
  return (
    <section className="panel" aria-label="Data model">
      <h2>Data model</h2>
      {dataModel.entities.map((entity, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the entity's name is being edited
        <EntityEditor key={index} entity={entity} index={index} entityNames={names} />
      ))}
      <button
        type="button"
        onClick={() =>
          actions.entityEdited(
            dataModel.entities.length,
            {
              name: `entity${dataModel.entities.length + 1}`,
              key: 'id',
              fields: [{ name: 'id', type: 'string', required: false }],
              unique: [],
              references: [],
            },
            true,
          )
        }
      >
        Add entity
      </button>
    </section>
  );
}
