/** The desk's configuration (UNDERWRITING_REVIEW_SLA_MS, UNDERWRITING_REVIEW_CLAIM_MS, UNDERWRITING_CHECKER_ABOVE, ...). */
export interface UnderwritingDeskSettings {
  slaMs: number;
  claimMs: number;
  checkerAbove: string;
  slaMarginMs: number;
  slaScanMs: number;
}

export const UNDERWRITING_DESK_SETTINGS = Symbol('UNDERWRITING_DESK_SETTINGS');
