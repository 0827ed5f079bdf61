import { createHmac, timingSafeEqual } from 'node:crypto';
import { PartnerError, PartnerErrorCode } from '../../contract/partner-error.js';

export function signNorthstar(rawBody: Buffer | string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(rawBody).digest('hex')}`;
}

export function verifyNorthstarSignature(header: string | undefined, rawBody: Buffer, secret: string, partnerCode: string): void {
  const invalid = (why: string) =>
    new PartnerError(PartnerErrorCode.WebhookSignatureInvalid, `webhook signature invalid: ${why}`, partnerCode);
  if (!header?.startsWith('sha256=')) throw invalid('missing or malformed header');
  const given = Buffer.from(header.slice('sha256='.length), 'hex');
  const expected = Buffer.from(signNorthstar(rawBody, secret).slice('sha256='.length), 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw invalid('signature mismatch');
}
