/** The runbook as structured blocks, rendered to Markdown or HTML; user text stays plain text here. */
export type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[]; ordered?: boolean }
  | { kind: 'table'; header: string[]; rows: string[][] }
  | { kind: 'mermaid'; source: string };

export interface Section {
  title: string;
  /** 2 for a part of the document, 3 for a sub-section. */
  level: 2 | 3;
  blocks: Block[];
}

export interface RunbookDocument {
  title: string;
  subtitle: string;
  sections: Section[];
}
