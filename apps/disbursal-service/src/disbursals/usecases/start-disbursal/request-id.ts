/**
 * Our idempotency key at the lender for one initiation of an application's disbursal: derived, so every retry and
 * re-delivery asks with the same one and the lender pays once. Only an ops re-initiation after a failure gets a new one.
 */
export function requestIdOf(applicationId: string, initiation: number): string {
  return `dsb-${applicationId}-${initiation}`;
}
