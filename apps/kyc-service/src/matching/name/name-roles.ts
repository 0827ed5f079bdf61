import type { NameToken } from './parsed-name.js';

export interface NameRoles {
  /** Whole tokens that carry identity: not initials, affixes such as Kumar/Devi, or titles. */
  core: NameToken[];
  given: NameToken | null;
  /** Last core token, when there are at least two. */
  surname: NameToken | null;
}

export function rolesOf(tokens: NameToken[]): NameRoles {
  const core = tokens.filter(isCore);
  // "A. K. Singh": with nothing else written out, Singh or Kumar is the surname.
  if (core.length === 0) core.push(...tokens.filter((token) => !token.isInitial && !token.isHonorific).slice(-1));
  return {
    core,
    given: core.length > 0 ? core[0] : null,
    surname: core.length > 1 ? core[core.length - 1] : null,
  };
}

export function isCore(token: NameToken): boolean {
  return !token.isInitial && token.affix === null && !token.isHonorific;
}

export function display(token: Pick<NameToken, 'raw' | 'isInitial'>): string {
  return token.isInitial ? `${token.raw.toUpperCase()}.` : token.raw[0].toUpperCase() + token.raw.slice(1);
}
