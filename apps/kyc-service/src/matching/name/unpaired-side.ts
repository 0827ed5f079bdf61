import type { NameRoles } from './name-roles.js';
import type { NameToken, ParsedName } from './parsed-name.js';

/** One name's tokens the aligner left unpaired, sorted by what they are. */
export interface UnpairedSide {
  tokens: NameToken[];
  /** By position: whether the aligner paired the token. */
  paired: boolean[];
  roles: NameRoles;
  core: NameToken[];
  affixes: NameToken[];
  initials: NameToken[];
  /** Initials that did find a name on the other side. */
  pairedInitials: number;
  /** Initials paired with an initial, not a name, on the other side. */
  initialsPairedWithInitials: number;
  relation: ParsedName | null;
  title: ParsedName['genderedTitle'];
  /** Paired tokens whose glued Bhai/Ben/Bai the partner lacks (see glued-suffix-gender.ts). */
  gluedGender: NameToken[];
}

export function unpairedSideOf(
  tokens: NameToken[],
  paired: boolean[],
  roles: NameRoles,
  name: ParsedName,
  gluedGender: NameToken[] = [],
  partners: NameToken[] = [],
): UnpairedSide {
  const unpaired = tokens.filter((token) => !paired[token.position]);
  const isCore = (token: NameToken) => roles.core.includes(token);
  return {
    tokens,
    paired,
    roles,
    relation: name.relation?.name ?? null,
    title: name.genderedTitle,
    gluedGender,
    core: unpaired.filter(isCore),
    affixes: unpaired.filter((token) => token.affix !== null && !token.isInitial && !isCore(token)),
    initials: unpaired.filter((token) => token.isInitial),
    pairedInitials: tokens.filter((token) => token.isInitial && paired[token.position]).length,
    initialsPairedWithInitials: partners.filter((token) => token.isInitial).length,
  };
}
