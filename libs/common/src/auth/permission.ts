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
}

const P = Permission;
const BORROWER_SIDE = [P.ApplicationCreate, P.ApplicationRead, P.ApplicationCancel, P.DocumentWrite, P.DocumentRead];

/** The one place permissions are granted. */
export const ROLE_PERMISSIONS: Record<Role, ReadonlySet<Permission>> = {
  [Role.Applicant]: new Set(BORROWER_SIDE),
  [Role.PartnerAgent]: new Set(BORROWER_SIDE),
  [Role.Underwriter]: new Set([P.ApplicationRead, P.DocumentRead]),
  [Role.Ops]: new Set([P.ApplicationRead, P.ApplicationCancel, P.DocumentRead, P.SystemProbe]),
  [Role.Admin]: new Set(Object.values(Permission)),
};

export function roleAllows(role: Role, required: readonly Permission[]): boolean {
  const granted = ROLE_PERMISSIONS[role];
  return granted !== undefined && required.every((permission) => granted.has(permission));
}
