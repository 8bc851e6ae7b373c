import { FIELD_TYPES, PERSONAL_CATEGORIES } from '../../domain/schema/dataModel';
import type { Field } from '../../domain/types';
import { withField } from '../inspector/nodeEditing';
import { PersonalBadge } from '../personal/PersonalBadge';
import '../personal/personal.css';

type Category = (typeof PERSONAL_CATEGORIES)[number];

/**
 * One field of an entity: name, type, required, and whether it holds personal data (with its
 * category). A personal field's row is marked, so the data that rules and exports treat with care
 * stands out. Clearing "personal" removes the category too: the format refuses one without it.
 */
export function EntityFieldRow({
  field,
  title,
  invalid,
  replace,
  remove,
}: {
  field: Field;
  title: string;
  invalid: boolean;
  replace: (next: Field, what: string) => void;
  remove: () => void;
}) {
  const personal = field.personal === true;
  return (
    <div className={personal ? 'entity-field entity-field--personal' : 'entity-field'}>
      <div className="row">
        <input
          aria-label={`${title}: name`}
          value={field.name}
          onChange={(e) => replace({ ...field, name: e.target.value }, 'name')}
          aria-invalid={invalid}
        />
        <select
          aria-label={`${title}: type`}
          value={field.type}
          onChange={(e) => replace({ ...field, type: e.target.value as Field['type'] }, 'type')}
        >
          {FIELD_TYPES.map((type) => (
            <option key={type}>{type}</option>
          ))}
        </select>
        <button type="button" aria-label={`Remove ${title}`} onClick={remove}>
          ×
        </button>
      </div>
      {/* Short visible words; the accessible names say which field, as before. */}
      <div className="entity-field__flags">
        <label>
          <input
            type="checkbox"
            aria-label={`${title}: required`}
            checked={field.required}
            onChange={(e) => replace({ ...field, required: e.target.checked }, 'required')}
          />{' '}
          required
        </label>
        <label>
          <input
            type="checkbox"
            aria-label={`${title}: personal`}
            checked={personal}
            onChange={(e) =>
              replace(
                e.target.checked
                  ? { ...field, personal: true }
                  : withField(withField(field, 'personal', undefined), 'category', undefined),
                'personal',
              )
            }
          />{' '}
          personal
        </label>
        {personal && (
          <select
            aria-label={`${title}: personal data category`}
            value={field.category ?? ''}
            onChange={(e) =>
              replace(
                withField(field, 'category', (e.target.value || undefined) as Category | undefined),
                'category',
              )
            }
          >
            <option value="">no category</option>
            {PERSONAL_CATEGORIES.map((category) => (
              <option key={category}>{category}</option>
            ))}
          </select>
        )}
        <PersonalBadge field={field} />
      </div>
    </div>
  );
}
