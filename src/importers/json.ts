/** Reading untyped JSON safely: each helper returns undefined rather than trusting a shape. */

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** An own property only: a key such as "__proto__" or "constructor" never reaches the prototype. */
export const field = (value: unknown, key: string): unknown =>
  isRecord(value) && Object.hasOwn(value, key) ? value[key] : undefined;

export const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** A finite number, or a numeric string ("3"), as some exports write numbers. */
export const finite = (value: unknown): number | undefined => {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) ? number : undefined;
};

export const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
