/** Every status a partner can report, in our vocabulary; a partner word outside its map is an error, never a guess. */
export enum PartnerStatus {
  Received = 'RECEIVED',
  UnderReview = 'UNDER_REVIEW',
  Approved = 'APPROVED',
  Rejected = 'REJECTED',
  DisbursalInitiated = 'DISBURSAL_INITIATED',
  Disbursed = 'DISBURSED',
  DisbursalFailed = 'DISBURSAL_FAILED',
}
