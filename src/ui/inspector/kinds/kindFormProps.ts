import type { NodeKind, NodeOf, PlaybookNode } from '../../../domain/types';
import { withField } from '../nodeEditing';

/** What every kind's form gets from the node form. */
export interface KindFormProps<K extends NodeKind = NodeKind> {
  node: NodeOf<K>;
  /** Pointer of the node in the document, for field errors: `/nodes/3`. */
  pointer: string;
  error: (pointer: string) => string | undefined;
  /** One named edit of the node; edits of the same `field` in a row are one undo step. */
  change: (node: PlaybookNode, field: string) => void;
}

type Key<N> = Exclude<keyof N, 'id' | 'kind'> & string;

const isEmpty = (value: unknown) =>
  value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

/**
 * The value, change and error of one key of the node, to spread into a field:
 * `<DurationField label="Duration" {...bind.field('duration', 'PT0S')} />`. So a form is a list of
 * labelled fields, and a new key of a kind is one line in that kind's file.
 */
export function bindNode<K extends NodeKind>({ node, pointer, error, change }: KindFormProps<K>) {
  type N = NodeOf<K>;
  return {
    /** A required key; `fallback` stands in when the field is cleared (a duration, a count). */
    field: <F extends Key<N>>(key: F, fallback?: N[F]) => ({
      value: node[key],
      onChange: (value: N[F] | undefined) => {
        const next = value === undefined ? fallback : value;
        if (next !== undefined) change({ ...node, [key]: next } as PlaybookNode, key);
      },
      error: error(`${pointer}/${key}`),
    }),
    /** An optional key: emptied (no text, no items, no value) removes it from the node. */
    optional: <F extends Key<N>>(key: F) => ({
      value: node[key],
      onChange: (value: N[F] | undefined) =>
        change(withField(node, key, isEmpty(value) ? undefined : value), key),
      error: error(`${pointer}/${key}`),
    }),
    /** An optional text key, shown as '' when absent. */
    text: <F extends Key<N>>(key: F) => ({
      value: (node[key] as string | undefined) ?? '',
      onChange: (value: string) => change(withField(node, key, value || undefined), key),
      error: error(`${pointer}/${key}`),
    }),
  };
}
