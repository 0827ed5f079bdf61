/** A unique or primary key refused the row: another writer got there first. */
export function isDuplicateKey(error: unknown): boolean {
  const { code, driverError } = (error ?? {}) as { code?: string; driverError?: { code?: string } };
  return code === 'ER_DUP_ENTRY' || driverError?.code === 'ER_DUP_ENTRY';
}
