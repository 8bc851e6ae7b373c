import { FORBIDDEN_KEYS } from '../../domain/unsafeKeys';
import { kebabWords } from '../../lib/kebabWords';

/**
 * Playbook ids from source names ("Add order row" → "add-order-row"), unique across nodes and
 * edges (they share one namespace, spec section 1). Readable ids let people find their steps in
 * the JSON and in lint messages.
 */
export class IdAllocator {
  private readonly taken = new Set<string>();
  private edgeCount = 0;

  /** A fresh id made from `name`; `-2`, `-3`… when it is taken. */
  fromName(name: string, fallback = 'node'): string {
    return this.claim(slug(name) || fallback);
  }

  /** A fresh edge id: e1, e2… skipping any a node already took. */
  edge(): string {
    let id: string;
    do {
      this.edgeCount += 1;
      id = `e${this.edgeCount}`;
    } while (this.taken.has(id));
    this.taken.add(id);
    return id;
  }

  private claim(base: string): string {
    let id = base;
    for (let suffix = 2; this.taken.has(id); suffix += 1) id = `${base}-${suffix}`;
    this.taken.add(id);
    return id;
  }
}

/** Lower-case words joined by "-", starting with a letter, short enough to take a suffix. */
export function slug(name: string): string {
  const words = kebabWords(name, 48);
  if (words === '') return '';
  return /^[a-z]/.test(words) ? words : `n-${words}`.slice(0, 48);
}

/** An entity name from what an operation touches: "Order lines" → "orderLines" (an Id, spec section 1). */
export function entityName(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word !== '')
    .map((word) => word.toLowerCase());
  const joined = words
    .map((word, index) => (index === 0 ? word : word[0]!.toUpperCase() + word.slice(1)))
    .join('');
  if (joined === '') return 'records';
  const name = (/^[a-z]/.test(joined) ? joined : `t${joined}`).slice(0, 48);
  // "constructor" and the like are refused as keys anywhere in a playbook (domain/unsafeKeys).
  return FORBIDDEN_KEYS.has(name) ? `${name}Records` : name;
}

/** Labels are 1..120 characters (spec section 3). */
export function label(text: string): string {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  if (trimmed === '') return 'Unnamed';
  return trimmed.length > 120 ? `${trimmed.slice(0, 119)}…` : trimmed;
}
