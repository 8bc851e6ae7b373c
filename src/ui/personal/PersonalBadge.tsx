import type { Field } from '../../domain/types';
import './personal.css';

/** "personal" (and its category) beside a field marked personal; nothing for other fields. */
export function PersonalBadge({ field }: { field: Pick<Field, 'personal' | 'category'> | undefined }) {
  if (field?.personal !== true) return null;
  return (
    <span
      className="personal-badge"
      title="Personal data (spec section 2): kept, snapshotted and shared with care"
    >
      personal{field.category ? ` · ${field.category}` : ''}
    </span>
  );
}
