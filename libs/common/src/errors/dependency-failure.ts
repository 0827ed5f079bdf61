/** Socket and driver codes meaning "the database server is not reachable", from mysql2 and Node. */
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EPIPE',
  'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_SEQUENCE_TIMEOUT',
  'ER_CON_COUNT_ERROR',
  'ER_SERVER_SHUTDOWN',
  'ER_QUERY_INTERRUPTED',
]);

/** MongoDB driver and mongoose errors raised when no server answers. */
const UNREACHABLE_NAMES = new Set([
  'MongoServerSelectionError',
  'MongoNetworkError',
  'MongoNetworkTimeoutError',
  'MongoNotConnectedError',
  'MongoTopologyClosedError',
  'MongoPoolClearedError',
]);

/** mysql2 says this, without a code, of a query sent on a connection the server dropped. */
const CLOSED_CONNECTION = /connection is in closed state|Pool is closed|buffering timed out/i;

/**
 * True when an error means a database this service depends on is down or unreachable (not that a
 * query was wrong): such a request answers 503 `DEPENDENCY_UNAVAILABLE`. Looks through `cause` and
 * TypeORM's `driverError`.
 */
export function isDependencyFailure(error: unknown, depth = 0): boolean {
  if (depth > 4 || typeof error !== 'object' || error === null) return false;
  const candidate = error as { code?: unknown; name?: unknown; message?: unknown; cause?: unknown; driverError?: unknown };
  if (typeof candidate.code === 'string' && UNREACHABLE_CODES.has(candidate.code)) return true;
  if (typeof candidate.name === 'string' && UNREACHABLE_NAMES.has(candidate.name)) return true;
  if (typeof candidate.message === 'string' && CLOSED_CONNECTION.test(candidate.message)) return true;
  return isDependencyFailure(candidate.driverError, depth + 1) || isDependencyFailure(candidate.cause, depth + 1);
}
