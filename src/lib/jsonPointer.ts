/**
 * RFC 6901 JSON Pointers: how every error in Rollbook says where it is.
 *
 * @example toPointer(['nodes', 3, 'retry']) // '/nodes/3/retry'
 */
export type PathSegment = string | number;

export function toPointer(path: readonly PathSegment[]): string {
  if (path.length === 0) return '';
  return path.map((segment) => `/${String(segment).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}

export function fromPointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'));
}
