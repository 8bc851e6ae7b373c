import type { Edge, Playbook, PlaybookNode } from '../../domain/types';
import { escapeHtml } from './html';

const BOX_WIDTH = 140;
const BOX_HEIGHT = 64;
const COLUMN = 170;
const ROW = 100;
const MARGIN = 20;
const LINE_CHARS = 20;

const FILL: Partial<Record<PlaybookNode['kind'], string>> = {
  trigger: '#e8f5e9',
  end: '#eeeeee',
  compensation: '#fff3e0',
  checkpoint: '#e3f2fd',
  restore: '#fde7e7',
  rollback: '#fde7e7',
  failsafe: '#fde7e7',
  approval: '#fff8d6',
  notify: '#f3e5f5',
  check: '#e0f2f1',
  decision: '#fffde7',
};

interface Box {
  node: PlaybookNode;
  x: number;
  y: number;
}

/**
 * Grid cells from canvas positions: each distinct x becomes a column and each distinct y a row,
 * so the drawing keeps the author's layout but packs it tight enough to read on a printed page.
 * Without a position on every node, a node's column is its longest distance from the trigger.
 */
function layout(playbook: Playbook): Box[] {
  const positioned = playbook.nodes.every((node) => node.position);
  if (positioned) {
    const xs = [...new Set(playbook.nodes.map((node) => node.position!.x))].sort((a, b) => a - b);
    const ys = [...new Set(playbook.nodes.map((node) => node.position!.y))].sort((a, b) => a - b);
    return playbook.nodes.map((node) => ({
      node,
      x: MARGIN + xs.indexOf(node.position!.x) * COLUMN,
      y: MARGIN + ys.indexOf(node.position!.y) * ROW,
    }));
  }
  const column = new Map<string, number>();
  // Bounded relaxation (a loop cannot push a column past the node count).
  for (let round = 0; round < playbook.nodes.length; round++) {
    let changed = false;
    for (const edge of playbook.edges) {
      const next = (column.get(edge.source) ?? 0) + (edge.kind === 'compensate' ? 0 : 1);
      if (next > (column.get(edge.target) ?? 0) && next < playbook.nodes.length) {
        column.set(edge.target, next);
        changed = true;
      }
    }
    if (!changed) break;
  }
  const rows = new Map<number, number>();
  return playbook.nodes.map((node) => {
    const col = column.get(node.id) ?? 0;
    const row = rows.get(col) ?? 0;
    rows.set(col, row + 1);
    return { node, x: MARGIN + col * COLUMN, y: MARGIN + row * ROW };
  });
}

/** Up to three lines of a label, cut at word boundaries. */
function wrap(text: string, width = LINE_CHARS): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && `${line} ${word}`.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.length > 3 ? [...lines.slice(0, 2), `${lines[2]!.slice(0, width - 1)}…`] : lines;
}

function shape(box: Box, caption: string): string {
  const { node, x, y } = box;
  const fill = FILL[node.kind] ?? '#ffffff';
  const irreversible = node.kind === 'step' && node.irreversible !== undefined;
  const stroke = irreversible ? 'stroke="#b71c1c" stroke-width="3"' : 'stroke="#555" stroke-width="1.2"';
  const rounded = node.kind === 'trigger' || node.kind === 'end' ? BOX_HEIGHT / 2 : 6;
  const outline =
    node.kind === 'decision'
      ? `<polygon points="${x + BOX_WIDTH / 2},${y} ${x + BOX_WIDTH},${y + BOX_HEIGHT / 2} ${x + BOX_WIDTH / 2},${y + BOX_HEIGHT} ${x},${y + BOX_HEIGHT / 2}" fill="${fill}" ${stroke}/>`
      : `<rect x="${x}" y="${y}" width="${BOX_WIDTH}" height="${BOX_HEIGHT}" rx="${rounded}" fill="${fill}" ${stroke}${node.kind === 'compensation' ? ' stroke-dasharray="5 3"' : ''}/>`;
  // A diamond's middle is narrower than a box: shorter lines, so the text stays inside it.
  const lines = wrap(caption, node.kind === 'decision' ? 12 : LINE_CHARS);
  const top = y + BOX_HEIGHT / 2 - ((lines.length - 1) * 15) / 2 + 4;
  const text = lines
    .map(
      (line, index) => `<tspan x="${x + BOX_WIDTH / 2}" y="${top + index * 15}">${escapeHtml(line)}</tspan>`,
    )
    .join('');
  return `<g><title>${escapeHtml(`${node.label} (${node.kind})`)}</title>${outline}<text text-anchor="middle" font-size="13">${text}</text></g>`;
}

