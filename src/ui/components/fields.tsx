import { type ReactNode, useEffect, useId, useState } from 'react';
import { checkExpressionSyntax } from '../../domain/expressions';
import {
  formatHumanDuration,
  formatIsoDuration,
  parseDuration,
  parseHumanDuration,
} from '../../lib/duration';

/** A label, the control, a hint and the error, wired for screen readers. */
function Field({
  label,
  error,
  hint,
  children,
}: {
  label: string;
  error?: string | null | undefined;
  hint?: string;
  children: (props: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string }) => ReactNode;
}) {
  const id = useId();
  const describedBy = error ? `${id}-error` : hint ? `${id}-hint` : undefined;
  return (
    <div className={`field${error ? ' has-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        'aria-invalid': Boolean(error),
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
      })}
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/** Text committed on every keystroke (edits of one field merge into one undo step). */
export function TextField(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | null | undefined;
  hint?: string;
  multiline?: boolean;
  readOnly?: boolean;
  /** An example shown while the box is empty (never a value that passes for an answer). */
  placeholder?: string;
}) {
  return (
    <Field label={props.label} error={props.error} {...(props.hint ? { hint: props.hint } : {})}>
      {(aria) =>
        props.multiline ? (
          <textarea {...aria} value={props.value} onChange={(e) => props.onChange(e.target.value)} rows={3} />
        ) : (
          <input
            {...aria}
            value={props.value}
            placeholder={props.placeholder}
            readOnly={props.readOnly}
            onChange={(e) => props.onChange(e.target.value)}
          />
        )
      }
    </Field>
  );
}

/** A draft kept while the text does not yet read as a value; the document only gets good values. */
function useDraft(
  shown: string,
): [string, (text: string) => void, { onFocus: () => void; onBlur: () => void }] {
  const [draft, setDraft] = useState(shown);
  const [focused, setFocused] = useState(false);
  // While the person types, their text stays as typed; an outside change (undo) shows when not.
  useEffect(() => {
    if (!focused) setDraft(shown);
  }, [shown, focused]);
  return [draft, setDraft, { onFocus: () => setFocused(true), onBlur: () => setFocused(false) }];
}

/** A number; text that is not a number (or is out of range) is shown as an error, not saved. */
export function NumberField(props: {
  label: string;
  value: number | undefined;
  onChange: (value: number | undefined) => void;
  integer?: boolean;
  min?: number;
  max?: number;
  optional?: boolean;
  error?: string | null | undefined;
}) {
  const [draft, setDraft, focus] = useDraft(props.value === undefined ? '' : String(props.value));
  const [local, setLocal] = useState<string | null>(null);
  return (
    <Field label={props.label} error={local ?? props.error}>
      {(aria) => (
        <input
          {...aria}
          {...focus}
          inputMode="decimal"
          value={draft}
          onChange={(event) => {
            const text = event.target.value;
            setDraft(text);
            if (text.trim() === '' && props.optional) {
              setLocal(null);
              return props.onChange(undefined);
            }
            const value = Number(text);
            if (text.trim() === '' || !Number.isFinite(value)) return setLocal('Enter a number');
            if (props.integer && !Number.isInteger(value)) return setLocal('Enter a whole number');
            if (props.min !== undefined && value < props.min) return setLocal(`At least ${props.min}`);
            if (props.max !== undefined && value > props.max) return setLocal(`At most ${props.max}`);
            setLocal(null);
            props.onChange(value);
          }}
        />
      )}
    </Field>
  );
}

/** A duration typed in words ("15 min", "2h 30m") or ISO ("PT15M"), stored as ISO, shown in words. */
export function DurationField(props: {
  label: string;
  value: string | undefined;
  onChange: (value: string | undefined) => void;
  optional?: boolean;
  error?: string | null | undefined;
}) {
  const ms = props.value === undefined ? null : parseDuration(props.value);
  const [draft, setDraft, focus] = useDraft(ms === null ? (props.value ?? '') : formatHumanDuration(ms));
  const [local, setLocal] = useState<string | null>(null);
  return (
    <Field
      label={props.label}
      error={local ?? props.error}
      hint='Such as "15 min", "2h 30m", "1 day" or "PT15M"'
    >
      {(aria) => (
        <input
          {...aria}
          {...focus}
          value={draft}
          placeholder={props.optional ? 'none' : '0 s'}
          onChange={(event) => {
            const text = event.target.value;
            setDraft(text);
            if (text.trim() === '' && props.optional) {
              setLocal(null);
              return props.onChange(undefined);
            }
            const parsed = parseHumanDuration(text);
            if (parsed === null)
              return setLocal(`"${text}" is not a duration: try "15 min", "2h 30m" or "PT15M"`);
            setLocal(null);
            props.onChange(formatIsoDuration(parsed));
          }}
        />
      )}
    </Field>
  );
}

/** A CEL expression, checked as you type; the error says where. */
export function ExpressionField(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | null | undefined;
  hint?: string;
}) {
  const syntax = props.value.trim() === '' ? null : checkExpressionSyntax(props.value);
  const local = syntax
    ? `${syntax.message}${syntax.offset === null ? '' : ` (at character ${syntax.offset + 1})`}`
    : null;
  return (
    <Field
      label={props.label}
      error={local ?? props.error}
      hint={props.hint ?? 'A CEL expression over data, such as size(data.orders) > 0'}
    >
      {(aria) => (
        <textarea
          {...aria}
          className="mono"
          rows={2}
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

/** One value from a fixed list. */
export function SelectField<T extends string>(props: {
  label: string;
  value: T | '';
  options: readonly (T | { value: T; label: string })[];
  onChange: (value: T) => void;
  error?: string | null | undefined;
  placeholder?: string;
}) {
  return (
    <Field label={props.label} error={props.error}>
      {(aria) => (
        <select {...aria} value={props.value} onChange={(e) => props.onChange(e.target.value as T)}>
          {props.placeholder !== undefined && <option value="">{props.placeholder}</option>}
          {props.options.map((option) => {
            const { value, label } = typeof option === 'string' ? { value: option, label: option } : option;
            return (
              <option key={value} value={value}>
                {label}
              </option>
            );
          })}
        </select>
      )}
    </Field>
  );
}

/** A yes/no. */
export function CheckboxField(props: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const id = useId();
  return (
    <div className="field field--check">
      <input
        id={id}
        type="checkbox"
        checked={props.checked}
        onChange={(e) => props.onChange(e.target.checked)}
      />
      <label htmlFor={id}>{props.label}</label>
    </div>
  );
}

/** Several values from a list (roles, fields), as checkboxes in a named group. */
export function ChecklistField(props: {
  label: string;
  options: readonly { value: string; label: string }[];
  value: readonly string[];
  onChange: (value: string[]) => void;
  error?: string | null | undefined;
  empty?: string;
}) {
  return (
    <fieldset className={`field checklist${props.error ? ' has-error' : ''}`}>
      <legend>{props.label}</legend>
      {props.options.length === 0 && (
        <p className="field__hint">{props.empty ?? 'Nothing to choose from yet'}</p>
      )}
      {props.options.map((option) => (
        <CheckboxField
          key={option.value}
          label={option.label}
          checked={props.value.includes(option.value)}
          onChange={(checked) =>
            props.onChange(
              checked
                ? [...props.value, option.value]
                : props.value.filter((value) => value !== option.value),
            )
          }
        />
      ))}
      {props.error && <p className="field__error">{props.error}</p>}
    </fieldset>
  );
}

/** A list of words, comma-separated. */
export function ListField(props: {
  label: string;
  value: readonly string[];
  onChange: (value: string[]) => void;
  hint?: string;
  error?: string | null | undefined;
}) {
  const [draft, setDraft, focus] = useDraft(props.value.join(', '));
  return (
    <Field label={props.label} error={props.error} hint={props.hint ?? 'Separate with commas'}>
      {(aria) => (
        <input
          {...aria}
          {...focus}
          value={draft}
          onChange={(event) => {
            setDraft(event.target.value);
            props.onChange(
              event.target.value
                .split(',')
                .map((part) => part.trim())
                .filter((part) => part !== ''),
            );
          }}
        />
      )}
    </Field>
  );
}
