import type { Block, RunbookDocument } from './blocks';

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

const STYLE = `body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#111}
h1{font-size:1.8rem;margin-bottom:0}h2{border-bottom:1px solid #ccc;margin-top:2rem}
table{border-collapse:collapse;width:100%;margin:1rem 0}th,td{border:1px solid #bbb;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f2f2f2}pre{background:#f7f7f7;padding:.75rem;overflow-x:auto;white-space:pre-wrap}
.subtitle{color:#444;margin-top:.25rem}
figure.diagram{margin:1rem 0;break-inside:avoid}section:has(>figure.diagram){page:diagram}figure.diagram svg{width:100%;height:auto;max-height:90vh}figcaption{color:#444;font-size:.9em}
section.step{break-inside:avoid}section.step h3{margin-bottom:.25rem}section.step ul{margin-top:.25rem}
@page diagram{size:landscape}
@media print{body{margin:0;max-width:none;font-size:10.5pt}h2,h3{break-after:avoid}table,pre{break-inside:avoid}tr{break-inside:avoid}}`;

function blockHtml(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p>${escapeHtml(block.text)}</p>`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      return `<${tag}>${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</${tag}>`;
    }
    case 'table':
      if (block.rows.length === 0) return '<p><em>None.</em></p>';
      return `<table><thead><tr>${block.header.map((text) => `<th scope="col">${escapeHtml(text)}</th>`).join('')}</tr></thead><tbody>${block.rows
        .map((row) => `<tr>${row.map((text) => `<td>${escapeHtml(text)}</td>`).join('')}</tr>`)
        .join('')}</tbody></table>`;
    case 'diagram':
      return `<figure class="diagram">${block.svg}<figcaption>${escapeHtml(block.text)}</figcaption></figure>`;
    case 'mermaid':
      // The chart itself is drawn as SVG (the print view runs no script, and the app's CSP allows
      // none); its Mermaid source is folded away for those who paste it into a Mermaid viewer.
      return `<details><summary>Flowchart source (Mermaid): paste into a Mermaid viewer to draw it</summary><pre class="mermaid">${escapeHtml(block.source)}</pre></details>`;
  }
}

/** A standalone, print-friendly HTML page of the runbook; every user text is escaped, no script. */
export function renderHtml(document: RunbookDocument): string {
  const body = document.sections
    .map(
      (section) =>
        `<section${section.keepTogether ? ' class="step"' : ''}><h${section.level}>${escapeHtml(section.title)}</h${section.level}>\n${section.blocks.map(blockHtml).join('\n')}</section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(document.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>${escapeHtml(document.title)}</h1><p class="subtitle">${escapeHtml(document.subtitle)}</p></header>
<main>
${body}
</main>
</body>
</html>
`;
}
