import type { AddressComparison } from '../address/address.matcher.js';
import type { DobComparison } from '../dob/dob.matcher.js';
import type { MatchResult } from '../match-result.js';
import { ReasonCode } from '../reason-code.constants.js';
import { ADDRESS_CONTRADICTS_BELOW } from './identity-weights.constants.js';

/**
 * A year of birth alone agrees with a full date in that year (older Aadhaar and ration-card records carry
 * only the year). It carries the identity to MATCH only beside a name that matches outright and an address
 * in the same pincode that does not contradict it; anything less stays at review.
 */
export function yearAloneCorroborated(name: MatchResult, dob: DobComparison, address: AddressComparison | null): boolean {
  if (dob.agreement !== 'YEAR_ONLY' || name.decision !== 'MATCH' || address === null) return false;
  return address.score >= ADDRESS_CONTRADICTS_BELOW && address.reasons.some((reason) => reason.code === ReasonCode.PincodeMatched);
}
