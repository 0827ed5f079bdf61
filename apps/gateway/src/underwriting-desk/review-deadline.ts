/** A review's deadline is the application's creation plus the SLA: the borrower waits from when they applied. */
export function deadlineOf(createdAt: Date, slaMs: number): Date {
  return new Date(createdAt.getTime() + slaMs);
}

/** Whole seconds until the deadline; negative once it is late. */
export function secondsLeft(deadline: Date, now: Date): number {
  return Math.trunc((deadline.getTime() - now.getTime()) / 1000);
}

/** Due soonest first; the application id breaks ties so every replica shows the same order. */
export function byDeadline<T extends { deadline: Date; applicationId: string }>(a: T, b: T): number {
  return (
    a.deadline.getTime() - b.deadline.getTime() || (a.applicationId < b.applicationId ? -1 : a.applicationId > b.applicationId ? 1 : 0)
  );
}

/** Within `marginMs` of the deadline, or past it: time to escalate. */
export function isAtRisk(deadline: Date, now: Date, marginMs: number): boolean {
  return deadline.getTime() - now.getTime() <= marginMs;
}

/** The reason codes a referral left in the status log (`[CODE,CODE] text`, as `UnderwritingOutcomes` writes it). */
export function referralReasonsOf(logReason: string | null): string[] {
  const codes = /^\[([^\]]*)\]/.exec(logReason ?? '')?.[1];
  return codes ? codes.split(',').filter((code) => code.length > 0) : [];
}
