import canonicalize from 'canonicalize';

/**
 * RFC 8785 (JSON Canonicalization Scheme) text of a JSON value: keys sorted by UTF-16 code units,
 * no whitespace, numbers in ECMAScript shortest form. Keys whose value is `undefined` are left out,
 * as `JSON.stringify` does, so an absent optional field and an omitted one canonicalize alike.
 *
 * Throws for values JSON cannot hold (NaN, Infinity, lone surrogates, cycles): a parsed playbook
 * never contains them, so reaching that is a programming error, not a user error.
 */
export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new Error('This value has no JSON form');
  return text;
}
