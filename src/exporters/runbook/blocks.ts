/** The runbook as structured blocks, rendered to Markdown or HTML; user text stays plain text here. */
export type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[]; ordered?: boolean }
  | { kind: 'table'; header: string[]; rows: string[][] }
  | { kind: 'mermaid'; source: string }
  /** A drawing made by Rollbook (SVG markup it built and escaped itself); `text` stands in where SVG cannot go. */
  | { kind: 'diagram'; svg: string; text: string };

/** Ends a text that will be followed by another sentence with a full stop, unless it already ends one. */
export function asSentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?…:)"”]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

export interface Section {
  title: string;
  /** 2 for a part of the document, 3 for a sub-section. */
  level: 2 | 3;
  blocks: Block[];
  /** A short part a printed page should not split (a procedure step). */
  keepTogether?: boolean;
}

export interface RunbookDocument {
  title: string;
  subtitle: string;
  sections: Section[];
}
