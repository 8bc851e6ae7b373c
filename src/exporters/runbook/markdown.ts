import type { Block, RunbookDocument } from './blocks';

/**
 * Markdown-escapes user text so a label cannot open a link, emphasis, code, a table cell, raw HTML
 * or (at the start of a line) a heading, list or quote. Only characters that can do so are escaped,
 * so the raw file stays readable.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]|~]/g, (char) => `\\${char}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/^(\s*)([#+=-])/gm, (_whole, space: string, marker: string) => `${space}\\${marker}`)
    .replace(/^(\s*\d+)([.)])/gm, (_whole, number: string, marker: string) => `${number}\\${marker}`);
}

const cell = (text: string): string => escapeMarkdown(text).replace(/\r?\n/g, ' ');

function blockMarkdown(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
      return escapeMarkdown(block.text);
    case 'list':
      return block.items
        .map((item, index) => `${block.ordered ? `${index + 1}.` : '-'} ${escapeMarkdown(item)}`)
        .join('\n');
    case 'table':
      if (block.rows.length === 0) return '_None._';
      return [
        `| ${block.header.map(cell).join(' | ')} |`,
        `| ${block.header.map(() => '---').join(' | ')} |`,
        ...block.rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
      ].join('\n');
    case 'diagram':
      return escapeMarkdown(block.text);
    case 'mermaid':
      return `\`\`\`mermaid\n${block.source}\n\`\`\``;
  }
}

/** The runbook as GitHub-flavoured Markdown. */
export function renderMarkdown(document: RunbookDocument): string {
  const parts = [`# ${escapeMarkdown(document.title)}`, `_${escapeMarkdown(document.subtitle)}_`];
  for (const section of document.sections) {
    parts.push(`${'#'.repeat(section.level)} ${escapeMarkdown(section.title)}`);
    for (const block of section.blocks) parts.push(blockMarkdown(block));
  }
  return `${parts.join('\n\n')}\n`;
}
