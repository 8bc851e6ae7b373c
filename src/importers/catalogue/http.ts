import type { CatalogueEntry } from './types';

/**
 * A raw HTTP call by its method. It is only a guess (an API may create on PUT or charge on
 * POST), so the importers always add an `attention` entry for it (issue 14 item 4).
 */
export function httpOperation(method: string | undefined): CatalogueEntry | undefined {
  switch ((method ?? 'GET').trim().toUpperCase()) {
    case 'GET':
    case 'HEAD':
    case 'OPTIONS':
      return { app: 'HTTP', effect: 'read' };
    case 'POST':
      return { app: 'HTTP', effect: 'create', undo: 'call the API to delete what the POST created' };
    case 'PUT':
    case 'PATCH':
      return { app: 'HTTP', effect: 'update', undo: 'call the API again with the values from before' };
    case 'DELETE':
      return { app: 'HTTP', effect: 'delete', undo: 'call the API to create again what was deleted' };
    default:
      return undefined;
  }
}

/**
 * What a URL's path names, as a resource: the last path segment that is a word, not an id or a
 * version ("https://api.shop.test/v2/orders/{{id}}" → "orders"). Undefined when there is none.
 */
export function resourceFromUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '').split(/[?#]/)[0] ?? '';
  const words = path
    .split('/')
    .filter((segment) => /^[A-Za-z][A-Za-z_-]{1,40}$/.test(segment) && !/^v\d+$/i.test(segment));
  return words.at(-1);
}
