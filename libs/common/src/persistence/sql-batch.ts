/** One SQL statement and the values of its `?` placeholders. */
export interface SqlStatement {
  sql: string;
  values: unknown[];
}

const SEPARATOR = ';\n';

/**
 * Several statements as one query, so one round trip to the server instead of one each (on hot transactions the
 * socket writes cost more than the statements). Needs a connection opened with `multipleStatements`; the server stops
 * at the first failing statement and the caller's transaction rolls back what ran before it.
 */
export function sqlBatch(statements: SqlStatement[]): SqlStatement {
  if (statements.length === 0) throw new Error('An SQL batch needs at least one statement');
  for (const { sql } of statements) {
    // A separator inside one statement would shift the placeholders of the next; statements here are fixed text.
    if (sql.includes(';')) throw new Error(`A batched statement may not contain ';': ${sql.slice(0, 60)}`);
  }
  return { sql: statements.map(({ sql }) => sql).join(SEPARATOR), values: statements.flatMap(({ values }) => values) };
}

/** The insert id of a query's last statement: mysql2 answers one result for a statement and an array for a batch. */
export function lastInsertId(raw: unknown): string {
  const last = (Array.isArray(raw) ? raw[raw.length - 1] : raw) as { insertId?: number | string } | undefined;
  if (last?.insertId === undefined) throw new Error('The last statement of the query reported no insert id');
  return String(last.insertId);
}
