import jaroWinkler from 'talisman/metrics/jaro-winkler.js';
import type { NameRoles } from './name-roles.js';
import type { NameToken } from './parsed-name.js';
import type { PairKind, TokenAlignment } from './token-alignment.js';

const PAIR_QUALITY: Readonly<Record<PairKind, number>> = {
  EXACT: 100,
  ABBREVIATION: 98,
  TRANSLITERATION: 97,
  SUFFIX_STRIPPED: 97,
  JOINED: 95,
  TYPO: 90,
  INITIAL: 70,
};

/** Per-part agreement (0-100) shown beside the score: given name, surname, share of tokens paired. */
export function nameComponents(alignment: TokenAlignment, roles: readonly [NameRoles, NameRoles], penalty: number): Record<string, number> {
  const paired = alignment.pairedA.filter(Boolean).length + alignment.pairedB.filter(Boolean).length;
  return {
    givenName: partAgreement(alignment, roles[0].given, roles[1].given, 0),
    surname: partAgreement(alignment, roles[0].surname, roles[1].surname, 100),
    coverage: Math.round((100 * paired) / (alignment.a.length + alignment.b.length)),
    penalty,
  };
}

function partAgreement(alignment: TokenAlignment, a: NameToken | null, b: NameToken | null, bothAbsent: number): number {
  if (a === null && b === null) return bothAbsent;
  if (a === null || b === null) return 50;
  // A part found anywhere in the other record counts (surname-first order is common).
  const pair = alignment.pairs.find((candidate) => candidate.a.includes(a.position) || candidate.b.includes(b.position));
  return pair ? PAIR_QUALITY[pair.kind] : Math.round(100 * jaroWinkler(a.folded, b.folded));
}
