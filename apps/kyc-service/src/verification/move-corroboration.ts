import type { SourceName } from '../sources/identity-source.js';
import type { SourceAssessment } from './source-assessment.js';

const ADDRESS_AGREES_FROM = 50;

/**
 * Sources whose only objection is an address in another city (ADDRESS_IN_ANOTHER_CITY) that another
 * record explains: a second source agreeing outright (name, exact date of birth) at the declared
 * address shows the first holds an address the person has moved from, not a namesake's.
 */
export function corroboratedMoves(assessments: readonly SourceAssessment[]): ReadonlySet<SourceName> {
  const answered = assessments.filter((a) => a.status === 'OK');
  const atDeclaredAddress = (a: SourceAssessment) =>
    a.decision === 'MATCH' && a.dob === 'EXACT' && !a.addressElsewhere && (a.components.address ?? 0) >= ADDRESS_AGREES_FROM;
  const backed = new Set<SourceName>();
  for (const a of answered) {
    if (a.addressElsewhere && answered.some((other) => other.source !== a.source && atDeclaredAddress(other))) backed.add(a.source);
  }
  return backed;
}
