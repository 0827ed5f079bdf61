const MAX_DEPTH = 32;

/** True if any object key at any depth starts with `$`: a Mongo operator has no business in client input. */
export function containsOperatorKey(value: unknown, depth = 0): boolean {
  if (depth > MAX_DEPTH) return true;
  if (Array.isArray(value)) return value.some((item) => containsOperatorKey(item, depth + 1));
  if (value === null || typeof value !== 'object') return false;
  for (const key of Object.keys(value)) {
    if (key.startsWith('$') || containsOperatorKey((value as Record<string, unknown>)[key], depth + 1)) return true;
  }
  return false;
}

/**
 * Query strings are parsed flat, so `status[$ne]=x` arrives as the key `status[$ne]`: unknown query keys are
 * dropped, but one naming an operator in bracket or dot notation is still refused, for any parser or proxy
 * that would expand it.
 */
export function containsOperatorQueryKey(query: unknown): boolean {
  if (containsOperatorKey(query)) return true;
  if (query === null || typeof query !== 'object') return false;
  return Object.keys(query).some((key) => /[[.]\$/.test(key));
}
