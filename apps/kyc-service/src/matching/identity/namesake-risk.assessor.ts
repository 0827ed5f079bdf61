import { parseDob } from '../dob/dob.parser.js';

/**
 * Why an exact name and date of birth beside addresses that disagree may be two people, or null.
 * 1 January is the date records fill in when only the year of birth is known (Aadhaar enrolment,
 * school and ration-card records), so it is shared by far more people than any other date.
 */
export function namesakeRisk(applicantDob: string, sourceDob: string): string | null {
  const [a, b] = [parseDob(applicantDob), parseDob(sourceDob)];
  if (a?.day === 1 && a.month === 1 && b?.day === 1 && b.month === 1) {
    return 'the date of birth is 1 January, the date records fill in for a year of birth alone';
  }
  return null;
}
