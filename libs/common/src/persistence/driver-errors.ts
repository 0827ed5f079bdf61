const MYSQL_DUP_ENTRY = 1062;
const MYSQL_LOCK_WAIT_TIMEOUT = 1205;
const MYSQL_LOCK_DEADLOCK = 1213;
const MONGO_DUPLICATE_KEY = 11000;

/** The fields mysql2 and the MongoDB driver put on a failure; TypeORM's QueryFailedError copies them and keeps `driverError`. */
interface DriverFailure {
  code?: unknown;
  errno?: unknown;
  driverError?: { code?: unknown; errno?: unknown };
}

function isMysqlError(error: unknown, errno: number, code: string): boolean {
  const failure = (error ?? {}) as DriverFailure;
  return [failure, failure.driverError ?? {}].some((part) => part.errno === errno || part.code === code);
}

/** A unique or primary key refused the row (MySQL ER_DUP_ENTRY, MongoDB E11000): another writer got there first. */
export function isDuplicateKey(error: unknown): boolean {
  return isMysqlError(error, MYSQL_DUP_ENTRY, 'ER_DUP_ENTRY') || (error as DriverFailure | null | undefined)?.code === MONGO_DUPLICATE_KEY;
}

/** InnoDB chose this transaction as a deadlock victim or gave up waiting for a lock: it was rolled back whole. */
export function isLockConflict(error: unknown): boolean {
  return (
    isMysqlError(error, MYSQL_LOCK_DEADLOCK, 'ER_LOCK_DEADLOCK') || isMysqlError(error, MYSQL_LOCK_WAIT_TIMEOUT, 'ER_LOCK_WAIT_TIMEOUT')
  );
}
