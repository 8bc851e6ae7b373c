import { parse as parseYaml } from 'yaml';
import { parseJsonText } from '../domain/parse';
import { readXml } from './bpmn/xmlReader';

export type WorkflowText = { ok: true; document: unknown } | { ok: false; message: string };

/**
 * A workflow file's text as a document the importers detect: JSON (n8n, Make, Power Automate, ASL,
 * Serverless Workflow), XML (BPMN: an `XmlDocument`) or YAML (Serverless Workflow). JSON is tried
 * first so every JSON file keeps the exact messages it had; a text that is neither says why in
 * JSON's words, unless it looks like XML or YAML.
 */
export function readWorkflowText(text: string): WorkflowText {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trimStart().startsWith('<')) {
    const xml = readXml(body);
    return xml.ok ? { ok: true, document: xml.document } : xml;
  }
  const json = parseJsonText(body);
  if (json.ok) return { ok: true, document: json.value };
  // What starts like JSON is JSON: YAML would take a truncated JSON file for a shorter document.
  if (/^\s*[[{]/.test(body)) return { ok: false, message: json.message };
  const yaml = readYaml(body);
  return yaml ?? { ok: false, message: json.message };
}

/** A YAML mapping, or undefined when the text is no YAML mapping (then JSON's message is clearer). */
function readYaml(text: string): WorkflowText | undefined {
  try {
    // Aliases are capped: a "billion laughs" file must not expand without end.
    const value: unknown = parseYaml(text, { maxAliasCount: 100, prettyErrors: false, logLevel: 'silent' });
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? { ok: true, document: value }
      : undefined;
  } catch {
    return undefined;
  }
}
