/** Rows an INSERT IGNORE / UPDATE changed, from TypeORM's `raw` MySQL result (0 when the driver gave none). */
export function affectedRows(raw: unknown): number {
  const count = (raw as { affectedRows?: unknown } | null | undefined)?.affectedRows;
  return typeof count === 'number' ? count : 0;
}
