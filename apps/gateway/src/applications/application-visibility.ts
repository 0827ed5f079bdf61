import { isStaff, type AuthenticatedUser } from '@los/common';
import { Role } from '@los/contracts';
import type { FindOptionsWhere } from 'typeorm';
import type { ApplicationEntity } from './application.entity.js';

/**
 * Who sees what, as a query condition: staff everything, a partner agent their partner's, an applicant
 * their own. Lookups always include it, so "missing" and "not yours" take the same path and answer.
 */
export function visibleTo(user: AuthenticatedUser): FindOptionsWhere<ApplicationEntity> {
  if (isStaff(user)) return {};
  if (user.role === Role.PartnerAgent) return { channelPartnerCode: user.partnerCode ?? '\u0000' };
  return { ownerUserId: user.id };
}

export const actorOf = (user: AuthenticatedUser) => `user:${user.id}`;
