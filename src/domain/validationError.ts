import { type PathSegment, toPointer } from '../lib/jsonPointer';

/**
 * A problem with a playbook that a person can fix: where it is (JSON Pointer), what is wrong in
 * words a citizen developer understands, and the node or edge it concerns when there is one.
 */
export interface ValidationError {
  path: string;
  message: string;
  /** Node or edge id, so the canvas can point at it. */
  target?: string;
}

export function validationError(
  path: readonly PathSegment[],
  message: string,
  target?: string,
): ValidationError {
  return target === undefined
    ? { path: toPointer(path), message }
    : { path: toPointer(path), message, target };
}
