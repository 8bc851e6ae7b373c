/**
 * Templates (spec section 6): `{{name}}` is replaced by a value; there is no logic.
 */
export const TEMPLATE_NAMES = [
  'now',
  'id',
  'playbook.name',
  'node.label',
  'run.failedNode',
  'run.elapsed',
  'run.outcome',
] as const;

export type TemplateName = (typeof TEMPLATE_NAMES)[number];

const TEMPLATE_NAME_SET: ReadonlySet<string> = new Set(TEMPLATE_NAMES);
const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** The names used in a template, in order of appearance. */
export function templateNames(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((match) => match[1]!);
}

/** Templates repeat (`{{now}}` in every record of a large playbook): their unknown names by text. */
const unknownNamesCache = new Map<string, readonly string[]>();
const CACHE_LIMIT = 2000;

/** Names in the template that are not template names. */
export function unknownTemplateNames(template: string): readonly string[] {
  const cached = unknownNamesCache.get(template);
  if (cached) return cached;
  const unknown = templateNames(template).filter((name) => !TEMPLATE_NAME_SET.has(name));
  if (unknownNamesCache.size >= CACHE_LIMIT) unknownNamesCache.clear();
  unknownNamesCache.set(template, unknown);
  return unknown;
}

export const isTemplateName = (name: string): name is TemplateName => TEMPLATE_NAME_SET.has(name);

/**
 * Replaces each `{{name}}` with `values(name)`. A template that is exactly one placeholder keeps
 * the text of the value; the caller decides how values are drawn (`{{id}}` draws a fresh id each time).
 */
export function renderTemplate(template: string, value: (name: TemplateName) => string): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => (isTemplateName(name) ? value(name) : whole));
}

/** True when the text holds any placeholder, so a plain string can skip rendering. */
export const hasPlaceholder = (text: string): boolean => text.includes('{{');
