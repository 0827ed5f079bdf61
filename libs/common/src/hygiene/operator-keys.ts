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
