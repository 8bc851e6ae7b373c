import { useState } from 'react';
import { useDocumentActions } from '../../state/documentActions';
import { useDocument } from '../../state/documentSelectors';
import { SelectField } from '../components/fields';
import { ValueInput } from '../inspector/FieldValueRows';
import { useFieldError } from '../inspector/nodeEditing';

/** The known-good data every dry run starts from: a table per entity, typed by the data model. */
export function DatasetPanel() {
  const document = useDocument();
  const actions = useDocumentActions();
  const error = useFieldError();
  const entities = document.dataModel.entities;
  const [chosen, setChosen] = useState(entities[0]?.name ?? '');
  const entity = entities.find((e) => e.name === chosen) ?? entities[0];
  if (!entity) return <p className="panel-hint">Add an entity in the Data model tab first.</p>;
  const rows = document.dataset[entity.name] ?? [];
  const setRows = (next: typeof rows, field: string) => actions.datasetEdited(entity.name, next, field);
  return (
    <section className="panel" aria-label="Dataset">
      <h2>Dataset</h2>
      <SelectField
        label="Entity"
        value={entity.name}
        options={entities.map((e) => e.name)}
        onChange={setChosen}
      />
      {error(`/dataset/${entity.name}`) && <p className="field__error">{error(`/dataset/${entity.name}`)}</p>}
      <div className="table-scroll">
        <table className="data-table" aria-label={`${entity.name} records`}>
          <thead>
            <tr>
              {entity.fields.map((field) => (
                <th key={field.name} scope="col" title={field.type}>
                  {field.name}
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, rowIndex) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a row's key value is itself editable
              <tr key={rowIndex}>
                {entity.fields.map((field) => (
                  <td key={field.name}>
                    <ValueInput
                      label={`Row ${rowIndex + 1} ${field.name}`}
                      value={row[field.name] ?? ''}
                      type={field.type}
                      onChange={(value) =>
                        setRows(
                          rows.map((r, i) => (i === rowIndex ? { ...r, [field.name]: value } : r)),
                          `${rowIndex}.${field.name}`,
                        )
                      }
                    />
                  </td>
                ))}
                <td>
                  <button
                    type="button"
                    aria-label={`Delete row ${rowIndex + 1}`}
                    onClick={() =>
                      setRows(
                        rows.filter((_, i) => i !== rowIndex),
                        '',
                      )
                    }
                  >
                    ×
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button
        type="button"
        onClick={() => setRows([...rows, { [entity.key]: `${entity.name}-${rows.length + 1}` }], '')}
      >
        Add row
      </button>
    </section>
  );
}
