import { createHmac, timingSafeEqual } from 'node:crypto';
import { PartnerError, PartnerErrorCode } from '../../contract/partner-error.js';
import { LENDWISE_SIGNATURE_TOLERANCE_SECONDS } from './lendwise.constants.js';

/** `Lendwise-Signature: t=<unix>,v1=<hex HMAC-SHA256 of "t.rawBody">` (Stripe-style). */
export function signLendwise(rawBody: Buffer | string, secret: string, unixSeconds: number): string {
  return `t=${unixSeconds},v1=${lendwiseHmac(rawBody, secret, unixSeconds)}`;
}

export function verifyLendwiseSignature(
  header: string | undefined,
  rawBody: Buffer,
  secret: string,
  partnerCode: string,
  nowSeconds = Math.floor(Date.now() / 1000),
): void {
  const invalid = (why: string) =>
    new PartnerError(PartnerErrorCode.WebhookSignatureInvalid, `webhook signature invalid: ${why}`, partnerCode);
  if (!header) throw invalid('missing header');
  const parts = header.split(',').map((part) => part.trim().split('='));
  const timestamp = Number(parts.find(([key]) => key === 't')?.[1]);
  const signatures = parts.filter(([key]) => key === 'v1').map(([, value]) => value ?? '');
  if (!Number.isInteger(timestamp) || signatures.length === 0) throw invalid('malformed header');
  if (Math.abs(nowSeconds - timestamp) > LENDWISE_SIGNATURE_TOLERANCE_SECONDS) throw invalid('timestamp outside tolerance');
  const expected = Buffer.from(lendwiseHmac(rawBody, secret, timestamp), 'hex');
  const matches = signatures.some((signature) => {
    const given = Buffer.from(signature, 'hex');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
  if (!matches) throw invalid('no matching v1 signature');
}

function lendwiseHmac(rawBody: Buffer | string, secret: string, unixSeconds: number): string {
  return createHmac('sha256', secret).update(`${unixSeconds}.`).update(rawBody).digest('hex');
}
