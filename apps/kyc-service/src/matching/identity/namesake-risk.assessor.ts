import { parseDob } from '../dob/dob.parser.js';
import { parseName } from '../name/name.parser.js';

/**
 * Why an exact name and date of birth beside addresses that disagree may be two people, or null.
 * 1 January is the date records fill in when only the year of birth is known (Aadhaar enrolment,
 * school and ration-card records), so it is shared by far more people than any other date. A
 * given name followed only by Kumar, Singh, Kaur or Devi carries no family name: millions share it.
 */
export function namesakeRisk(applicant: { name: string; dob: string }, source: { name: string; dob: string }): string | null {
  const [a, b] = [parseDob(applicant.dob), parseDob(source.dob)];
  if (a?.day === 1 && a.month === 1 && b?.day === 1 && b.month === 1) {
    return 'the date of birth is 1 January, the date records fill in for a year of birth alone';
  }
  if (lacksFamilyName(applicant.name) && lacksFamilyName(source.name)) {
    return 'the name is a given name with Kumar, Singh, Kaur or Devi and no family name';
  }
  return null;
}

function lacksFamilyName(name: string): boolean {
  const [given, ...rest] = parseName(name).tokens;
  return (
    given !== undefined &&
    given.affix === null &&
    rest.length > 0 &&
    rest.every((token) => token.affix === 'male' || token.affix === 'female')
  );
}
