import type { Playbook } from '../../domain/types';
import type { Exporter } from '../types';

/**
 * JSON with keys sorted (by UTF-16 code units, as RFC 8785) at every level and 2-space indent.
 * Written by hand because `JSON.stringify` puts integer-like keys first whatever their order.
 */
export function canonicalJson(value: unknown, indent = ''): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((item) => `${inner}${canonicalJson(item, inner)}`).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([key, item]) => `${inner}${JSON.stringify(key)}: ${canonicalJson(item, inner)}`).join(',\n')}\n${indent}}`;
}

/** The native format, canonical: exporting an unchanged playbook twice gives the same bytes. */
export const nativeJson: Exporter = {
  id: 'rollbook-json',
  label: 'Rollbook playbook (canonical JSON)',
  extension: 'rollbook.json',
  mediaType: 'application/json',
  description: 'The playbook itself, every default spelled out, keys sorted, 2-space indent.',
  export: (playbook: Playbook) => ({ output: `${canonicalJson(playbook)}\n`, losses: [] }),
};
