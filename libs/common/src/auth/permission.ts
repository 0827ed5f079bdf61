import { Role } from '@los/contracts';

/** Everything a caller may be allowed to do. Routes declare these; roles grant them. */
export enum Permission {
  ApplicationCreate = 'application:create',
  ApplicationRead = 'application:read',
  ApplicationCancel = 'application:cancel',
  DocumentWrite = 'document:write',
  DocumentRead = 'document:read',
  UserManage = 'user:manage',
  SystemProbe = 'system:probe',
  OfferRead = 'offer:read',
  OfferAccept = 'offer:accept',
  PartnerManage = 'partner:manage',
  KycSubmit = 'kyc:submit',
  KycRead = 'kyc:read',
  KycMatch = 'kyc:match',
  /** Work the KYC review desk: list, claim, see the evidence and resolve reviews. */
  KycReview = 'kyc:review',
  /** Have an application in MANUAL_REVIEW evaluated again on a fresh bureau report. */
  UnderwritingReevaluate = 'underwriting:reevaluate',
  /** Work the underwriting review desk: list, claim, see the evidence and decide referred applications. */
  UnderwritingReview = 'underwriting:review',
  /** Read the time-to-approval figures. */
  MetricsRead = 'metrics:read',
  StuckRead = 'ops:stuck:read',
  StuckRedrive = 'ops:stuck:redrive',
  /** Set the payout bank account of an application (the borrower's side). */
  BankAccountWrite = 'bank-account:write',
  BankAccountRead = 'bank-account:read',
  /** See an application's disbursal (status, amount, UTR, value date, failure reason). */
  DisbursalRead = 'disbursal:read',
  /** Re-initiate a failed disbursal once its cause is fixed. */
  DisbursalRetry = 'ops:disbursal:retry',
  /** The disbursal reconciler's daily report. */
  ReconciliationRead = 'ops:reconciliation:read',
  /** Read the notification log of an application (masked recipients, outcomes). */
  NotificationRead = 'notification:read',
  /** Publish, roll back and simulate the underwriting decision tables. */
  CreditPolicyManage = 'credit-policy:manage',
  /** Manage partners' outbound webhook subscriptions, read their deliveries and replay them. */
  WebhookManage = 'webhook:manage',
  /** Resolve a payout account whose name match needs a person (approve or reject, with a note). */
  BankAccountReview = 'bank-account:review',
}

const P = Permission;
const BORROWER_SIDE = [
  P.ApplicationCreate,
  P.ApplicationRead,
  P.ApplicationCancel,
  P.DocumentWrite,
  P.DocumentRead,
  P.OfferRead,
  P.OfferAccept,
  P.KycSubmit,
  P.KycRead,
  P.BankAccountWrite,
  P.BankAccountRead,
  P.DisbursalRead,
];
const STAFF_READ = [
  P.ApplicationRead,
  P.DocumentRead,
  P.OfferRead,
  P.KycRead,
  P.KycMatch,
  P.BankAccountRead,
  P.DisbursalRead,
  P.NotificationRead,
];

/** The one place permissions are granted. */
export const ROLE_PERMISSIONS: Record<Role, ReadonlySet<Permission>> = {
  [Role.Applicant]: new Set(BORROWER_SIDE),
  [Role.PartnerAgent]: new Set(BORROWER_SIDE),
  [Role.Underwriter]: new Set([...STAFF_READ, P.KycReview, P.UnderwritingReevaluate, P.UnderwritingReview]),
  [Role.Ops]: new Set([
    ...STAFF_READ,
    P.ApplicationCancel,
    P.SystemProbe,
    P.StuckRead,
    P.StuckRedrive,
    P.KycReview,
    P.MetricsRead,
    P.DisbursalRetry,
    P.ReconciliationRead,
    P.WebhookManage,
    P.BankAccountReview,
  ]),
  // Accepting an offer is the borrower's decision: not even an admin does it for them.
  [Role.Admin]: new Set(Object.values(Permission).filter((permission) => permission !== P.OfferAccept)),
};

export function roleAllows(role: Role, required: readonly Permission[]): boolean {
  const granted = ROLE_PERMISSIONS[role];
  return granted !== undefined && required.every((permission) => granted.has(permission));
}
