import type { Role } from '@los/contracts';

export const JWT_ALGORITHM = 'HS256';

/** Claims of an access token; `typ` keeps other token kinds from being accepted as access tokens. */
export interface AccessTokenClaims {
  sub: string;
  role: Role;
  pc?: string;
  typ: 'access';
  /** Token id: a logout puts it on the deny list until `exp`. */
  jti?: string;
  exp?: number;
}
