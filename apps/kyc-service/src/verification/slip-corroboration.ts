import type { SourceName } from '../sources/identity-source.js';
import type { SourceAssessment } from './source-assessment.js';

/**
 * Sources whose one-letter name slip independent evidence backs. Aadhaar's or CKYC's slip needs a
 * verified PAN (valid, date of birth confirmed, seeded with Aadhaar) or another source that
 * matches the declared name outright on the exact date. PAN's own slip needs it verified and an
 * Aadhaar or CKYC record on the exact date that agrees, outright or up to a slip as well.
 */
export function corroboratedSlips(assessments: readonly SourceAssessment[]): ReadonlySet<SourceName> {
  const answered = assessments.filter((a) => a.status === 'OK');
  const pan = answered.find((a) => a.source === 'PAN');
  const panVerified = pan !== undefined && pan.panStatus === 'VALID' && pan.dob === 'EXACT' && pan.aadhaarSeeded === true;
  const outright = (a: SourceAssessment) => !a.spellingSlip && a.nameDecision === 'MATCH' && a.dob === 'EXACT';
  const corroborated = new Set<SourceName>();
  for (const a of answered) {
    if (!a.spellingSlip || a.dob !== 'EXACT') continue;
    const others = answered.filter((other) => other.source !== a.source && other.source !== 'PAN');
    const backed =
      a.source === 'PAN'
        ? panVerified && others.some((other) => other.dob === 'EXACT' && (outright(other) || other.spellingSlip === true))
        : panVerified || others.some(outright);
    if (backed) corroborated.add(a.source);
  }
  return corroborated;
}
