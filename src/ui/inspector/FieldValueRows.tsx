import { useId, useState } from 'react';
import type { Entity, Field } from '../../domain/types';

type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** Reads typed text as a value of a field's type; a message when it is not one. */
export function readValue(
  text: string,
  type: Field['type'] | undefined,
): { ok: true; value: JsonValue } | { ok: false; message: string } {
  switch (type) {
    case 'integer':
    case 'number': {
      const value = Number(text);
      if (text.trim() === '' || !Number.isFinite(value)) return { ok: false, message: 'Enter a number' };
      if (type === 'integer' && !Number.isInteger(value))
        return { ok: false, message: 'Enter a whole number' };
      return { ok: true, value };
    }
    case 'boolean':
      if (text === 'true' || text === 'false') return { ok: true, value: text === 'true' };
      return { ok: false, message: 'Enter true or false' };
    case 'json':
      try {
        return { ok: true, value: JSON.parse(text) as JsonValue };
      } catch {
        return { ok: false, message: 'Enter JSON, such as {"a": 1} or [1, 2]' };
      }
    default:
      if (text === 'null') return { ok: true, value: null };
      return { ok: true, value: text };
  }
}

/** How a value is shown for editing. */
export function showValue(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** A text box for one typed value; bad text stays here with a message and never reaches the document. */
export function ValueInput({
  label,
  value,
  type,
  onChange,
}: {
  label: string;
  value: unknown;
  type: Field['type'] | undefined;
  onChange: (value: JsonValue) => void;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  return (
    <span className="value-input">
      <input
        aria-label={label}
        aria-invalid={Boolean(error)}
        aria-describedby={error ? id : undefined}
        value={draft ?? showValue(value)}
        onChange={(event) => {
          setDraft(event.target.value);
          const read = readValue(event.target.value, type);
          if (!read.ok) return setError(read.message);
          setError(null);
          onChange(read.value);
        }}
        onBlur={() => {
          if (!error) setDraft(null);
        }}
      />
      {error && (
        <span id={id} className="field__error">
          {error}
        </span>
      )}
    </span>
  );
}

/** A default value for a new field of a type. */
function blankValue(type: Field['type']): JsonValue {
  switch (type) {
    case 'integer':
    case 'number':
      return 0;
    case 'boolean':
      return false;
    case 'json':
      return null;
    default:
      return '';
  }
}

/**
 * Field = value rows over one record (an effect's match, set or inserted record, a dataset row),
 * with the field picker taken from the entity in the data model.
 */
export function FieldValueRows({
  label,
  entity,
  record,
  onChange,
}: {
  label: string;
  entity: Entity | undefined;
  record: Record<string, unknown>;
  onChange: (record: Record<string, JsonValue>) => void;
}) {
  const fields = entity?.fields ?? [];
  const typeOf = (name: string) => fields.find((field) => field.name === name)?.type;
  const entries = Object.entries(record) as [string, JsonValue][];
  const unused = fields.filter((field) => !(field.name in record));
  const replace = (index: number, name: string, value: JsonValue) =>
    onChange(Object.fromEntries(entries.map((entry, i) => (i === index ? [name, value] : entry))));
  return (
    <fieldset className="rows">
      <legend>{label}</legend>
      {entries.map(([name, value], index) => (
        <div className="row" key={name}>
          <select
            aria-label={`${label}: field ${index + 1}`}
            value={name}
            onChange={(e) => replace(index, e.target.value, value)}
          >
            {!typeOf(name) && <option value={name}>{name} (not in the data model)</option>}
            {fields.map((field) => (
              <option
                key={field.name}
                value={field.name}
                disabled={field.name !== name && field.name in record}
              >
                {field.name}
              </option>
            ))}
          </select>
          <ValueInput
            label={`${label}: value of ${name}`}
            value={value}
            type={typeOf(name)}
            onChange={(v) => replace(index, name, v)}
          />
          <button
            type="button"
            aria-label={`Remove ${name} from ${label}`}
            onClick={() => onChange(Object.fromEntries(entries.filter((_, i) => i !== index)))}
          >
            ×
          </button>
        </div>
      ))}
      <button
        type="button"
        disabled={unused.length === 0}
        onClick={() => {
          const field = unused[0];
          if (field) onChange({ ...Object.fromEntries(entries), [field.name]: blankValue(field.type) });
        }}
      >
        Add field to {label}
      </button>
      {!entity && <p className="field__hint">Choose an entity first</p>}
    </fieldset>
  );
}
