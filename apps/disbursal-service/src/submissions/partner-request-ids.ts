/** Our idempotency keys at the lender, one per application and step: a retry from any replica is the same request. */
export const submissionRequestId = (applicationId: string) => `submit-${applicationId}`;
export const acceptanceRequestId = (applicationId: string) => `accept-${applicationId}`;
