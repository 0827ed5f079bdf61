export type { MatchDecision, MatchReason, MatchResult, MatchThresholds } from './match-result.js';
export { DEFAULT_IDENTITY_THRESHOLDS, DEFAULT_NAME_THRESHOLDS } from './match-thresholds.constants.js';
export { ReasonCode } from './reason-code.constants.js';
export { NameMatcher, type NameMatchOptions, type NameMatcherOptions, findNameSlip, matchNames } from './name/name.matcher.js';
export type { SpellingSlip } from './name/spelling-slip.detector.js';
export { matchIdentity } from './identity/identity.matcher.js';
export type { IdentityInput } from './identity/identity-input.js';
export type { AddressInput } from './address/address-input.js';
