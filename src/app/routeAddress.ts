// Pure: no React, so the first-loaded module (designerEarly.ts) can read the address without it.
/**
 * The app's routes, read from the URL fragment (a hash router: the app is static files, so every
 * route must load `index.html`). `#/` library, `#/playbooks/:id` designer, `#/playbooks/:id/review`
 * review mode, `#/playbooks/:id/revisions/:n` a saved version read-only, `#/playbooks/:id/incident(s/:incidentId)` incident mode, `#share=…` a share link,
 * `#review-request=…` / `#review-decision=…` review by link, `#review-file` a review file opened.
 */
export type Route =
  | { name: 'library' }
  | { name: 'designer'; id: string }
  | { name: 'review'; id: string }
  | { name: 'revision'; id: string; revision: number }
  | { name: 'incident'; id: string; incidentId: string | null }
  | { name: 'share'; fragment: string }
  | { name: 'review-link'; fragment: string }
  | { name: 'review-file' }
  | { name: 'not-found'; hash: string };

/** Reads a route from `location.hash` (with or without the leading `#`). */
export function parseRoute(hash: string): Route {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  if (fragment.startsWith('share=')) return { name: 'share', fragment };
  // Review by link (issue 16): a request to review, or a decision sent back.
  if (fragment.startsWith('review-request=') || fragment.startsWith('review-decision='))
    return { name: 'review-link', fragment };
  if (fragment === 'review-file') return { name: 'review-file' };
  const path = fragment === '' ? '/' : fragment;
  if (path === '/' || path === '') return { name: 'library' };
  const parts = path
    .split('/')
    .filter((part) => part !== '')
    .map(safeDecode);
  if (parts[0] !== 'playbooks' || parts[1] === undefined || parts[1] === '')
    return { name: 'not-found', hash };
  const id = parts[1];
  if (parts.length === 2) return { name: 'designer', id };
  if (parts.length === 3 && parts[2] === 'review') return { name: 'review', id };
  // Incidents (issue 18): `/incident` starts or resumes one, `/incidents/:incidentId` opens one.
  if (parts.length === 3 && parts[2] === 'incident') return { name: 'incident', id, incidentId: null };
  if (parts.length === 4 && parts[2] === 'incidents') return { name: 'incident', id, incidentId: parts[3]! };
  if (parts.length === 4 && parts[2] === 'revisions' && /^\d+$/.test(parts[3] ?? '')) {
    return { name: 'revision', id, revision: Number(parts[3]) };
  }
  return { name: 'not-found', hash };
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** The `href` of a route, for links. */
export function hrefOf(route: Route): string {
  switch (route.name) {
    case 'library':
      return '#/';
    case 'designer':
      return `#/playbooks/${encodeURIComponent(route.id)}`;
    case 'review':
      return `#/playbooks/${encodeURIComponent(route.id)}/review`;
    case 'revision':
      return `#/playbooks/${encodeURIComponent(route.id)}/revisions/${route.revision}`;
    case 'incident':
      return route.incidentId === null
        ? `#/playbooks/${encodeURIComponent(route.id)}/incident`
        : `#/playbooks/${encodeURIComponent(route.id)}/incidents/${encodeURIComponent(route.incidentId)}`;
    case 'share':
    case 'review-link':
      return `#${route.fragment}`;
    case 'review-file':
      return '#review-file';
    case 'not-found':
      return route.hash;
  }
}