/** Where the line between two box centres leaves the first box. */
function boundary(from: Box, to: Box): { x: number; y: number } {
  const cx = from.x + BOX_WIDTH / 2;
  const cy = from.y + BOX_HEIGHT / 2;
  const dx = to.x + BOX_WIDTH / 2 - cx;
  const dy = to.y + BOX_HEIGHT / 2 - cy;
  const scale = Math.min(
    dx === 0 ? Number.POSITIVE_INFINITY : BOX_WIDTH / 2 / Math.abs(dx),
    dy === 0 ? Number.POSITIVE_INFINITY : BOX_HEIGHT / 2 / Math.abs(dy),
  );
  return { x: cx + dx * scale, y: cy + dy * scale };
}

function edgeLabel(edge: Edge): string | undefined {
  switch (edge.kind) {
    case 'failure':
      return edge.label ?? 'fails';
    case 'compensate':
      return 'undo';
    case 'branch':
      return edge.label ?? (edge.when ? 'yes' : 'no');
    case 'next':
      return edge.label;
  }
}

function line(edge: Edge, boxes: Map<string, Box>): string {
  const from = boxes.get(edge.source);
  const to = boxes.get(edge.target);
  if (!from || !to) return '';
  const start = boundary(from, to);
  const end = boundary(to, from);
  const failure = edge.kind === 'failure';
  const colour = failure ? '#c62828' : '#333';
  const dash = edge.kind === 'compensate' ? ' stroke-dasharray="6 4"' : '';
  const text = edgeLabel(edge);
  const label = text
    ? `<text x="${(start.x + end.x) / 2}" y="${(start.y + end.y) / 2 - 4}" text-anchor="middle" font-size="11" fill="${colour}" stroke="#fff" stroke-width="3" paint-order="stroke">${escapeHtml(text)}</text>`
    : '';
  return `<path d="M${start.x.toFixed(1)},${start.y.toFixed(1)} L${end.x.toFixed(1)},${end.y.toFixed(1)}" fill="none" stroke="${colour}" stroke-width="1.5"${dash} marker-end="url(#${failure ? 'arrow-failure' : 'arrow'})"/>${label}`;
}

/**
 * The playbook drawn as an SVG flowchart, with no script and no Mermaid runtime: next solid,
 * failure red and labelled, undo dashed, branches labelled, an irreversible step outlined in red,
 * and each procedure step captioned with its number so the picture and the steps point at each other.
 */
export function diagramSvg(playbook: Playbook, stepNumbers: ReadonlyMap<string, number>): string {
  const boxes = new Map(layout(playbook).map((box) => [box.node.id, box]));
  const width = Math.max(...[...boxes.values()].map((box) => box.x)) + BOX_WIDTH + MARGIN;
  const height = Math.max(...[...boxes.values()].map((box) => box.y)) + BOX_HEIGHT + MARGIN;
  const arrow = (id: string, colour: string) =>
    `<marker id="${id}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${colour}"/></marker>`;
  const caption = (node: PlaybookNode) => {
    const number = stepNumbers.get(node.id);
    return number === undefined ? node.label : `${number}. ${node.label}`;
  };
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="flowchart-title" font-family="system-ui, sans-serif">`,
    `<title id="flowchart-title">Flowchart of ${escapeHtml(playbook.name)}</title>`,
    `<defs>${arrow('arrow', '#333')}${arrow('arrow-failure', '#c62828')}</defs>`,
    ...playbook.edges.map((edge) => line(edge, boxes)),
    ...[...boxes.values()].map((box) => shape(box, caption(box.node))),
    '</svg>',
  ].join('\n');
}
