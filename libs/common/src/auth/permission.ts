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
  /** Publish, roll back and simulate the underwriting decision tables. */
  CreditPolicyManage = 'credit-policy:manage',
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
];
const STAFF_READ = [P.ApplicationRead, P.DocumentRead, P.OfferRead, P.KycRead, P.KycMatch];

/** The one place permissions are granted. */
export const ROLE_PERMISSIONS: Record<Role, ReadonlySet<Permission>> = {
  [Role.Applicant]: new Set(BORROWER_SIDE),
  [Role.PartnerAgent]: new Set(BORROWER_SIDE),
  [Role.Underwriter]: new Set([...STAFF_READ, P.KycReview, P.UnderwritingReevaluate, P.UnderwritingReview]),
  [Role.Ops]: new Set([...STAFF_READ, P.ApplicationCancel, P.SystemProbe, P.StuckRead, P.StuckRedrive, P.KycReview, P.MetricsRead]),
  // Accepting an offer is the borrower's decision: not even an admin does it for them.
  [Role.Admin]: new Set(Object.values(Permission).filter((permission) => permission !== P.OfferAccept)),
};

export function roleAllows(role: Role, required: readonly Permission[]): boolean {
  const granted = ROLE_PERMISSIONS[role];
  return granted !== undefined && required.every((permission) => granted.has(permission));
}
