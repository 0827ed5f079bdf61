/** Formats shared by the message contracts and the gateway's DTOs. */
export const DECIMAL_RUPEES = /^\d{1,12}(\.\d{1,2})?$/;
/** Partner and channel codes: upper-case letters, digits and underscores. */
export const PARTNER_CODE = /^[A-Z0-9_]{2,32}$/;
/** The shape of a PAN (any holder type); `IsIndividualPan` checks more where that matters. */
export const PAN_FORMAT = /^[A-Z]{5}\d{4}[A-Z]$/;
/** A lender's event id: what dedupes its webhooks, so it is refused when longer than we keep, never cut. */
export const PARTNER_EVENT_ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/;
/** A lender's reference for an application or a disbursal. */
export const PARTNER_REFERENCE = /^[A-Za-z0-9][A-Za-z0-9_.:/-]{0,99}$/;
/** A payment's UTR: 12 (IMPS RRN) to 22 (RTGS) upper-case letters and digits; NEFT's are 16. */
export const UTR_FORMAT = /^[A-Z0-9]{12,22}$/;
