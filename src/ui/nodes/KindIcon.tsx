import type { ReactElement } from 'react';
import type { NodeKind } from '../../domain/types';

/** Stroke paths on a 16×16 grid; drawn as SVG so they look the same on every machine and font. */
const PATHS: Record<NodeKind, ReactElement> = {
  trigger: <path d="M9 1 3 9h4l-1 6 6-8H8l1-6z" />,
  step: <path d="M4 2l9 6-9 6z" />,
  compensation: <path d="M6 3 2 7l4 4M2 7h8a4 4 0 0 1 0 8H7" />,
  checkpoint: <path d="M3 15V2h9l-2 3 2 3H3" />,
  restore: <path d="M3 8a5 5 0 1 0 2-4M3 2v3h3M8 5v3l2 2" />,
  rollback: <path d="M8 3 3 8l5 5M13 3 8 8l5 5" />,
  check: <path d="M2 8l4 4 8-9" />,
  approval: <path d="M8 1a3 3 0 1 1 0 6 3 3 0 0 1 0-6zM2 15a6 5 0 0 1 12 0M10 12l1.5 1.5L14 11" />,
  notify: <path d="M4 11V7a4 4 0 0 1 8 0v4l1 2H3zM6.5 15h3" />,
  decision: <path d="M8 1l7 7-7 7-7-7z" />,
  failsafe: <path d="M8 1 2 3v5c0 4 3 6 6 7 3-1 6-3 6-7V3zM8 5v4M8 11v1" />,
  end: <path d="M3 3h10v10H3z" />,
};

/** The icon of a node kind; decorative, since the kind is also written out beside it. */
export function KindIcon({ kind, size = 16 }: { kind: NodeKind; size?: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.6}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {PATHS[kind]}
    </svg>
  );
}
