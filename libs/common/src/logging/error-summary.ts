/** Fields of a driver error worth a log line; never `sql` (mysql2 puts the bound values there) or object graphs. */
const KEPT_FIELDS = ['code', 'errno', 'syscall', 'codeName'] as const;

/**
 * A log-safe copy of an error: its name, message, code and stack and its cause. Driver errors hold circular
 * graphs (the Mongo driver's topology) that pino would otherwise print as "[unable to serialize, circular
 * reference ...]", and mysql2's hold the query with its values.
 */
export function errorSummary(input: unknown, depth = 0): unknown {
  // pino-http runs pino's standard serializer first; it keeps the original error as `raw`.
  const raw = (input as { raw?: unknown } | null)?.raw;
  const value = raw instanceof Error ? raw : input;
  if (!(value instanceof Error)) return value;
  const summary: Record<string, unknown> = { type: value.name, message: value.message };
  for (const field of KEPT_FIELDS) {
    const item = (value as unknown as Record<string, unknown>)[field];
    if (typeof item === 'string' || typeof item === 'number') summary[field] = item;
  }
  if (value.stack) summary.stack = value.stack;
  if (value.cause !== undefined && depth < 3) summary.cause = errorSummary(value.cause, depth + 1);
  return summary;
}
