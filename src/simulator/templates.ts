import { isTemplateName, type TemplateName } from '../domain/templates';

/** A template cut once into literal text and names: even indexes are text, odd ones names. */
type Compiled = readonly string[];

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;
const compiled = new Map<string, Compiled>();

function compile(template: string): Compiled {
  const parts: string[] = [];
  let text = '';
  let from = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    text += template.slice(from, match.index);
    from = match.index + match[0].length;
    const name = match[1]!;
    if (isTemplateName(name)) {
      parts.push(text, name);
      text = '';
    } else text += match[0];
  }
  parts.push(text + template.slice(from));
  return parts;
}

/**
 * `renderTemplate` of the domain, for the engine's hot path: the same placeholders (its pattern),
 * the same values drawn in the same order, left to right, but each template is parsed once.
 */
export function renderCompiled(template: string, value: (name: TemplateName) => string): string {
  let parts = compiled.get(template);
  if (!parts) {
    parts = compile(template);
    if (compiled.size > 10_000) compiled.clear();
    compiled.set(template, parts);
  }
  let out = parts[0]!;
  for (let index = 1; index < parts.length; index += 2)
    out += value(parts[index] as TemplateName) + parts[index + 1]!;
  return out;
}
