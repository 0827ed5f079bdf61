export const LENDWISE_ADAPTER_TYPE = 'lendwise';
export const LENDWISE_SIGNATURE_HEADER = 'Lendwise-Signature';
/** Lendwise's own replay window for signed webhooks. */
export const LENDWISE_SIGNATURE_TOLERANCE_SECONDS = 300;

export interface LendwiseCredentials {
  apiKey: string;
  webhookSecret: string;
}
