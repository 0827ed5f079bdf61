export const KUBER = 'KUBER';
export const KUBER_API_KEY_HEADER = 'x-kuber-api-key';
export const KUBER_PARTNER_ID_HEADER = 'x-kuber-partner-id';
