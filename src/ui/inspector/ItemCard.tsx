import type { ReactNode } from 'react';

/** One item of a list in a form (an effect, an invariant, a fault): its title, fields and Remove. */
export function ItemCard({
  title,
  onRemove,
  children,
}: {
  title: string;
  onRemove: () => void;
  children: ReactNode;
}) {
  return (
    <fieldset className="card">
      <legend>{title}</legend>
      {children}
      <button type="button" className="danger" onClick={onRemove}>
        Remove {title}
      </button>
    </fieldset>
  );
}
