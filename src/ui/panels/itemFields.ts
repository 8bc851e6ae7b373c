import { withField } from '../inspector/nodeEditing';

/**
 * One item of a list a panel edits (an entity of the data model, a scenario): its title, where it
 * sits in the document, the panel's error lookup, and how a change is written back.
 */
export interface ItemEditing<T> {
  item: T;
  title: string;
  /** The item's JSON Pointer, such as `/scenarios/2`. */
  at: string;
  error: (pointer: string) => string | undefined;
  set: (next: T, field: string) => void;
}

/** The members of T that hold text (or may be absent). */
type TextMember<T> = { [K in keyof T]-?: T[K] extends string | undefined ? K : never }[keyof T] & string;

/**
 * The props of a `TextField` bound to one text member of the item: labelled "<title>: <label>",
 * showing the error at `<at>/<member>`. An optional member is removed when its text is emptied,
 * so the document never holds an empty string where the format means "not set".
 */
export function textMemberProps<T extends object>(
  editing: ItemEditing<T>,
  member: TextMember<T>,
  label: string,
  optional = false,
) {
  const { item, title, at, error, set } = editing;
  return {
    label: `${title}: ${label}`,
    value: (item[member] as string | undefined) ?? '',
    onChange: (value: string) =>
      set(optional ? withField(item, member, value || undefined) : { ...item, [member]: value }, member),
    error: error(`${at}/${member}`),
  };
}
