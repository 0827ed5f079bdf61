/** A disbursal's own lifecycle (disbursal-service): it only moves forward, REQUESTED → PROCESSING → DISBURSED | FAILED. */
export enum DisbursalStatus {
  /** Recorded with its request id; the lender has not taken it yet (or a retryable failure waits for its next attempt). */
  Requested = 'REQUESTED',
  /** The lender took the request and is paying out. */
  Processing = 'PROCESSING',
  Disbursed = 'DISBURSED',
  Failed = 'FAILED',
}

const RANK: Readonly<Record<DisbursalStatus, number>> = {
  [DisbursalStatus.Requested]: 0,
  [DisbursalStatus.Processing]: 1,
  [DisbursalStatus.Disbursed]: 2,
  [DisbursalStatus.Failed]: 2,
};

export function isFinalDisbursal(status: DisbursalStatus): boolean {
  return RANK[status] === 2;
}

/** True when `to` is a step forward from `from`; a final status never changes, and nothing moves backwards. */
export function isDisbursalStepForward(from: DisbursalStatus, to: DisbursalStatus): boolean {
  return RANK[to] > RANK[from];
}
