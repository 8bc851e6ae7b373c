import { useProblems } from '../../state/documentSelectors';

/** A copy of `item` with `key` set, or removed when `value` is undefined (optional fields). */
export function withField<T extends object, K extends string>(item: T, key: K, value: unknown): T {
  const next = { ...item } as Record<string, unknown>;
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next as T;
}

/**
 * The first problem at or under a JSON Pointer prefix, to show at its field
 * (`/nodes/3/retry` shows under the retry fields).
 */
export function useFieldError(): (pointer: string) => string | undefined {
  const problems = useProblems();
  return (pointer: string) =>
    problems.find((problem) => problem.path === pointer || problem.path.startsWith(`${pointer}/`))?.message;
}
