import { parseDob } from '../dob/dob.parser.js';
import { parseName } from '../name/name.parser.js';
import type { ParsedName } from '../name/parsed-name.js';

/**
 * A name written with this many distinctive parts (not initials, not Kumar, Singh, Kaur, Devi...)
 * is rare enough that a namesake also born that day is unlikely (Lalit Mohan Kaul).
 */
export const DISTINCTIVE_NAME_PARTS = 3;

/**
 * Why an exact name and date of birth beside addresses in different places (pincodes differ) may be two
 * people, or null. The same common name on the same date in another city is as likely a namesake as a
 * move, so a person decides. 1 January is the date records fill in when only the year of birth is known
 * (Aadhaar enrolment, school and ration-card records); a given name followed only by Kumar, Singh, Kaur or
 * Devi carries no family name: both are shared by many people even where the spellings differ slightly.
 */
export function namesakeRisk(
  applicant: { name: string; dob: string },
  source: { name: string; dob: string },
  pincodesDiffer: boolean,
): string | null {
  const [a, b] = [parseDob(applicant.dob), parseDob(source.dob)];
  if (a?.day === 1 && a.month === 1 && b?.day === 1 && b.month === 1) {
    return 'the date of birth is 1 January, the date records fill in for a year of birth alone';
  }
  const [first, second] = [parseName(applicant.name), parseName(source.name)];
  if (lacksFamilyName(first) && lacksFamilyName(second)) {
    return 'the name is a given name with Kumar, Singh, Kaur or Devi and no family name';
  }
  if (pincodesDiffer && first.canonical === second.canonical && distinctiveParts(first) < DISTINCTIVE_NAME_PARTS) {
    return 'the same name and date of birth are recorded in another place (pincodes differ)';
  }
  return null;
}

function lacksFamilyName(name: ParsedName): boolean {
  const [given, ...rest] = name.tokens;
  return (
    given !== undefined &&
    given.affix === null &&
    rest.length > 0 &&
    rest.every((token) => token.affix === 'male' || token.affix === 'female')
  );
}

// Sikkim's and Darjeeling's peoples write the name of the whole community as the surname, as Sikhs write Singh.
const COMMUNITY_SURNAMES: ReadonlySet<string> = new Set(['bhutia', 'lepcha', 'sherpa', 'tamang', 'limboo']);

function distinctiveParts(name: ParsedName): number {
  return name.tokens.filter(
    (token) => !token.isInitial && !token.isHonorific && token.affix === null && !COMMUNITY_SURNAMES.has(token.text),
  ).length;
}
