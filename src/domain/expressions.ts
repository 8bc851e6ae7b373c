import { parse } from '@marcbachmann/cel-js';

/**
 * CEL expressions (spec section 6), parsed and evaluated by @marcbachmann/cel-js: a real CEL
 * implementation that never runs JavaScript (no `eval`, no `new Function`).
 */

export interface ExpressionError {
  /** One line a citizen developer can read. */
  message: string;
  /** Zero-based character offset of the problem in the expression, when known. */
  offset: number | null;
}

type CompiledEvaluator = ReturnType<typeof parse>;

export type CompileResult = { ok: true; evaluate: CompiledEvaluator } | { ok: false; error: ExpressionError };

/** Parsed expressions by source text: playbooks repeat the same expressions in many runs. */
const cache = new Map<string, CompileResult>();
const CACHE_LIMIT = 2000;

/** Reads the library's error (a message whose first line is the reason, and a node with `pos`). */
function toExpressionError(error: unknown): ExpressionError {
  const raw = error instanceof Error ? error.message : String(error);
  if (error instanceof RangeError || /call stack/i.test(raw))
    return { message: 'it is nested too deeply', offset: null };
  const firstLine = raw.split('\n')[0]?.trim() || 'Invalid expression';
  const node =
    error && typeof error === 'object' && 'node' in error ? (error as { node?: unknown }).node : undefined;
  const pos = node && typeof node === 'object' && 'pos' in node ? (node as { pos?: unknown }).pos : undefined;
  return { message: firstLine, offset: typeof pos === 'number' ? pos : null };
}

/** Parses an expression once; the result is cached by its text. */
export function compileExpression(source: string): CompileResult {
  const cached = cache.get(source);
  if (cached) return cached;
  let result: CompileResult;
  try {
    result = { ok: true, evaluate: parse(source) };
  } catch (error) {
    result = { ok: false, error: toExpressionError(error) };
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(source, result);
  return result;
}

/** A syntax error in the expression, or `null` when it parses. */
export function checkExpressionSyntax(source: string): ExpressionError | null {
  const result = compileExpression(source);
  return result.ok ? null : result.error;
}

/**
 * JSON values as CEL sees them: whole numbers become CEL `int` (BigInt) so that `qty + 1` works;
 * other numbers stay `double`. Objects are copied without their prototype chain.
 */
export function toCelValue(value: unknown): unknown {
  if (typeof value === 'number') return Number.isInteger(value) ? BigInt(value) : value;
  if (Array.isArray(value)) return value.map(toCelValue);
  if (value instanceof Date) return value;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) out[key] = toCelValue(inner);
    return out;
  }
  return value;
}

/** CEL results back as JSON values (BigInt → number, timestamps → ISO text). */
export function fromCelValue(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(fromCelValue);
  if (value instanceof Map)
    return Object.fromEntries([...value].map(([k, v]) => [String(k), fromCelValue(v)]));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) out[key] = fromCelValue(inner);
    return out;
  }
  return value;
}

export type EvaluationResult = { ok: true; value: unknown } | { ok: false; error: ExpressionError };

/**
 * Evaluates an expression over variables that are already CEL values (see `toCelValue`).
 * A run-time failure (a missing field, a type mismatch) is returned, never thrown.
 */
export function evaluateExpression(source: string, variables: Record<string, unknown>): EvaluationResult {
  const compiled = compileExpression(source);
  if (!compiled.ok) return compiled;
  try {
    return { ok: true, value: compiled.evaluate(variables) };
  } catch (error) {
    return { ok: false, error: toExpressionError(error) };
  }
}
