/** Formats shared by the message contracts and the gateway's DTOs. */
export const DECIMAL_RUPEES = /^\d{1,12}(\.\d{1,2})?$/;
/** Partner and channel codes: upper-case letters, digits and underscores. */
export const PARTNER_CODE = /^[A-Z0-9_]{2,32}$/;
/** The shape of a PAN (any holder type); `IsIndividualPan` checks more where that matters. */
export const PAN_FORMAT = /^[A-Z]{5}\d{4}[A-Z]$/;
