/** How long a reviewer's claim lasts (KYC_REVIEW_CLAIM_MS). */
export const KYC_REVIEW_CLAIM_TTL = Symbol('KYC_REVIEW_CLAIM_TTL');
