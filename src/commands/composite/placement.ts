import type { Playbook } from '../../domain/types';

type Point = { x: number; y: number };

/**
 * The room a node takes on the canvas, with a gap: a node is 172 px wide and 72 to 100 px high
 * (owner and summary lines), so two nodes closer than this overlap or touch.
 */
export const NODE_SLOT = { width: 212, height: 110 } as const;

function overlaps(a: Point, b: Point): boolean {
  return Math.abs(a.x - b.x) < NODE_SLOT.width && Math.abs(a.y - b.y) < NODE_SLOT.height;
}

/** Where the nodes of a playbook sit (nodes without a position take no room). */
function occupied(playbook: Playbook, ignore: ReadonlySet<string>): Point[] {
  return playbook.nodes.flatMap((node) => (node.position && !ignore.has(node.id) ? [node.position] : []));
}

/**
 * The free place nearest `wanted`: `wanted` itself when no node is there, else the first free
 * slot in rings around it, in the order `towards` prefers (below first for a compensation under
 * its step, right first for a node beside the selection). A new node never lands on another.
 *
 * @example freeSpot(playbook, { x: 0, y: 110 }, 'below') // { x: 0, y: 220 } when a node sits at 0,110
 */
export function freeSpot(
  playbook: Playbook,
  wanted: Point,
  towards: 'below' | 'right' = 'right',
  ignore: ReadonlySet<string> = new Set(),
): Point {
  const taken = occupied(playbook, ignore);
  const free = (at: Point) => !taken.some((other) => overlaps(at, other));
  const at = { x: Math.round(wanted.x), y: Math.round(wanted.y) };
  if (free(at)) return at;
  const { width, height } = NODE_SLOT;
  const directions =
    towards === 'below'
      ? [
          [0, 1],
          [1, 0],
          [1, 1],
          [-1, 1],
        ]
      : [
          [1, 0],
          [0, 1],
          [1, 1],
          [0, -1],
        ];
  for (let ring = 1; ring <= 50; ring += 1) {
    for (const [dx, dy] of directions) {
      const candidate = { x: at.x + dx! * ring * width, y: at.y + dy! * ring * height };
      if (free(candidate)) return candidate;
    }
  }
  // A canvas this crowded has room below everything.
  const lowest = Math.max(...taken.map((point) => point.y));
  return { x: at.x, y: lowest + height };
}

/**
 * The nodes a run reaches from `start` (itself included), following every link: what moves one
 * place right when a node is put in front of `start`.
 */
export function downstreamOf(playbook: Playbook, start: string): Set<string> {
  const reached = new Set([start]);
  const queue = [start];
  while (queue.length > 0) {
    const id = queue.shift()!;
    for (const edge of playbook.edges) {
      if (edge.source === id && !reached.has(edge.target)) {
        reached.add(edge.target);
        queue.push(edge.target);
      }
    }
  }
  return reached;
}
