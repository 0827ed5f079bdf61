export enum Role {
  Applicant = 'applicant',
  PartnerAgent = 'partner_agent',
  Underwriter = 'underwriter',
  Ops = 'ops',
  Admin = 'admin',
}

/** Roles that see every application (the lender's own staff). */
export const STAFF_ROLES: readonly Role[] = [Role.Underwriter, Role.Ops, Role.Admin];
